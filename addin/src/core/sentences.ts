// Sentences of the fresh text with the phrases found in each, and their text on one line.

import type { Names } from "./names";
import type { CueKind, Hit } from "./patterns";
import { withoutAddresses } from "./text";
import { Break, Gap, type Tokens } from "./tokens";

export interface Sentence {
  first: number;
  last: number;
  hits: Hit[];
  kinds: Set<CueKind>;
  /** Span of its intro, loop and hand-off phrases, or -1. */
  introStart: number;
  introEnd: number;
}

const POSITIVE: ReadonlySet<CueKind> = new Set(["intro", "loop", "handoff", "dual", "reason"]);
export const isNegative = (k: CueKind): boolean => !POSITIVE.has(k);
export const isIntroKind = (k: CueKind): boolean => k === "intro" || k === "loop" || k === "handoff";

export function sentencesOf(t: Tokens, hits: readonly Hit[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < t.count; i++) {
    const s = t.sentence[i] ?? 0;
    const cur = out[s];
    if (cur === undefined) out[s] = { first: i, last: i, hits: [], kinds: new Set(), introStart: -1, introEnd: -1 };
    else cur.last = i;
  }
  for (const h of hits) {
    const s = out[t.sentence[h.first] ?? 0];
    if (s === undefined) continue;
    s.hits.push(h);
    s.kinds.add(h.cue.kind);
    if (isIntroKind(h.cue.kind)) {
      s.introStart = s.introStart === -1 ? h.first : Math.min(s.introStart, h.first);
      s.introEnd = Math.max(s.introEnd, h.last);
    }
  }
  return out.filter((s): s is Sentence => s !== undefined);
}

export function hasNegative(s: Sentence): boolean {
  for (const k of s.kinds) if (isNegative(k)) return true;
  return false;
}

/** The text of tokens a..b (with the closing punctuation when b ends a sentence), on one line, without addresses. */
export function slice(t: Tokens, a: number, b: number): string {
  if (a > b || a >= t.count) return "";
  let end = t.end[b] ?? 0;
  const next = b + 1 < t.count ? (t.start[b + 1] ?? t.text.length) : t.text.length;
  if (b + 1 >= t.count || (t.brk[b + 1] ?? 0) === Break.Sentence) {
    while (end < next && ".!?…)\"”»".includes(t.text.charAt(end))) end++;
  }
  const text = t.text.slice(t.start[a] ?? 0, end).replace(/\s+/g, " ").replace(/^[\s,;:—–-]+/, "").trim();
  return withoutAddresses(text);
}

/** Past "Juan —" / "Sue," at the start of a sentence; i itself when nobody is addressed there. */
export function skipVocative(t: Tokens, names: Names, i: number): number {
  const who = names.who(t, i);
  if (who === -1 || (t.brk[i] ?? 0) < Break.Line) return i;
  let j = i + 1;
  while (j < t.count && names.who(t, j) === who && (t.brk[j] ?? 0) === Break.None) j++;
  return j < t.count && ((t.gap[j] ?? 0) & (Gap.Comma | Gap.Dash)) !== 0 ? j : i;
}
