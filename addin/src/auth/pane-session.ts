// The task pane's sign-in, put together: the server's settings, the mailbox's user and the flow
// from Office, and MSAL's nestable client fetched only when that flow is chosen.

import type { SignInHost } from "../office/signin";
import { fetchAuthConfig } from "./config";
import { dialogBroker } from "./dialog";
import type { NaaClientFactory } from "./naa";
import { AuthSession } from "./session";

export interface PaneSessionOptions {
  host: SignInHost;
  /** Our server's origin: the dialog and redirect pages live there. */
  origin: string;
  fetch?: typeof fetch;
  /** MSAL's nestable client; replaced only in tests, where Outlook's broker cannot run. */
  createNaaClient?: NaaClientFactory;
  now?: () => number;
}

export function paneSession(options: PaneSessionOptions): AuthSession {
  const { host, origin } = options;
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const user = () => host.mailboxUser();
  return new AuthSession({
    config: () => fetchAuthConfig(doFetch),
    user,
    supportsNestedAppAuth: () => host.supportsNestedAppAuth(),
    async broker(config, flow) {
      if (flow === "dialog") return dialogBroker(host, user, origin);
      const { naaBroker } = await import("./naa");
      return naaBroker(config, user, origin, options.createNaaClient);
    },
    ...(options.now ? { now: options.now } : {}),
  });
}
