// One linear pass that turns text into folded words with their offsets and what separates them.
// Everything downstream (phrases, names, greeting, language) reads these arrays, so the text is
// scanned once however many phrases the languages define.

import { foldLower } from "./text";

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

export interface Tokens {
  /** The text the offsets point into (original case). */
  readonly text: string;
  readonly count: number;
  /** Lower-case, accent-free words; placeholders such as [Name] or {{first_name}} are PLACEHOLDER. */
  readonly words: string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly brk: Uint8Array;
  readonly gap: Uint8Array;
  /** Sentence number of each token (a blank line also ends a sentence). */
  readonly sentence: Int32Array;
  readonly sentences: number;
}

export const PLACEHOLDER = "\u0000ph";

const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
  "eg", "ie", "approx", "dept", "no", "nr", "hr", "fr", "mme", "sra", "dra", "z.b", "bzw", "ca", "evtl",
  "ggf", "usw", "dhr", "mevr", "sig", "av", "resp", "incl", "ph.d", "phd", "mba",
]);

const NOT_PLACEHOLDERS = new Set(["cc", "cc'd", "ccd", "bcc", "link", "sic", "attachment", "image", "at", "dot", "x"]);

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false; // surrogates (emoji) and private use
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return c !== 0xfeff && c < 0xfff0;
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Lower-cases without changing the length, so offsets into the lower-case text hold for the original. */
function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Closing offset of a template placeholder starting at i ([Name], {{first_name}}, <<Name>>, <Name>), or -1. */
function placeholderEnd(low: string, i: number): number {
  const open = low.charCodeAt(i);
  let close: number;
  let from = i + 1;
  if (open === 0x5b) close = 0x5d; // [ ]
  else if (open === 0x7b) close = 0x7d; // { }
  else if (open === 0x3c) close = 0x3e; // < >
  else return -1;
  while (low.charCodeAt(from) === open) from++;
  const limit = Math.min(low.length, from + 40);
  let letters = false;
  for (let j = from; j < limit; j++) {
    const c = low.charCodeAt(j);
    if (c === close) {
      if (!letters) return -1;
      const inner = low.slice(from, j).trim();
      if (NOT_PLACEHOLDERS.has(inner)) return -1;
      let k = j;
      while (low.charCodeAt(k + 1) === close) k++;
      return k + 1;
    }
    if (c === 0x0a || c === open || c === 0x40 || c === 0x2f || c === 0x3a || c === 0x3d || c === 0x22) return -1;
    if (isWordChar(c)) letters = true;
  }
  return -1;
}

export function tokenize(text: string): Tokens {
  const low = lowerSameLength(text);
  const n = low.length;
  const capacity = Math.max(16, (n >> 2) + 8);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let brk = new Uint8Array(capacity);
  let gap = new Uint8Array(capacity);
  let sentence = new Int32Array(capacity);
  const words: string[] = [];
  let count = 0;
  let sentenceNo = 0;
  let prevEnd = 0;
  let prevWord = "";
  let i = 0;

  while (i < n) {
    const c = low.charCodeAt(i);
    let tokenEnd = -1;
    let word = "";
    if (isWordChar(c)) {
      let j = i + 1;
      let ascii = c < 0x80;
      while (j < n) {
        const d = low.charCodeAt(j);
        if (d < 0x80 ? (d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) : isWordChar(d) || (d >= 0x300 && d <= 0x36f)) {
          if (d >= 0x80) ascii = false;
          j++;
        } else if (isJoiner(d) && j + 1 < n && isWordChar(low.charCodeAt(j + 1))) {
          if (d >= 0x80 || low.charCodeAt(j + 1) >= 0x80) ascii = false;
          j += 2;
        } else break;
      }
      tokenEnd = j;
      const raw = low.slice(i, j);
      word = ascii ? raw : foldLower(raw);
    } else if (c === 0x5b || c === 0x7b || c === 0x3c) {
      const e = placeholderEnd(low, i);
      if (e !== -1) {
        tokenEnd = e;
        word = PLACEHOLDER;
      }
    }
    if (tokenEnd === -1) {
      i++;
      continue;
    }

    // Classify the gap between the previous token and this one (most often a single space).
    let level: number = count === 0 ? Break.Sentence : Break.None;
    let flags = 0;
    let newlines = 0;
    const plainSpace = count > 0 && i === prevEnd + 1 && low.charCodeAt(prevEnd) === 0x20;
    for (let k = plainSpace ? i : prevEnd; k < i; k++) {
      const g = low.charCodeAt(k);
      if (g === 0x0a) {
        newlines++;
        flags |= Gap.Newline;
      } else if (g === 0x2e || g === 0x21 || g === 0x3f || g === 0x2026) {
        const next = k + 1 < i ? low.charCodeAt(k + 1) : low.charCodeAt(i);
        const endsSentence = next === 0x20 || next === 0x0a || next === 0x29 || next === 0x22 || next === 0x201d || k + 1 === i;
        if (endsSentence && (g !== 0x2e || k !== prevEnd || !(ABBREVIATIONS.has(prevWord) || prevWord.length === 1))) {
          level = Break.Sentence;
        } else if (level < Break.Clause) level = Break.Clause;
      } else if (g !== 0x20) {
        if (level < Break.Clause) level = Break.Clause;
        if (g === 0x2c || g === 0x3b) flags |= Gap.Comma;
        else if (g === 0x2014 || g === 0x2013 || g === 0x2d || g === 0x3a || g === 0x2015) flags |= Gap.Dash;
        else if (g === 0x3c || g === 0x3e || g === 0x2194 || g === 0x21d4 || g === 0x27f7 || g === 0x21c4) flags |= Gap.Arrow;
        else if (g === 0x2f) flags |= Gap.Slash;
        else if (g === 0x26 || g === 0x2b) flags |= Gap.Amp;
        else if (g === 0x28) flags |= Gap.Paren;
      }
    }
    if (newlines >= 2) {
      level = Break.Sentence;
      flags |= Gap.Paragraph;
    }
    else if (newlines === 1 && level < Break.Line) level = Break.Line;
    if (level === Break.Sentence && count > 0) sentenceNo++;

    if (count === start.length) {
      const grow = count * 2;
      start = copyInto(new Int32Array(grow), start);
      end = copyInto(new Int32Array(grow), end);
      brk = copyInto(new Uint8Array(grow), brk);
      gap = copyInto(new Uint8Array(grow), gap);
      sentence = copyInto(new Int32Array(grow), sentence);
    }
    start[count] = i;
    end[count] = tokenEnd;
    brk[count] = level;
    gap[count] = flags;
    sentence[count] = sentenceNo;
    words.push(word);
    count++;
    prevEnd = tokenEnd;
    prevWord = word;
    i = tokenEnd;
  }
  return { text, count, words, start, end, brk, gap, sentence, sentences: count === 0 ? 0 : sentenceNo + 1 };
}

function copyInto<T extends Int32Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** Punctuation right after token i, before the next token (or the end of the text). */
export function gapAfter(t: Tokens, i: number): number {
  return i + 1 < t.count ? (t.gap[i + 1] ?? 0) : 0;
}

export function breakAfter(t: Tokens, i: number): number {
  return i + 1 < t.count ? (t.brk[i + 1] ?? 0) : Break.Sentence;
}
