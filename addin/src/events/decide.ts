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

export function onDraftChanged(assessment: Assessment, requestsSent: boolean): BannerAction {
  if (requestsSent) return { kind: "leave" };
  if (assessment.kind !== "offer") return { kind: "remove" };
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
 * Only an introduction that was not made double opt-in yet is stopped, and only as the tenant
 * wants: softBlock keeps the manifest's SoftBlock, prompt lets the connector send anyway.
 */
export function onSend(facts: SendFacts): SendOutcome {
  if (facts.requestsSent || facts.assessment.kind !== "offer") return ALLOW;
  const check = facts.policy.sendCheck;
  if (check === "off") return ALLOW;
  const outcome: SendOutcome = { allowEvent: false, errorMessage: SEND_MESSAGE };
  // The button, its context and the send mode override arrived with Mailbox 1.14; before it the
  // dialog only says why, and the manifest's SoftBlock applies.
  if (facts.supports("1.14")) {
    const context: LaunchContext = { source: "send", verdict: storedVerdict(facts.assessment) };
    outcome.cancelLabel = SEND_BUTTON;
    outcome.commandId = TASKPANE_COMMAND_ID;
    outcome.contextData = JSON.stringify(context);
    if (check === "prompt") outcome.sendModeOverride = PROMPT_USER;
  }
  return outcome;
}
