// Pure logic of a batch of introductions: reading pasted pairs, pairing a draft's recipients,
// drafting each pair's requests as the single conversion does, and where each intro stands. No
// Office.js, no DOM.
//
// Pacing. The server sends every request from the connector's mailbox through its outbox, within
// the limits Microsoft documents: Exchange Online accepts 30 messages a minute and 10,000
// recipients a day from one mailbox ("Exchange Online limits", sending limits), and Graph's
// Outlook service 4 concurrent requests and 10,000 requests per 10 minutes per app and mailbox
// ("Microsoft Graph throttling limits", Outlook service limits). Its mailbox gate holds those
// for all instances (Mail/MailboxGate.cs), so the pane only creates the intros one after the
// other and asks how they stand with one list request every few seconds, well within the API's
// 120 requests a minute per connector. A batch holds at most MAX_PAIRS pairs: 40 requests, which
// go out in under two minutes at 30 a minute, and a small share of a day's 10,000 recipients.

import {
  detectForDrafting,
  type Detection,
  type FinalIntro,
  type Party,
  type Person,
} from "../core";
import { displayName, readRecipients } from "../core/recipients";
import type { IntroResource } from "../api/client";
import { formFor, type ConvertForm, type ProblemView } from "./convert";

export const MAX_PAIRS = 20;

/** One pasted line that reads as a pair. */
export interface PastedPair {
  line: number;
  people: [Party, Party];
  reason: string;
}

export interface LineProblem {
  /** 1-based; 0 for a problem of the whole text. */
  line: number;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// An address, bare or in <…>, as people paste it from Outlook, a spreadsheet or a chat.
const ADDRESS = /<?(?:mailto:)?([^\s<>,;:"()[\]]+@[^\s<>,;:"'()[\]]+)>?/gi;
// What may stand between two people: punctuation, arrows, and "and" in the product's languages.
const BETWEEN = /^(?:[\s,;&+/|)>\]-]|<>|<->|<=>|↔|⇄)*(?:(?:and|und|et|y|e|en)\s+)?/i;
const BEFORE_REASON = /^[\s)>\]:;,.|–—-]*/;

const lower = (s: string) => s.trim().toLowerCase();
export const pairKey = (a: string, b: string) => [lower(a), lower(b)].sort().join(" ");

/**
 * Reads pasted pairs, one per line: two people (`Name <address>` or a bare address, names in any
 * order such as "Lee, Sue"), then optionally `:` and why they should meet. Blank lines and lines
 * starting with `#` are skipped. Every line that does not read is reported by its number.
 */
