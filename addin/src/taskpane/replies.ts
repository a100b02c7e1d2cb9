// Pure helpers of the parties' mail replies: how each is worded, which controls a reply gets, and
// asking again someone who said "not now" without a date. No Office.js, no DOM.

import type { CreateIntroRequest, LanguageCode } from "../core";
import type {
  IntroResource,
  PartyResource,
  ReplyDecision,
  ReplyResource,
  ReplyStatus,
  Understood,
} from "../api/client";
import { isOpen } from "./intros";

export const UNDERSTOOD_LABELS: Record<Understood, string> = {
  yes: "Understood: yes",
  notNow: "Understood: not now",
  no: "Understood: no",
  alreadyConnected: "Understood: they already know each other",
  unclear: "Unclear",
  autoReply: "Automatic reply",
  bounce: "Bounced",
};

export const STATUS_LABELS: Record<ReplyStatus, string> = {
  recorded: "Recorded",
  needsReview: "Needs your review",
  ignored: "Ignored",
};

const ANSWERED_BY_LABELS = {
  link: "answered by link",
  reply: "answered by email",
  connector: "recorded by you",
} as const;

/** The choices a reply can be given, in the order the pane shows them. */
export const DECISIONS: ReadonlyArray<{ decision: ReplyDecision; label: string }> = [
  { decision: "yes", label: "Yes" },
  { decision: "notNow", label: "Not now" },
  { decision: "no", label: "No" },
  { decision: "alreadyConnected", label: "We already know each other" },
  { decision: "ignore", label: "Ignore" },
];

export function understoodLabel(reply: ReplyResource): string {
  const label = UNDERSTOOD_LABELS[reply.understood] ?? reply.understood;
  return reply.understood === "notNow" && reply.until ? `${label}, until ${reply.until}` : label;
}

/** "answered by email" and the like; "" when nobody answered yet or the server does not say. */
export function answeredByLabel(party: PartyResource): string {
  if (party.answer === "pending" || !party.answeredBy) return "";
  return ANSWERED_BY_LABELS[party.answeredBy] ?? "";
}

/** A "not now" with a date keeps the intro open; the pane says when they will be asked again. */
export function notNowLine(party: PartyResource): string | null {
  return party.answer === "notNow" && party.askAgainAt
    ? `Not now — we'll check back on ${party.askAgainAt.slice(0, 10)}`
    : null;
}

/** The answers read from a reply that close an intro (a "not now" with a date keeps it open). */
const DECLINES: ReadonlyArray<PartyResource["answer"]> = ["no", "notNow", "alreadyConnected"];

/**
 * What the connector can do with a reply: decide one that waits for them ("review"), or change
 * the answer a reply was read as, on the newest recorded reply of a party whose answer came by
 * email: while the intro takes answers ("correct"), or when that answer was a decline that closed
 * it ("reopen": the server opens the intro again, or says why it cannot).
 */
export function replyControl(
  intro: IntroResource,
  party: PartyResource,
  reply: ReplyResource
): "review" | "correct" | "reopen" | null {
  if (isOpen(intro) && reply.status === "needsReview") return "review";
  const newestRecorded = (party.replies ?? []).find((r) => r.status === "recorded");
  if (party.answeredBy !== "reply" || newestRecorded?.id !== reply.id) return null;
  if (isOpen(intro)) return "correct";
  return intro.state === "declined" && DECLINES.includes(party.answer) ? "reopen" : null;
}

/**
 * The choices a correction offers. Reopening takes a different answer: the one already recorded,
 * or ignoring the reply, would leave the intro closed. "Not now" stays for a "not now" read without
 * a date, since giving it the date the reply named is what keeps the intro open.
 */
export function correctionChoices(
  control: "correct" | "reopen",
  party: PartyResource
): typeof DECISIONS {
  if (control === "correct") return DECISIONS;
  return DECISIONS.filter(
    ({ decision }) => decision !== "ignore" && (decision !== party.answer || decision === "notNow")
  );
}

/** A reply of this party waits for the connector, who should notice the card. */
export function needsReview(intro: IntroResource, party: PartyResource): boolean {
  return isOpen(intro) && (party.replies ?? []).some((r) => r.status === "needsReview");
}

/** Closed with a "not now" that named no date: nobody will ask again unless the connector does. */
export function canAskAgain(intro: IntroResource): boolean {
  return !isOpen(intro) && intro.parties.some((p) => p.answer === "notNow" && !p.askAgainAt);
}

/** The people a new intro would ask: everyone but those who agreed before being asked. */
export function askedAgain(intro: IntroResource): PartyResource[] {
  return intro.parties.filter((p) => !p.alreadyAgreed);
}

/** POST /api/intros for asking again: the same people, reason and language; the server drafts the requests. */
export function askAgainPayload(intro: IntroResource): CreateIntroRequest {
  return {
    parties: intro.parties.map((p) => ({
      name: p.name,
      email: p.email,
      about: p.about,
      why: p.why ?? "",
      alreadyAgreed: p.alreadyAgreed,
    })),
    reason: intro.reason,
    requests: [],
    finalIntro: intro.finalIntro,
    language: intro.language as LanguageCode,
    ...(intro.register ? { register: intro.register } : {}),
  };
}
