// Pure helpers of the pending consents list: order, wording and dates.

import type {
  Answer,
  GivableAnswer,
  IntroResource,
  IntroState,
  PartyResource,
} from "../api/client";

const OPEN_STATES: readonly IntroState[] = ["requested", "ready"];

export function isOpen(intro: IntroResource): boolean {
  return OPEN_STATES.includes(intro.state);
}

/** Open ones first; within each group the server's order (newest first) is kept. */
export function ordered(intros: readonly IntroResource[]): IntroResource[] {
  return [...intros.filter(isOpen), ...intros.filter((i) => !isOpen(i))];
}

const STATE_LABELS: Record<IntroState, string> = {
  requested: "Waiting for answers",
  ready: "Both agreed: your final intro is ready to review",
  introduced: "Introduced",
  declined: "Closed: not both agreed",
  expired: "Expired: no answer in time",
  cancelled: "Cancelled",
};

export const ANSWER_LABELS: Record<Answer, string> = {
  pending: "No answer yet",
  yes: "Yes",
  notNow: "Not now",
  no: "No thanks",
  alreadyConnected: "Already know each other",
  expired: "No answer (expired)",
  undeliverable: "Mail could not be delivered",
};

export const GIVABLE: readonly GivableAnswer[] = ["yes", "notNow", "no", "alreadyConnected"];

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function shortDate(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : DATE.format(d);
}

/** "asked 25 Nov · followed up 7 Dec · answered 8 Dec", only the steps that happened. */
export function partyTimeline(p: PartyResource): string {
  const steps: string[] = [];
  if (p.alreadyAgreed) steps.push("agreed before asking");
  if (p.requestedAt) steps.push(`asked ${shortDate(p.requestedAt)}`);
  if (p.followedUpAt) steps.push(`followed up ${shortDate(p.followedUpAt)}`);
  // Expiry and an agreement given up front are recorded as answers; say what they were.
  if (p.answeredAt && p.answer === "expired") steps.push(`expired ${shortDate(p.answeredAt)}`);
  else if (p.answeredAt && !p.alreadyAgreed) steps.push(`answered ${shortDate(p.answeredAt)}`);
  if (p.answer === "notNow" && p.notNowUntil) steps.push(`ask again after ${p.notNowUntil}`);
  return steps.join(" · ");
}

export function title(intro: IntroResource): string {
  return intro.parties.map((p) => p.name || p.email).join(" & ");
}

export function stateLine(intro: IntroResource): string {
  const label = STATE_LABELS[intro.state] ?? intro.state;
  return intro.state === "introduced" && intro.introducedAt
    ? `${label} ${shortDate(intro.introducedAt)}`
    : label;
}

/** Parties whose answer the connector can still record (an answer that came by mail). */
export function canRecord(intro: IntroResource, party: PartyResource): boolean {
  return intro.state === "requested" && party.answer === "pending";
}
