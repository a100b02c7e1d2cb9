// Pure logic of a batch of introductions: pasted pairs (batch-pairs.ts), pairing a draft's recipients,
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
import { displayName } from "../core/recipients";
import type { IntroResource } from "../api/client";
import type { LineProblem, PastedPair } from "./batch-pairs";
import { formFor, type ConvertForm, type ProblemView } from "./convert";

export { MAX_PAIRS, pairKey, parsePairs, type LineProblem, type PastedPair } from "./batch-pairs";

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
