// What the event handlers do, decided without Office.js: the banner on compose and recipient
// changes, and the last chance at send time. The handlers (handlers.ts) only carry it out.

import type { LaunchContext, StoredVerdict } from "../shared/draft-memory";
import type { TenantPolicy } from "../shared/policy";
import type { Assessment } from "../shared/assess";

/** The manifest's id of the task pane button on the compose surface. */
export const TASKPANE_COMMAND_ID = "msgComposeOpenPaneButton";

export const BANNER_TEXT = "Looks like an introduction — make it double opt-in?";
export const BANNER_ACTION = "Make it double opt-in";
const SEND_MESSAGE =
  "This looks like a three-way introduction. Ask each person privately first, so either can say no without the other seeing it.";
// The way through for a connector whose two people already agreed. errorMessage is plain text of
// at most 500 characters (Mailbox 1.12); errorMessageMarkdown (1.15) would only add bold, so it is
// left out. Outlook labels the prompt's button "Send Anyway".
// https://learn.microsoft.com/javascript/api/outlook/office.smartalertseventcompletedoptions
export const SEND_MESSAGE_BLOCK = `${SEND_MESSAGE} If both already agreed to meet, open the add-in, choose "They both already agreed" and send again.`;
export const SEND_MESSAGE_PROMPT = `${SEND_MESSAGE} If both already agreed to meet, choose Send Anyway.`;
/** Outlook shows at most 20 characters on the Smart Alerts button. */
export const SEND_BUTTON = "Ask privately first";

export function storedVerdict(assessment: Assessment): StoredVerdict {
  if (assessment.kind !== "offer") return { isIntro: false, confidence: 0, parties: [] };
  const { confidence, parties } = assessment.verdict;
  return {
    isIntro: true,
    confidence,
    parties: parties.map((p) => ({ name: p.name, address: p.address })),
  };
}

export type BannerAction =
  | { kind: "show"; contextData: string }
  | { kind: "remove" }
  /** The pane already sent requests: its own bar says so and stays. */
  | { kind: "leave" };

export function onDraftChanged(
  assessment: Assessment,
  requestsSent: boolean,
  agreed = false
): BannerAction {
  if (requestsSent) return { kind: "leave" };
  // Both already agreed: there is nothing left to offer.
  if (assessment.kind !== "offer" || agreed) return { kind: "remove" };
  const context: LaunchContext = { source: "banner", verdict: storedVerdict(assessment) };
  return { kind: "show", contextData: JSON.stringify(context) };
}

/** Office.SmartAlertsEventCompletedOptions, as far as this add-in uses it. */
export type SendOutcome =
  | { allowEvent: true }
  | {
      allowEvent: false;
      errorMessage: string;
      cancelLabel?: string;
      commandId?: string;
      contextData?: string;
      sendModeOverride?: string;
    };

export const ALLOW: SendOutcome = { allowEvent: true };

export interface SendFacts {
  assessment: Assessment;
  requestsSent: boolean;
  /** The connector marked in the pane that both people already agreed (agreedOn). */
  agreed: boolean;
  policy: TenantPolicy;
  supports(version: string): boolean;
}

/**
 * Office.MailboxEnums.SendModeOverride.PromptUser as its documented string, read from no enum: an
 * Office.js without the enum would throw in the send check and let the message go unchecked. The
 * value and its requirement set (Mailbox 1.14, checked in onSend) are from
 * https://learn.microsoft.com/javascript/api/outlook/office.mailboxenums.sendmodeoverride
 */
export const PROMPT_USER = "promptUser";

/**
 * Only an introduction that was neither made double opt-in nor marked as agreed by both is stopped,
 * and only as the tenant wants: softBlock keeps the manifest's SoftBlock, prompt lets the connector
 * send anyway.
 */
export function onSend(facts: SendFacts): SendOutcome {
  if (facts.requestsSent || facts.agreed || facts.assessment.kind !== "offer") return ALLOW;
  const check = facts.policy.sendCheck;
  if (check === "off") return ALLOW;
  const outcome: SendOutcome = { allowEvent: false, errorMessage: SEND_MESSAGE_BLOCK };
  // The button, its context and the send mode override arrived with Mailbox 1.14; before it the
  // dialog only says why, and the manifest's SoftBlock applies.
  if (facts.supports("1.14")) {
    const context: LaunchContext = { source: "send", verdict: storedVerdict(facts.assessment) };
    outcome.cancelLabel = SEND_BUTTON;
    outcome.commandId = TASKPANE_COMMAND_ID;
    outcome.contextData = JSON.stringify(context);
    if (check === "prompt") {
      outcome.sendModeOverride = PROMPT_USER;
      outcome.errorMessage = SEND_MESSAGE_PROMPT;
    }
  }
  return outcome;
}
