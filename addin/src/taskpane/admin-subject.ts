// An access request's answer in words an admin can pass on: per intro, who made it and when, how it
// stands, what the person answered, what happened, which mail went to them and how many consent
// links exist; then the intros the address made as a connector. And an erasure's counts.

import type { ErasureCounts, SubjectIntro, SubjectRecord } from "../api/admin";
import type { Answer, IntroState } from "../api/client";
import { ANSWER_LABELS } from "./intros";

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function fullDate(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : DAY.format(d);
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const STATES: Record<IntroState, string> = {
  requested: "waiting for answers",
  ready: "both agreed, final intro waiting for the connector",
  introduced: "introduced",
  declined: "closed, not both agreed",
  expired: "closed, no answer in time",
  cancelled: "cancelled",
};

const ANSWERED_BY: Record<string, string> = {
  link: "by link",
  reply: "by email",
  connector: "recorded by the connector",
};

const MAIL: Record<string, string> = {
  request: "request",
  followUp: "follow-up",
  checkBack: "asked again",
  final: "final intro",
  finalDraft: "final intro (draft for review)",
  notice: "note",
};

/** "requestSent" → "request sent": event names read as words where no better ones exist. */
const words = (name: string) => name.replace(/([A-Z])/g, " $1").toLowerCase();

export interface SubjectIntroSummary {
  id: string;
  /** "Introduced by Alex Demo (alex.demo@contoso.example), 25 Nov 2026" */
  heading: string;
  state: string;
  /** "Juan Perez · runs XYZ at Contoso" */
  party: string;
  answer: string;
  ownRequest: string | null;
  events: string[];
  replies: string[];
  mail: string;
  consentLinks: string;
}

export interface SubjectSummary {
  email: string;
  headline: string;
  /** What the address made as a connector, and that erasure leaves it; null when nothing. */
  asConnector: string | null;
  intros: SubjectIntroSummary[];
  /** Consent links held for the address, across its intros. */
  links: number;
  /** Whether erasing would remove anything: the address is a party somewhere. */
  erasable: boolean;
}

function answerLine(i: SubjectIntro): string {
  const p = i.party;
  const label = ANSWER_LABELS[p.answer as Answer] ?? words(p.answer);
  const how = p.answeredBy ? (ANSWERED_BY[p.answeredBy] ?? words(p.answeredBy)) : "";
  const parts = [label, how, fullDate(p.answeredAt)].filter(Boolean);
  if (p.answer === "notNow" && p.notNowUntil) parts.push(`ask again after ${p.notNowUntil}`);
  return `Answer: ${parts.join(", ")}`;
}

function introSummary(i: SubjectIntro): SubjectIntroSummary {
  const by = i.connectorName ? `${i.connectorName} (${i.connectorEmail})` : i.connectorEmail;
  const mail = i.mail.map(
    (m) =>
      `${MAIL[m.kind] ?? words(m.kind)} (${m.sentAt ? `sent ${fullDate(m.sentAt)}` : words(m.state)})`
  );
  return {
    id: i.id,
    heading: `Introduced by ${by}, ${fullDate(i.createdAt)}`,
    state: STATES[i.state as IntroState] ?? words(i.state),
    party: [i.party.name, i.party.about].filter(Boolean).join(" · "),
    answer: answerLine(i),
    ownRequest: i.party.requestSubject
      ? `Request written by the connector: “${i.party.requestSubject}”`
      : null,
    events: i.events.map((e) => `${fullDate(e.at)}: ${words(e.what)}`),
    replies: i.replies.map((r) => `${fullDate(r.receivedAt)}: “${r.excerpt}”`),
    mail: mail.length > 0 ? `Mail to them: ${mail.join(", ")}` : "No mail to them",
    consentLinks: plural(i.consentLinks, "consent link"),
  };
}

export function subjectSummary(record: SubjectRecord): SubjectSummary {
  const n = record.intros.length;
  const made = record.asConnector.count;
  return {
    email: record.email,
    headline:
      n === 0
        ? `Nothing is held about ${record.email} as a person introduced.`
        : `${record.email} is a person introduced in ${plural(n, "introduction")}.`,
    asConnector:
      made === 0
        ? null
        : `They made ${plural(made, "introduction")} as a connector; erasing does not remove those, they are the connector's own record.`,
    intros: record.intros.map(introSummary),
    links: record.intros.reduce((sum, i) => sum + i.consentLinks, 0),
    erasable: n > 0,
  };
}

/** What an erasure will remove, for the confirmation: said before anything happens. */
export function erasureWarning(summary: SubjectSummary): string {
  return (
    `Erase ${summary.email} from ${plural(summary.intros.length, "introduction")}? ` +
    `Their name, address, answers, replies, events and ${plural(summary.links, "consent link")} are deleted, ` +
    "open introductions they are part of are cancelled, and mail still queued for them is stopped. " +
    "This cannot be undone."
  );
}

/** "1 introduction, 1 person, 4 events, 2 mails, 1 consent link, 0 replies". */
export function erasedLine(counts: ErasureCounts): string {
  return [
    plural(counts.intros, "introduction"),
    plural(counts.parties, "person", "people"),
    plural(counts.events, "event"),
    plural(counts.outboxRows, "mail"),
    plural(counts.consentTokens, "consent link"),
    plural(counts.replies, "reply", "replies"),
  ].join(", ");
}
