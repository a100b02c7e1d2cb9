// The event handlers Outlook calls by the manifest's FunctionName: the Office.js side of decide.ts.
// Each calls event.completed exactly once, and a failure anywhere lets the message go.

import { SignInError } from "../auth/problems";
import { SIGN_IN_ACTION_TEXT, SIGN_IN_CONTEXT, SIGN_IN_NOTICE_MESSAGE } from "../auth/silent";
import type { Api } from "../api/client";
import { assess } from "../shared/assess";
import type { MailHost } from "../shared/host";
import { officeMailHost, type OfficeApi } from "../office/mailbox";
import {
  LAUNCH_KEY,
  POLICY_KEY,
  SENT_KEY,
  VERDICT_KEY,
  type StoredVerdict,
} from "../shared/draft-memory";
import { parsePolicy, type TenantPolicy } from "../shared/policy";
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

/** The part of Office.MailboxEvent the handlers use. */
export interface LaunchEventLike {
  completed(options?: SendOutcome): void;
}

export interface HandlerOptions {
  /** The Office global, read when an event arrives: classic Outlook runs no Office.onReady. */
  office(): OfficeApi;
  api: Pick<Api, "getPolicy">;
  /** How long the send check waits for the policy before letting the message go. */
  policyTimeoutMs?: number;
  /** The send goes ahead if the check has not decided by then. */
  sendDeadlineMs?: number;
}

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
  const sendDeadlineMs = options.sendDeadlineMs ?? 8000;

  async function assessDraft(host: MailHost) {
    const [snapshot, sent] = await Promise.all([host.readDraft(), host.keptWithDraft(SENT_KEY)]);
    return { assessment: assess(snapshot, host.connector()), requestsSent: sent !== null };
  }

  /** Shows, replaces or removes the banner after the draft changed. */
  async function banner(): Promise<void> {
    const host = officeMailHost(options.office());
    const [{ assessment, requestsSent }, previous] = await Promise.all([
      assessDraft(host),
      readVerdict(host, VERDICT_KEY),
    ]);
    await host.remember(VERDICT_KEY, JSON.stringify(storedVerdict(assessment)));
    const action = onDraftChanged(assessment, requestsSent);
    if (action.kind === "show") {
      // Fetched now, so the send check has it at hand; a connector who must sign in first is told
      // so instead of being offered a conversion the pane could not send yet.
      const { signIn } = await policy(host);
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

  /** The policy, fetched once per draft; null when it cannot be had in time, with whether signing in would help. */
  async function policy(host: MailHost): Promise<{ policy: TenantPolicy | null; signIn: boolean }> {
    const cached = await host.recall(POLICY_KEY);
    if (cached) {
      try {
        const parsed = parsePolicy(JSON.parse(cached));
        if (parsed) return { policy: parsed, signIn: false };
      } catch {
        // Fetch it again below.
      }
    }
    try {
      const fetched = await options.api.getPolicy(policyTimeoutMs);
      await host.remember(POLICY_KEY, JSON.stringify(fetched));
      return { policy: fetched, signIn: false };
    } catch (e) {
      console.warn("The tenant policy could not be read", e);
      return { policy: null, signIn: e instanceof SignInError && e.kind === "signInRequired" };
    }
  }

  async function sendCheck(): Promise<SendOutcome> {
    const host = officeMailHost(options.office());
    const { assessment, requestsSent } = await assessDraft(host);
    await host.remember(VERDICT_KEY, JSON.stringify(storedVerdict(assessment)));
    if (requestsSent || assessment.kind !== "offer") return ALLOW;
    // Without the policy the server is out of reach, so the pane could not convert either:
    // blocking would leave the connector stuck, and the banner already made the offer.
    const { policy: tenant } = await policy(host);
    if (!tenant) return ALLOW;
    const outcome = onSend({
      assessment,
      requestsSent,
      policy: tenant,
      supports: host.supports,
    });
    // For a pane that cannot read the button's contextData (before Mailbox 1.8).
    if (!outcome.allowEvent && outcome.contextData)
      await host.remember(LAUNCH_KEY, outcome.contextData);
    return outcome;
  }

  function onDraftEvent(event: LaunchEventLike): void {
    const done = once(event);
    banner().then(
      () => done(),
      (e: unknown) => {
        console.error("The introduction check failed", e);
        done();
      }
    );
  }

  return {
    onNewMessageComposeHandler: onDraftEvent,
    onMessageRecipientsChangedHandler: onDraftEvent,
    onMessageSendHandler(event: LaunchEventLike): void {
      const done = once(event);
      const deadline = setTimeout(() => done(ALLOW), sendDeadlineMs);
      sendCheck()
        .then(
          (outcome) => done(outcome),
          (e: unknown) => {
            console.error("The send check failed; the message goes out", e);
            done(ALLOW);
          }
        )
        .finally(() => clearTimeout(deadline));
    },
  };
}
