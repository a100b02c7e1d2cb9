// The connector's own sentence(s) on why the two should meet.

import type { Greeting } from "./greeting";
import type { Mentions } from "./mentions";
import type { Names } from "./names";
import type { Hit } from "./patterns";
import { PACKS } from "./phrases";
import { hasNegative, type Sentence, sentencesOf, skipVocative, slice } from "./sentences";
import { fold } from "./text";
import { Break, type Tokens, wordAt } from "./tokens";

/** One sentence (or clause) of the reason. shared: it can go into both private requests. */
export interface ReasonPart {
  text: string;
  shared: boolean;
}

export interface Reason {
  text: string;
  parts: ReasonPart[];
}

const BECAUSE = new Set(PACKS.flatMap((p) => p.because.map(fold)));
// These also mean "as", "since (then)", "there": they give a reason only at the start of a clause.
const WEAK_BECAUSE = new Set([
  "since",
  "as",
  "da",
  "comme",
  "como",
  "ya",
  "dado",
  "visto",
  "want",
  "car",
  "given",
  "ja",
  "puesto",
]);
const THAT = new Set(["that", "que", "dass", "dat", "of"]);
const RELATIVE = new Set([
  "who",
  "whose",
  "which",
  "die",
  "der",
  "qui",
  "que",
  "quien",
  "quem",
  "whom",
]);
const YOU = new Set(PACKS.flatMap((p) => p.secondPerson.map(fold)));
const MAX_REASON = 600;

function becauseAt(t: Tokens, i: number): boolean {
  const w = wordAt(t, i);
  return BECAUSE.has(w) && (!WEAK_BECAUSE.has(w) || (t.brk[i] ?? 0) >= Break.Clause);
}

function hasYou(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (YOU.has(wordAt(t, i))) return true;
  return false;
}

function carries(s: Sentence, a: number, b: number): boolean {
  return s.hits.some(
    (h) => (h.cue.kind === "reason" || h.cue.kind === "dual") && h.first >= a && h.last <= b
  );
}

/**
 * The part of a sentence that gives the reason, without its "I'd like to introduce you" part, and
 * whether it stands on its own (false when it is the whole intro sentence).
 */
function reasonSpan(t: Tokens, s: Sentence, from: number): [number, number, boolean] | null {
  if (s.introEnd < from) return carries(s, from, s.last) ? [from, s.last, true] : null;
  let a = s.introEnd + 1;
  // "Looping in Priya, who went through exactly this": the whole sentence is the reason.
  if ([s.introEnd, a, a + 1].some((i) => RELATIVE.has(wordAt(t, i))))
    return carries(s, a, s.last) ? [from, s.last, false] : null;
  for (let i = a; i <= Math.min(s.last, a + 2); i++) {
    if (!becauseAt(t, i)) continue;
    a = i + 1;
    while (a <= s.last && THAT.has(wordAt(t, a))) a++;
    return s.last - a >= 2 ? [a, s.last, true] : null;
  }
  if (s.last - a >= 2 && carries(s, a, s.last)) return [a, s.last, true];
  // "You're both into X, so I figured you should meet": the reason comes first.
  let b = s.introStart - 1;
  const hinted = s.hits.some(
    (h) =>
      (h.cue.kind === "reason" || h.cue.kind === "dual") &&
      (h.last < s.introStart || h.first > s.introEnd)
  );
  if (b - from < 2 || !(carries(s, from, b) || (hinted && b - from >= 4))) return null;
  for (let i = b; i > from + 2 && b - i < 5; i--) {
    if ((t.brk[i] ?? 0) >= Break.Clause) {
      b = i - 1;
      break;
    }
  }
  return [from, b, true];
}

export function readReason(
  t: Tokens,
  hits: readonly Hit[],
  greeting: Greeting,
  names: Names,
  mentions: Mentions
): Reason {
  const all = sentencesOf(t, hits).filter((s) => s.last >= greeting.end && !hasNegative(s));
  const parts: ReasonPart[] = [];
  for (const s of all) {
    const span = reasonSpan(t, s, skipVocative(t, names, Math.max(s.first, greeting.end)));
    if (span === null) continue;
    const text = slice(t, span[0], span[1]);
    if (text.length >= 8) parts.push({ text, shared: span[2] });
    if (parts.length >= 3) break;
  }
  if (parts.length > 0) return { text: join(parts), parts };

  // What was said to one of them ("Sue did exactly what you're planning") fits only that one.
  for (const [k, v] of mentions.vocatives.entries()) {
    const until = mentions.vocatives[k + 1]?.at ?? t.count;
    const from = v.at === 0 ? greeting.end : skipVocative(t, names, v.at);
    for (const s of all) {
      const a = Math.max(s.first, from);
      if (s.first >= until || s.last < from || s.last - a < 4 || !hasYou(t, a, s.last)) continue;
      if (s.introEnd >= 0 && s.last - s.introEnd < 5) continue;
      parts.push({ text: slice(t, a, s.last), shared: false });
      break;
    }
  }
  return { text: join(parts), parts };
}

function join(parts: readonly ReasonPart[]): string {
  let out = "";
  for (const { text } of parts) {
    if (out.length + text.length > MAX_REASON) break;
    out = out ? `${out} ${text}` : text;
  }
  return out;
}
