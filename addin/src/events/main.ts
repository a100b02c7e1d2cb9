// The entry of events.js, one classic script with no imports: classic Outlook on Windows runs it
// alone in a JavaScript-only runtime (an ECMAScript 2016 engine before Version 2403); Outlook on the
// web, new Outlook and Mac load it from events.html. Names here are the manifest's FunctionName
// values. MSAL is not in it: a page loads events-auth.js when a token is needed (auth-script.ts).

import { SignInError } from "../auth/problems";
import { silentToken, type BrokerFactory } from "../auth/silent";
import { officeApi } from "../office/mailbox";
import { createApi } from "../api/client";
import { loadNaaBroker } from "./auth-script";
import { createHandlers } from "./handlers";

/** The add-in's origin, written in at build time (scripts/build.mjs --origin). */
declare const __INTROS_ORIGIN__: string;

/** Relative URLs do not work in the JavaScript-only runtime, which has no page and no location. */
function serverOrigin(): string {
  const here = typeof location === "undefined" ? null : location;
  return here && /^https?:$/.test(here.protocol) ? here.origin : __INTROS_ORIGIN__;
}

/** Without a page there is nothing to load MSAL into: the JavaScript-only runtime gets no token. */
const broker: BrokerFactory | undefined =
  typeof document === "undefined"
    ? undefined
    : async (config, user, origin) => (await loadNaaBroker(origin, document))(config, user, origin);

/** Never a sign-in window here: a connector who must sign in is told so by a notification. */
async function eventToken(_need?: unknown, claims?: string): Promise<string | null> {
  // A claims challenge is met silently if Outlook can; otherwise the sign-in notice sends the connector to the pane.
  const result = await silentToken({
    origin: serverOrigin(),
    ...(broker ? { broker } : {}),
    ...(claims === undefined ? {} : { claims }),
  });
  if (result.kind === "token") return result.token;
  if (result.kind === "none") return null;
  throw new SignInError(result.kind === "signIn" ? "signInRequired" : "offline", result.reason);
}

const handlers = createHandlers({
  office: officeApi,
  api: createApi({ baseUrl: serverOrigin(), getToken: eventToken }),
});

Office.actions.associate("onNewMessageComposeHandler", handlers.onNewMessageComposeHandler);
Office.actions.associate(
  "onMessageRecipientsChangedHandler",
  handlers.onMessageRecipientsChangedHandler
);
Office.actions.associate("onMessageSendHandler", handlers.onMessageSendHandler);
