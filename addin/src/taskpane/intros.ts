// Pure helpers of the pending consents list: order, wording and dates.

import type {
  Answer,
  GivableAnswer,
  IntroResource,
  IntroState,
  PartyResource,
} from "../api/client";
import { asksOutcome } from "./outcomes";

const OPEN_STATES: readonly IntroState[] = ["requested", "ready"];

export function isOpen(intro: IntroResource): boolean {
  return OPEN_STATES.includes(intro.state);
}

/**
 * Open ones first, then those asking the connector whether the two connected; within each group the
 * server's order (newest first) is kept.
 */
export function ordered(intros: readonly IntroResource[]): IntroResource[] {
  const asking = (i: IntroResource) => !isOpen(i) && asksOutcome(i);
  return [
    ...intros.filter(isOpen),
    ...intros.filter(asking),
    ...intros.filter((i) => !isOpen(i) && !asking(i)),
  ];
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

/** What happened to one party, as the server records it. */
const PARTY_EVENTS: Readonly<Record<string, (who: string) => string>> = {
  alreadyAgreed: (who) => `${who} agreed before asking`,
  requestSent: (who) => `asked ${who}`,
  followUpSent: (who) => `followed up with ${who}`,
  checkedBack: (who) => `checked back with ${who}`,
  askedAgain: (who) => `asked ${who} again`,
  answeredYes: (who) => `${who} said yes`,
  answeredNo: (who) => `${who} said no`,
  answeredNotNow: (who) => `${who} said not now`,
  answeredAlreadyConnected: (who) => `${who} already knew them`,
  answeredByReply: (who) => `${who} answered by email`,
  expired: (who) => `${who} did not answer in time`,
  undeliverable: (who) => `mail to ${who} bounced`,
  reopened: (who) => `reopened for ${who}`,
};

/** What happened to the intro as a whole. */
const INTRO_EVENTS: Readonly<Record<string, string>> = {
  ready: "both agreed",
  declined: "closed",
  expired: "expired",
  cancelled: "cancelled",
  finalDraftReady: "final intro ready",
  introduced: "introduced",
  connectorNotified: "you were told",
};

/**
 * "Made 25 Nov · latest: Sue said yes, 28 Nov": tells two intros of the same pair apart and says
 * what happened last, with whom.
 */
export function cardMeta(intro: IntroResource): string {
  const made = `Made ${shortDate(intro.createdAt)}`;
  const latest = intro.events.reduce<IntroResource["events"][number] | null>(
    // At the same moment, what a person did says more than the state it led to.
    (last, e) =>
      last === null ||
      e.at > last.at ||
      (e.at === last.at && (e.partyId !== null || last.partyId === null))
        ? e
        : last,
    null
  );
  if (latest === null || latest.what === "created") return made;
  const party = intro.parties.find((p) => p.id === latest.partyId);
  const who = party ? ((party.name || party.email).split(/\s+/)[0] ?? "") : "";
  const what =
    (who ? PARTY_EVENTS[latest.what]?.(who) : INTRO_EVENTS[latest.what]) ??
    latest.what.replace(/([A-Z])/g, " $1").toLowerCase();
  return `${made} · latest: ${what}, ${shortDate(latest.at)}`;
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
