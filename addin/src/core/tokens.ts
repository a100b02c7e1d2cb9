// The tokens of a text: per-token arrays of folded words, offsets and what separates them.
// tokenize.ts fills them in one pass; everything downstream (phrases, names, greeting, language)
// reads them through this shape, so the text is scanned once however many phrases there are.

import { VOCAB } from "./vocabulary";

/** Level of the boundary in front of a token. */
export const Break = {
  None: 0,
  Clause: 1, // , ; : ( — and the like
  Line: 2, // a single line break, often just a hard wrap
  Sentence: 3, // . ! ? or a blank line
} as const;

/** Punctuation seen in the gap in front of a token. */
export const Gap = {
  Comma: 1,
  Dash: 2, // — – - :
  Arrow: 4, // <> <-> ↔
  Slash: 8,
  Amp: 16, // & +
  Paren: 32,
  Newline: 64,
  Paragraph: 128, // a blank line
} as const;

/** Flags in Tokens.lead, above the letter pair. */
export const Lead = {
  Pair: 0x3ff, // the pair itself
  Placeholder: 0x400, // the word is PLACEHOLDER
  Capital: 0x800, // the text has A–Z or a character from U+00C0 up where the token starts
  Folded: 0x1000, // a word beyond ASCII, folded: its word is kept in Tokens.cut
} as const;

/** Bucket of a letter of a folded word: a–z, anything else (or no letter at all) shares the 27th. */
export function letterBucket(c: number): number {
  const b = c - 0x61;
  return b >= 0 && b < 26 ? b : 26;
}

/** The first two letters of a folded word as one number: lets name look-ups skip most words without hashing them. */
export function pairOf(word: string): number {
  return (letterBucket(word.charCodeAt(0)) << 5) | letterBucket(word.charCodeAt(1));
}

/**
 * Per-token arrays, index 0 … count − 1. The typed arrays may be longer (zeros past count): read
 * only below count. A token's word is read with wordAt.
 */
export interface Tokens {
  /** The text the offsets point into (original case). */
  readonly text: string;
  /** The text lower-cased, same offsets. */
  readonly low: string;
  readonly count: number;
  /**
   * The words of placeholders and folded tokens (see Lead), by token; any other word is cut from
   * the text only when something asks for it (see wordAt): matchers mostly compare vocabulary numbers.
   */
  readonly cut: Array<string | undefined>;
  /** Vocabulary number of each word (see wordId), -1 for a word no matcher looks for. */
  readonly ids: Int32Array;
  /** How each token begins: the first two letters of its word (see pairOf) and Lead flags. */
  readonly lead: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly brk: Int32Array;
  readonly gap: Int32Array;
  /** Sentence number of each token (a blank line also ends a sentence). */
  readonly sentence: Int32Array;
  readonly sentences: number;
  /** The first token of each sentence (exactly `sentences` entries). */
  readonly sentenceStart: number[];
  /** The tokens whose word can start a phrase (see markStarter), in order: where phrase matching begins. */
  readonly starters: number[];
  /** The name gate the text was read with (see tokenize), and the tokens that passed it, in order. */
  readonly gate: readonly number[] | null;
  readonly mayName: number[];
}

export const PLACEHOLDER = "\u0000ph";

/**
 * The lower-case, accent-free word of token i ("" past either end); placeholders such as [Name] or
 * {{first_name}} are PLACEHOLDER.
 */
export function wordAt(t: Tokens, i: number): string {
  return i < 0 || i >= t.count ? "" : wordOf(t.low, t.cut, t.ids, t.lead, t.start, t.end, i);
}

/** wordAt on the arrays themselves, for the tokenizer while it is still filling them. */
export function wordOf(
  low: string,
  cut: Array<string | undefined>,
  ids: Int32Array,
  lead: Int32Array,
  start: Int32Array,
  end: Int32Array,
  i: number
): string {
  const id = ids[i] ?? -1;
  if (id >= 0) return VOCAB[id] ?? "";
  if (((lead[i] ?? 0) & (Lead.Placeholder | Lead.Folded)) !== 0) return cut[i] ?? "";
  // An ASCII word: the text's own lower-case characters (cut anew each time; caching them in an
  // array indexed by token costs more, and is slow in a long text).
  return low.slice(start[i] ?? 0, end[i] ?? 0);
}

/** Punctuation right after token i, before the next token (or the end of the text). */
export function gapAfter(t: Tokens, i: number): number {
  return i + 1 < t.count ? (t.gap[i + 1] ?? 0) : 0;
}
