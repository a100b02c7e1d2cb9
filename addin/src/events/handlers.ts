// The event handlers Outlook calls by the manifest's FunctionName: the Office.js side of decide.ts.
// Each calls event.completed exactly once, and a failure anywhere lets the message go. The tenant
// policy is fetched when composing starts, while nobody waits, so that the send check reads it
// from the draft's memory: no token, no network and no MSAL at Send.

import { SIGN_IN_ACTION_TEXT, SIGN_IN_CONTEXT, SIGN_IN_NOTICE_MESSAGE } from "../auth/silent";
import type { Api } from "../api/client";
import { assess } from "../shared/assess";
import type { MailHost } from "../shared/host";
import { officeMailHost, type OfficeApi } from "../office/mailbox";
import {
  AGREED_KEY,
  LAUNCH_KEY,
  SENT_KEY,
  VERDICT_KEY,
  agreedOn,
  type StoredVerdict,
} from "../shared/draft-memory";
import {
  ALLOW,
  BANNER_ACTION,
  BANNER_TEXT,
  TASKPANE_COMMAND_ID,
  onDraftChanged,
  onSend,
  storedVerdict,
  type SendOutcome,
} from "./decide";
import { draftPolicy, type PolicyRead } from "./draft-policy";

/** The part of Office.MailboxEvent the handlers use. */
export interface LaunchEventLike {
  completed(options?: SendOutcome): void;
}

export interface HandlerOptions {
  /** The Office global, read when an event arrives: classic Outlook runs no Office.onReady. */
  office(): OfficeApi;
  api: Pick<Api, "getPolicy">;
  /** How long the request for the policy may take. */
  policyTimeoutMs?: number;
  /** The send goes ahead if the check has not decided by then (SEND_DEADLINE_MS). */
  sendDeadlineMs?: number;
}

/**
 * Outlook tells the connector that the add-in "is taking longer than expected" once a send check
 * runs more than five seconds, and a soft block then keeps the message until the check ends. A
 * check that has not decided well before that lets the message go, as a failed one does.
 */
export const SEND_DEADLINE_MS = 4000;

function once(event: LaunchEventLike): (options?: SendOutcome) => void {
  let done = false;
  return (options) => {
    if (done) return;
    done = true;
    try {
      if (options) event.completed(options);
      else event.completed();
    } catch (e) {
      console.error("event.completed failed", e);
    }
  };
}

async function readVerdict(host: MailHost, key: string): Promise<StoredVerdict | null> {
  const text = await host.recall(key);
  try {
    return text ? (JSON.parse(text) as StoredVerdict) : null;
  } catch {
    return null;
  }
}

export function createHandlers(options: HandlerOptions) {
  const policyTimeoutMs = options.policyTimeoutMs ?? 3000;
  const sendDeadlineMs = options.sendDeadlineMs ?? SEND_DEADLINE_MS;

  async function assessDraft(host: MailHost) {
    const [snapshot, sent, agreement] = await Promise.all([
      host.readDraft(),
      host.keptWithDraft(SENT_KEY),
      host.keptWithDraft(AGREED_KEY),
    ]);
    const assessment = assess(snapshot, host.connector());
    return {
      assessment,
      requestsSent: sent !== null,
      agreed: assessment.kind === "offer" && agreedOn(agreement, assessment.verdict.parties),
    };
  }

  /** Shows, replaces or removes the banner after the draft changed. */
  async function banner(host: MailHost, readPolicy: () => Promise<PolicyRead>): Promise<void> {
    const [{ assessment, requestsSent, agreed }, previous] = await Promise.all([
      assessDraft(host),
      readVerdict(host, VERDICT_KEY),
    ]);
    await host.remember(VERDICT_KEY, JSON.stringify(storedVerdict(assessment)));
    const action = onDraftChanged(assessment, requestsSent, agreed);
    if (action.kind === "show") {
      // A connector who must sign in first is told so instead of being offered a conversion the
      // pane could not send yet.
      const { signIn } = await readPolicy();
      await host.showInsight(
        signIn
          ? {
              message: SIGN_IN_NOTICE_MESSAGE,
              actionText: SIGN_IN_ACTION_TEXT,
              commandId: TASKPANE_COMMAND_ID,
              contextData: SIGN_IN_CONTEXT,
            }
          : {
              message: BANNER_TEXT,
              actionText: BANNER_ACTION,
              commandId: TASKPANE_COMMAND_ID,
              contextData: action.contextData,
            }
      );
    } else if (action.kind === "remove" && previous?.isIntro) {
      await host.clearNotice();
    }
  }

  const policy = (host: MailHost) => draftPolicy(host, options.api, policyTimeoutMs);

  async function sendCheck(): Promise<SendOutcome> {
    const host = officeMailHost(options.office());
    const { assessment, requestsSent, agreed } = await assessDraft(host);
    await host.remember(VERDICT_KEY, JSON.stringify(storedVerdict(assessment)));
    if (requestsSent || agreed || assessment.kind !== "offer") return ALLOW;
    // Without the policy the server is out of reach, so the pane could not convert either:
    // blocking would leave the connector stuck, and the banner already made the offer.
    const { policy: tenant } = await policy(host);
    if (!tenant) return ALLOW;
    const outcome = onSend({
      assessment,
      requestsSent,
      agreed,
      policy: tenant,
      supports: host.supports,
    });
    // For a pane that cannot read the button's contextData (before Mailbox 1.8).
    if (!outcome.allowEvent && outcome.contextData)
      await host.remember(LAUNCH_KEY, outcome.contextData);
    return outcome;
  }

  /** For every new draft, an introduction or not: the send check must not wait for the server. */
  async function composed(): Promise<void> {
    const host = officeMailHost(options.office());
    const fetched = policy(host);
    try {
      await banner(host, () => fetched);
    } finally {
      await fetched;
    }
  }

  async function recipientsChanged(): Promise<void> {
    const host = officeMailHost(options.office());
    await banner(host, () => policy(host));
  }

  function onDraftEvent(check: () => Promise<void>) {
    return (event: LaunchEventLike): void => {
      const done = once(event);
      check().then(
        () => done(),
        (e: unknown) => {
          console.error("The introduction check failed", e);
          done();
        }
      );
    };
  }

  return {
    onNewMessageComposeHandler: onDraftEvent(composed),
    onMessageRecipientsChangedHandler: onDraftEvent(recipientsChanged),
    onMessageSendHandler(event: LaunchEventLike): void {
      const done = once(event);
      const deadline = setTimeout(() => {
        console.warn("The send check did not decide in time; the message goes out");
        done(ALLOW);
      }, sendDeadlineMs);
      sendCheck()
        .then(
          (outcome) => done(outcome),
          (e: unknown) => {
            console.error("The send check failed; the message goes out", e);
            done(ALLOW);
          }
        )
        .then(() => clearTimeout(deadline));
    },
  };
}