export function parsePairs(
  text: string,
  connector: Person
): { pairs: PastedPair[]; problems: LineProblem[] } {
  const pairs: PastedPair[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  const me = lower(connector.address ?? "");
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const say = (message: string) => problems.push({ line, message: `Line ${line}: ${message}` });
    const t = raw.trim();
    if (t === "" || t.startsWith("#")) return;
    const found = [...t.matchAll(ADDRESS)];
    if (found.length < 2) {
      say(
        found.length === 0
          ? "no email address. Write two people, e.g. Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: why they should meet"
          : "only one email address. Each line needs two people, each with their address."
      );
      return;
    }
    const [m1, m2] = found as [RegExpMatchArray, RegExpMatchArray];
    const end1 = (m1.index ?? 0) + m1[0].length;
    const rest = t.slice((m2.index ?? 0) + m2[0].length).replace(BEFORE_REASON, "");
    if (found.length > 2) {
      say("more than two email addresses. Put one pair per line, and no address in the reason.");
      return;
    }
    const raw1 = t.slice(0, m1.index).replace(/[\s(<[]+$/, "");
    const raw2 = t
      .slice(end1, m2.index)
      .replace(BETWEEN, "")
      .replace(/[\s(<[]+$/, "");
    const addresses = [m1[1] ?? "", m2[1] ?? ""].map((a) => lower(a).replace(/\.+$/, ""));
    const bad = addresses.filter((a) => !EMAIL.test(a));
    if (bad.length > 0) {
      say(`${bad.join(" and ")} is not a complete email address.`);
      return;
    }
    const [a1, a2] = addresses as [string, string];
    if (a1 === a2) {
      say(`the same person twice (${a1}). An introduction needs two different people.`);
      return;
    }
    if (me && (a1 === me || a2 === me)) {
      say("you can't be one of the two people.");
      return;
    }
    const { candidates } = readRecipients({
      to: [
        { name: raw1, address: a1 },
        { name: raw2, address: a2 },
      ],
    });
    const list = candidates.find((c) => c.isList);
    if (list) {
      say(`${list.address} looks like a list or shared mailbox, not a person.`);
      return;
    }
    const key = pairKey(a1, a2);
    const before = seen.get(key);
    if (before !== undefined) {
      say(`the same two people as line ${before}.`);
      return;
    }
    seen.set(key, line);
    const people = candidates.map((c) => ({
      name: displayName(c.name, c.address),
      address: c.address,
    })) as [Party, Party];
    pairs.push({ line, people, reason: rest.trim() });
  });
  if (pairs.length === 0 && problems.length === 0)
    problems.push({ line: 0, message: "Paste at least one pair of people, one pair per line." });
  if (pairs.length > MAX_PAIRS)
    problems.push({
      line: 0,
      message: `That is ${pairs.length} pairs; one batch holds at most ${MAX_PAIRS}. Send the rest as a second batch.`,
    });
  return { pairs, problems };
}

/** The language the connector writes the batch in, read from all their reasons together. */
export function batchLanguage(pairs: readonly PastedPair[], connector: Person) {
  const body = pairs.map((p) => p.reason).join("\n");
  return detectForDrafting({ body, from: connector }).verdict.language;
}

/**
 * The pair's requests, drafted as the single conversion drafts them: the reason stands as the
 * connector's words to both, in the batch's language, and in the register those words use.
 */
export function formForPasted(
  pair: PastedPair,
  connector: Person,
  language: ConvertForm["language"],
  finalIntro: FinalIntro
): ConvertForm {
  const d = detectForDrafting({ from: connector, to: pair.people, body: pair.reason });
  const detection: Detection = {
    analysis: d.analysis,
    verdict: { ...d.verdict, isIntro: true, parties: pair.people, reason: pair.reason, language },
  };
  return formFor(detection, finalIntro);
}

/** The people of a draft who could be introduced: its recipients, without lists and the connector. */
export function peopleOf(detection: Detection): Party[] {
  return detection.analysis.recipients.candidates
    .filter((c) => !c.isList && c.address !== "")
    .map((c) => ({ name: displayName(c.name, c.address), address: c.address }));
}

/** Every pair of the people, in the draft's order: 4 people make 6 pairs. */
export function allPairs(people: readonly Party[]): Array<[Party, Party]> {
  const out: Array<[Party, Party]> = [];
  people.forEach((a, i) => people.slice(i + 1).forEach((b) => out.push([a, b])));
  return out;
}

/** A pair picked from the draft, drafted from the draft's own words as if it introduced only them. */
export function formForPicked(
  detection: Detection,
  pair: [Party, Party],
  finalIntro: FinalIntro
): ConvertForm {
  return formFor({ ...detection, verdict: { ...detection.verdict, parties: pair } }, finalIntro);
}

/**
 * ready: not sent yet; creating: being created; failed: not created, `problem` says why; queued:
 * created, its requests wait for the mailbox's turn; asked: every request went out; held: its mail
 * waits for the connector to sign in again.
 */
export type ItemStatus = "ready" | "creating" | "failed" | "queued" | "asked" | "held";

export interface BatchItem {
  id: string;
  /** The pasted line it came from; null when picked from the draft. */
  line: number | null;
  form: ConvertForm;
  /** The Idempotency-Key of its create: kept across retries, new once the server surely stored nothing. */
  key: string;
  status: ItemStatus;
  problem: ProblemView | null;
  introId: string | null;
}

export interface BatchView {
  step: "paste" | "pick" | "review";
  /** The pasted text, kept while the connector goes back and forth. */
  text: string;
  lineProblems: LineProblem[];
  /** pick: the draft's people, and the chosen pairs by pairKey. */
  people: Party[];
  chosen: string[];
  items: BatchItem[];
  finalIntro: FinalIntro;
  /** editing: before Send; creating: the intros are being created; following: asking how they stand; done. */
  phase: "editing" | "creating" | "following" | "done";
  /** A problem of the whole batch (nothing to send, a request left empty…). */
  problem: string | null;
  /**
   * Pairs picked from the draft: once they are sent, the original draft to everyone is offered for
   * discarding (null when it cannot be, or the pairs were pasted).
   */
  original: { discarding: boolean; discarded: boolean; problem: string | null } | null;
}

/** Where a created intro stands, from the server's resource. */
export function statusOf(intro: IntroResource): ItemStatus {
  if (intro.needsSignIn) return "held";
  const waiting = intro.parties.some((p) => !p.alreadyAgreed && p.requestedAt === null);
  return waiting && intro.state === "requested" ? "queued" : "asked";
}

export function batchItem(
  id: string,
  line: number | null,
  form: ConvertForm,
  key: string
): BatchItem {
  return { id, line, form, key, status: "ready", problem: null, introId: null };
}

/** The progress line: how many intros exist and how many have all their requests out. */
export function progressText(items: readonly BatchItem[], phase: BatchView["phase"]): string {
  const n = items.length;
  const created = items.filter((i) => i.introId !== null).length;
  const asked = items.filter((i) => i.status === "asked").length;
  const failed = items.filter((i) => i.status === "failed").length;
  const held = items.filter((i) => i.status === "held").length;
  const parts =
    phase === "creating"
      ? [`Creating ${Math.min(created + failed + 1, n)} of ${n}…`]
      : asked === n
        ? [`All ${n} asked`]
        : [`${asked} of ${n} asked`];
  if (failed > 0) parts.push(`${failed} not sent`);
  if (held > 0) parts.push(`${held} waiting for you to sign in`);
  return parts.join(" · ");
}

/** Who the intro's requests go to, for its card: "Juan Perez and Sue Lee". */
export const pairName = (form: ConvertForm): string =>
  form.parties.map((p) => p.name || p.address).join(" and ");
