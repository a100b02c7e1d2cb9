// What the connector already did with the two people a draft introduces, in a few short lines for the
// convert view: "You introduced them on 5 Dec", "You asked them on 2 Nov; Sue said not now on 12 Nov",
// "Sue declined or didn't answer twice since June — maybe ask in person". A reminder, never a block.
// Pure: no Office.js, no DOM.

import type { IntroHistory, PastIntro, PastParty, PersonHistory } from "../api/client";

/** The pane's language, as its other dates (intros.ts) are written. */
export const PANE_LOCALE = "en-GB";

/** More than this many past intros of one pair would crowd the form; the newest are told. */
export const MAX_INTRO_LINES = 3;

export interface HistoryOptions {
  locale?: string;
  /** Today, for leaving out the year of dates in this year; by default the server's today (its window's end). */
  now?: Date;
}

/** Whether the server's answer has the shape the lines are made from; anything else is not told. */
export function isHistory(value: unknown): value is IntroHistory {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.months === "number" &&
    (v.since === null || typeof v.since === "string") &&
    Array.isArray(v.intros) &&
    Array.isArray(v.people)
  );
}

/**
 * The lines to show, newest intro first, then anyone flagged. `names` gives a person's name by
 * address as the draft has it (the form's names), so the lines speak of people as the connector does.
 */
export function historyLines(
  history: IntroHistory,
  names: (address: string) => string | undefined,
  options: HistoryOptions = {}
): string[] {
  const locale = options.locale ?? PANE_LOCALE;
  const now = options.now ?? windowEnd(history) ?? new Date();
  const day = dayFormat(locale, now);
  const who = (email: string, fallback = "") => firstName(names(email) || fallback) || email;
  const lines = history.intros
    .slice(0, MAX_INTRO_LINES)
    .map((intro) => introLine(intro, (p) => who(p.email, p.name), day));
  const since = history.since ? sinceMonth(history.since, history.months, locale) : "";
  for (const person of history.people) {
    if (person.flag && since) lines.push(flagLine(person, who(person.email), since));
  }
  return lines;
}

function introLine(intro: PastIntro, who: (p: PastParty) => string, day: (iso: string) => string) {
  if (intro.introducedAt) return `You introduced them on ${day(intro.introducedAt)}`;
  const asked = `You asked them on ${day(intro.createdAt)}`;
  if (intro.state === "ready")
    return `${asked}; both said yes and your final intro waits for review`;
  const answered = intro.parties
    .filter((p) => p.answer !== "pending" && p.answeredAt)
    .sort((a, b) => (a.answeredAt ?? "").localeCompare(b.answeredAt ?? ""));
  const parts =
    answered.length > 1 && answered.every((p) => p.answer === "expired")
      ? ["neither of them answered"]
      : answered.map((p) => answerPhrase(p, who(p), day));
  if (intro.state === "cancelled" && intro.closedAt)
    parts.push(`you cancelled it on ${day(intro.closedAt)}`);
  if (intro.state === "requested" && parts.length === 0) parts.push("no answer yet");
  return parts.length > 0 ? `${asked}; ${parts.join(", ")}` : asked;
}

function answerPhrase(p: PastParty, who: string, day: (iso: string) => string): string {
  const on = p.answeredAt ? ` on ${day(p.answeredAt)}` : "";
  switch (p.answer) {
    case "yes":
      return `${who} said yes${on}`;
    case "no":
      return `${who} declined${on}`;
    case "notNow":
      return `${who} said not now${on}`;
    case "alreadyConnected":
      return `${who} said they already know each other`;
    case "expired":
      return `${who} didn't answer`;
    case "undeliverable":
      return `mail to ${who} bounced`;
    default:
      return `${who}: ${p.answer}`;
  }
}

function flagLine(person: PersonHistory, who: string, since: string): string {
  const count = person.declined + person.silent;
  const times = count === 2 ? "twice" : `${count} times`;
  const what =
    person.declined > 0 && person.silent > 0
      ? "declined or didn't answer"
      : person.declined > 0
        ? "declined"
        : "didn't answer";
  return `${who} ${what} ${times} since ${since} — maybe ask in person`;
}

/** "5 Dec", with the year when it is not this year's. */
function dayFormat(locale: string, now: Date): (iso: string) => string {
  const short = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const long = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return (iso) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    return (d.getUTCFullYear() === now.getUTCFullYear() ? short : long).format(d);
  };
}

/** "June", or "June 2025" for a window of a year or more, where the month alone is ambiguous. */
function sinceMonth(iso: string, months: number, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat(locale, {
    month: "long",
    ...(months >= 12 ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(d);
}

/** The server's today, which the sandbox's clock may have moved: the window ends there. */
function windowEnd(history: IntroHistory): Date | null {
  const since = history.since ? new Date(history.since) : null;
  if (!since || Number.isNaN(since.getTime())) return null;
  since.setUTCMonth(since.getUTCMonth() + history.months);
  return since;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}
