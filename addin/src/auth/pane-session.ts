// The task pane's sign-in, put together: the server's settings, the mailbox's user and the flow
// from Office, and MSAL's nestable client fetched only when that flow is chosen.

import type { SignInHost } from "../office/signin";
import { fetchAuthConfig } from "./config";
import { dialogBroker } from "./dialog";
import { AuthSession } from "./session";

export function paneSession(host: SignInHost, origin: string, doFetch: typeof fetch = (input, init) => fetch(input, init)): AuthSession {
  const user = () => host.mailboxUser();
  return new AuthSession({
    config: () => fetchAuthConfig(doFetch),
    user,
    supportsNestedAppAuth: () => host.supportsNestedAppAuth(),
    async broker(config, flow) {
      if (flow === "dialog") return dialogBroker(host, user, origin);
      const { naaBroker } = await import("./naa");
      return naaBroker(config, user, origin);
    },
  });
}
