// Sentences of the fresh text with the phrases found in each, and their text on one line.

import type { Names } from "./names";
import type { CueKind, Hit } from "./patterns";
import { isSpace, squashSpaces, withoutAddresses } from "./text";
import { Break, Gap, type Tokens } from "./tokens";

export interface Sentence {
  first: number;
  last: number;
  hits: Hit[];
  /** It holds a phrase of a kind that argues against an introduction. */
  negative: boolean;
  /** Span of its intro, loop and hand-off phrases, or -1. */
  introStart: number;
  introEnd: number;
}

const POSITIVE: ReadonlySet<CueKind> = new Set(["intro", "loop", "handoff", "dual", "reason"]);
const isNegative = (k: CueKind): boolean => !POSITIVE.has(k);
const isIntroKind = (k: CueKind): boolean => k === "intro" || k === "loop" || k === "handoff";

export function sentencesOf(t: Tokens, hits: readonly Hit[]): Sentence[] {
  const out: Sentence[] = [];
  const { sentence, sentenceStart } = t;
  // A sentence's tokens are consecutive, from its start to the next sentence's.
  for (let s = 0; s < t.sentences; s++) {
    const first = sentenceStart[s] ?? 0;
    out.push({
      first,
      last: (sentenceStart[s + 1] ?? t.count) - 1,
      hits: [],
      negative: false,
      introStart: -1,
      introEnd: -1,
    });
  }
  for (const h of hits) {
    const s = out[sentence[h.first] ?? 0];
    if (s === undefined) continue;
    s.hits.push(h);
    if (isNegative(h.cue.kind)) s.negative = true;
    if (isIntroKind(h.cue.kind)) {
      s.introStart = s.introStart === -1 ? h.first : Math.min(s.introStart, h.first);
      s.introEnd = Math.max(s.introEnd, h.last);
    }
  }
  return out;
}

export function hasNegative(s: Sentence): boolean {
  return s.negative;
}

/** The text of tokens a..b (with the closing punctuation when b ends a sentence), on one line, without addresses. */
export function slice(t: Tokens, a: number, b: number): string {
  if (a > b || a >= t.count) return "";
  let end = t.end[b] ?? 0;
  const next = b + 1 < t.count ? (t.start[b + 1] ?? t.text.length) : t.text.length;
  if (b + 1 >= t.count || (t.brk[b + 1] ?? 0) === Break.Sentence) {
    while (end < next && '.!?…)"”»'.includes(t.text.charAt(end))) end++;
  }
  const raw = t.text.slice(t.start[a] ?? 0, end);
  // It starts with a token and ends with one or its punctuation: most often there is nothing to
  // squeeze, strip, trim or cut, and one scan says so.
  if (!UNTIDY.test(raw)) return raw;
  let text = squashSpaces(raw);
  if (text.length > 0 && isLeading(text.charCodeAt(0))) text = text.replace(LEADING, "");
  return withoutAddresses(text.trim());
}

/** White space other than single plain spaces, or what withoutAddresses looks for. */
const UNTIDY = /[^\S ]|\s\s|@|\(\)|<>/;

const LEADING = /^[\s,;:—–-]+/;
/** The characters LEADING strips. */
function isLeading(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d ||
    isSpace(c)
  );
}

/** Past "Juan —" / "Sue," at the start of a sentence; i itself when nobody is addressed there. */
export function skipVocative(t: Tokens, names: Names, i: number): number {
  const who = names.who(t, i);
  if (who === -1 || (t.brk[i] ?? 0) < Break.Line) return i;
  let j = i + 1;
  while (j < t.count && names.who(t, j) === who && (t.brk[j] ?? 0) === Break.None) j++;
  return j < t.count && ((t.gap[j] ?? 0) & (Gap.Comma | Gap.Dash)) !== 0 ? j : i;
}
