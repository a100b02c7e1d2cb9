// The add-in's event handlers on the sandbox page, run as Outlook runs them: when a message is
// composed, when its recipients change, and when Send is pressed (Smart Alerts), over the same
// stand-in mailbox the pane uses. The page shows what they decided. Sandbox mode has no tokens.

import { ALLOW, type SendOutcome } from "../events/decide";
import { createHandlers } from "../events/handlers";
import { createApi } from "../api/client";
import { sandboxOffice, type SandboxOutlook } from "./sandbox-office";

export type SendBlocked = Extract<SendOutcome, { allowEvent: false }>;

export function sandboxEvents(
  outlook: SandboxOutlook,
  sendDecided: (outcome: SendOutcome) => void
) {
  const handlers = createHandlers({
    office: () => sandboxOffice(outlook),
    api: createApi({ getToken: async () => null }),
  });
  const quietly = { completed: () => undefined };
  return {
    composed: () => handlers.onNewMessageComposeHandler(quietly),
    recipientsChanged: () => handlers.onMessageRecipientsChangedHandler(quietly),
    send: () =>
      handlers.onMessageSendHandler({ completed: (outcome) => sendDecided(outcome ?? ALLOW) }),
  };
}
