// One linear pass that turns text into folded words with their offsets and what separates them.
// Everything downstream (phrases, names, greeting, language) reads these arrays, so the text is
// scanned once however many phrases the languages define.

import { asciiBytes, foldLower } from "./text";

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

function wordOf(low: string, cut: Array<string | undefined>, ids: Int32Array, lead: Int32Array, start: Int32Array, end: Int32Array, i: number): string {
  const id = ids[i] ?? -1;
  if (id >= 0) return VOCAB[id] ?? "";
  if (((lead[i] ?? 0) & (Lead.Placeholder | Lead.Folded)) !== 0) return cut[i] ?? "";
  // An ASCII word: the text's own lower-case characters (cut anew each time; caching them in an
  // array indexed by token costs more, and is slow in a long text).
  return low.slice(start[i] ?? 0, end[i] ?? 0);
}

// Per-token numbers live in Int32Arrays carved out of a shared buffer. A typed array of its own
// costs an allocation outside V8's heap (microseconds for a small draft), and plain arrays are
// slow to fill once they pass about 16,000 elements; a view on a shared buffer costs neither.
// Views are handed out once and never reused, so whatever holds one keeps it; a buffer goes away
// with the last view on it. (64 KB buffers: larger ones cost more to get from the system.)
const ARENA_BYTES = 1 << 16;
let arena = new ArrayBuffer(ARENA_BYTES);
let arenaUsed = 0;

// Inside scratch() views come from one buffer used again by every such call instead: nothing it
// hands out may outlive the call (detect() keeps no per-token array in its verdict). That saves
// getting fresh zeroed memory from the system for every draft. Arrays of a long text (over 32 KB
// each) still get their own.
const SCRATCH_BYTES = 1 << 18;
const scratchBuffer = new ArrayBuffer(SCRATCH_BYTES);
let scratchUsed = 0;
let inScratch = false;

/**
 * Runs fn with per-token arrays taken from reused memory: fn's result must hold none of them (or
 * anything that does). A call inside another shares the outer one's memory.
 */
export function scratch<T>(fn: () => T): T {
  if (inScratch) return fn();
  inScratch = true;
  scratchUsed = 0;
  try {
    return fn();
  } finally {
    inScratch = false;
  }
}

/** A zero-filled Int32Array of length n. */
export function ints(n: number): Int32Array {
  const bytes = n * 4;
  if (inScratch && bytes <= SCRATCH_BYTES >> 3 && scratchUsed + bytes <= SCRATCH_BYTES) {
    const view = new Int32Array(scratchBuffer, scratchUsed, n).fill(0);
    scratchUsed += bytes;
    return view;
  }
  if (bytes > ARENA_BYTES >> 2) return new Int32Array(n); // a long text: worth its own allocation
  if (arenaUsed + bytes > ARENA_BYTES) {
    arena = new ArrayBuffer(ARENA_BYTES);
    arenaUsed = 0;
  }
  const view = new Int32Array(arena, arenaUsed, n);
  arenaUsed += bytes;
  return view;
}

function grown(list: Int32Array, size: number): Int32Array {
  const out = ints(size);
  out.set(list);
  return out;
}

/** Flags in Tokens.lead, above the letter pair. */
export const Lead = {
  Pair: 0x3ff, // the pair itself
  Placeholder: 0x400, // the word is PLACEHOLDER
  Capital: 0x800, // the text has A–Z or a character from U+00C0 up where the token starts
  Folded: 0x1000, // a word beyond ASCII, folded: its word is kept in Tokens.cut
} as const;

/** Bucket of a letter of a folded word: a–z, anything else (or no letter at all) shares the 27th. */
function letterBucket(c: number): number {
  const b = c - 0x61;
  return b >= 0 && b < 26 ? b : 26;
}

/** The first two letters of a folded word as one number: lets name look-ups skip most words without hashing them. */
export function pairOf(word: string): number {
  return (letterBucket(word.charCodeAt(0)) << 5) | letterBucket(word.charCodeAt(1));
}

// The vocabulary: every word some matcher looks for (phrase words, a language's frequent words),
// numbered once when the modules load. The tokenizer numbers each token as it reads it, hashing the
// characters it is already looking at and comparing them with the candidate's, so matchers compare
// small integers instead of hashing and comparing strings, and a token that is a vocabulary word
// shares the vocabulary's string instead of cutting its own.
const VOCAB: string[] = [];
const VOCAB_AT: number[] = [];
/** Every vocabulary word, one after the other: its length, then its characters; word k from VOCAB_AT[k]. */
let vocabChars = new Uint16Array(1 << 14);
let vocabUsed = 0;
/**
 * Open addressing by hash, at most half full: an entry is (number + 1) << 16 | the hash's top 16
 * bits, 0 when empty, so a probe is a single 32-bit load.
 */
let table = new Int32Array(1 << 13);

/** The hash the tokenizer computes while reading a word. */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The number of the word whose characters are cs[from … to − 1] and whose hash is h, or -1. */
function findChars(cs: Uint16Array, from: number, to: number, h: number): number {
  const t = table;
  const mask = t.length - 1;
  const tag = h >>> 16;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const e = t[slot] ?? 0;
    if (e === 0) return -1;
    if ((e & 0xffff) === tag) {
      const id = (e >>> 16) - 1;
      if (sameChars(id, cs, from, to)) return id;
    }
  }
}

function sameChars(id: number, cs: Uint16Array, from: number, to: number): boolean {
  const len = to - from;
  const at = VOCAB_AT[id] ?? 0;
  const chars = vocabChars;
  if (chars[at] !== len) return false;
  for (let k = 0; k < len; k++) if (chars[at + 1 + k] !== cs[from + k]) return false;
  return true;
}

/** Per vocabulary number: 1 when some phrase starts with the word (see markStarter). */
const STARTS: number[] = [];

/** Notes that a phrase starts with vocabulary word id: the tokenizer then lists its tokens in Tokens.starters. */
export function markStarter(id: number): void {
  while (STARTS.length <= id) STARTS.push(0);
  STARTS[id] = 1;
}

/** The number of a folded word, or -1 when no matcher looks for it. */
export function knownWordId(word: string): number {
  const h = hashOf(word);
  const t = table;
  const mask = t.length - 1;
  const tag = h >>> 16;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const e = t[slot] ?? 0;
    if (e === 0) return -1;
    if ((e & 0xffff) === tag && VOCAB[(e >>> 16) - 1] === word) return (e >>> 16) - 1;
  }
}

function place(id: number, h: number): void {
  const mask = table.length - 1;
  let slot = h & mask;
  while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
  table[slot] = ((id + 1) << 16) | (h >>> 16);
}

/**
 * The number of a folded word, adding it to the vocabulary if new. Called while modules load, before
 * any text is tokenized: a word added later is not recognised in tokens read before.
 */
export function wordId(word: string): number {
  const known = knownWordId(word);
  if (known !== -1) return known;
  const id = VOCAB.length;
  if (id >= 0x7ffe || word.length > 0xffff) throw new Error("vocabulary full");
  VOCAB.push(word);
  if (vocabUsed + 1 + word.length > vocabChars.length) {
    const grown = new Uint16Array(Math.max(vocabChars.length * 2, vocabUsed + 1 + word.length));
    grown.set(vocabChars);
    vocabChars = grown;
  }
  VOCAB_AT.push(vocabUsed);
  vocabChars[vocabUsed] = word.length;
  for (let k = 0; k < word.length; k++) vocabChars[vocabUsed + 1 + k] = word.charCodeAt(k);
  vocabUsed += 1 + word.length;
  if (VOCAB.length * 2 > table.length) {
    table = new Int32Array(table.length * 2);
    VOCAB.forEach((w, k) => place(k, hashOf(w)));
  } else place(id, hashOf(word));
  return id;
}

/** A word that a full stop right after does not end the sentence with: a known abbreviation, or a single letter. */
function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || word.length === 1;
}

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

const PLACEHOLDER_PAIR = pairOf(PLACEHOLDER);

// The tokenizer reads characters from typed arrays rather than with charCodeAt: an element load is
// cheaper than a string access, which must first find out how the string is stored. One set of
// buffers serves every call (tokenize never runs re-entrantly), and ASCII text is copied natively.
let lowCodes = new Uint16Array(4096);
let textCodes = new Uint16Array(4096);

/** Copies the text's characters into codes when they are all ASCII; false (codes unspecified) when not. */
function asciiCodes(text: string, codes: Uint16Array): boolean {
  const bytes = asciiBytes(text);
  if (bytes === null) return false;
  codes.set(text.length === bytes.length ? bytes : bytes.subarray(0, text.length));
  return true;
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

/**
 * Where a word goes on from j: letters and digits of any script, combining accents, and joiners
 * (' ’ - ‐ ‑) between two word characters.
 */
function wordEnd(cs: Uint16Array, j: number, n: number): number {
  while (j < n) {
    const d = cs[j] ?? 0;
    if (d < 0x80 ? (d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) : isWordChar(d) || (d >= 0x300 && d <= 0x36f)) j++;
    else if (isJoiner(d) && j + 1 < n && isWordChar(cs[j + 1] ?? 0)) j += 2;
    else break;
  }
  return j;
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

/**
 * Reads the text into tokens. gate, when given, lets names be found without looking at every token
 * again: bit b of gate[a] is set for the letter pairs (see pairOf) recipients' names start with, and
 * Tokens.mayName lists the tokens whose word starts with such a pair, or that are capitalised or
 * placeholders (see Names).
 */
export function tokenize(text: string, gate: readonly number[] | null = null): Tokens {
  const low = lowerSameLength(text);
  const n = low.length;
  if (lowCodes.length < n) {
    const size = n + (n >> 1);
    lowCodes = new Uint16Array(size);
    textCodes = new Uint16Array(size);
  }
  // Characters of the lower-case text (cs) and of the text as written (up, null when not ASCII or
  // too short to be worth copying natively).
  const cs = lowCodes;
  const up = n >= 64 && asciiCodes(text, textCodes) && asciiCodes(low, cs) ? textCodes : null;
  if (up === null) for (let k = 0; k < n; k++) cs[k] = low.charCodeAt(k);
  // Sized for a typical text up front (a word and its gap average five and a half characters or
  // more) and grown when a text has shorter words.
  let capacity = ((n / 5) | 0) + 16;
  let start = ints(capacity);
  let end = ints(capacity);
  let brk = ints(capacity);
  let gap = ints(capacity);
  let sentence = ints(capacity);
  let ids = ints(capacity);
  let lead = ints(capacity);
  // Words not cut from the lower-case text as they are (folded ones, placeholders); see wordAt.
  const cut: Array<string | undefined> = [];
  const sentenceStart: number[] = [];
  const starters: number[] = [];
  const mayName: number[] = [];
  let count = 0;
  let sentenceNo = 0;
  let prevEnd = 0;
  let i = 0;

  while (i < n) {
    const c = cs[i] ?? 0;
    let tokenEnd = -1;
    let word: string | undefined;
    let id = -1;
    let pair = 0;
    if (isWordChar(c)) {
      let j = i + 1;
      let ascii = c < 0x80;
      let h = c; // hashOf(word) while the word is ASCII
      // ASCII words are read by this short loop; at the first character beyond ASCII, wordEnd reads
      // on (kept apart, so that text with accents does not slow the loop down for text without).
      if (!ascii) j = wordEnd(cs, j, n);
      else {
        while (j < n) {
          const d = cs[j] ?? 0;
          if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) {
            h = (Math.imul(h, 31) + d) | 0;
            j++;
            continue;
          }
          if (d === 0x27 || d === 0x2d) {
            const e = j + 1 < n ? (cs[j + 1] ?? 0) : 0;
            if ((e >= 0x61 && e <= 0x7a) || (e >= 0x30 && e <= 0x39)) {
              h = (Math.imul(Math.imul(h, 31) + d, 31) + e) | 0;
              j += 2;
              continue;
            }
            if (e < 0x80) break;
          } else if (d < 0x80) break;
          const end = wordEnd(cs, j, n);
          if (end > j) {
            ascii = false;
            j = end;
          }
          break;
        }
      }
      tokenEnd = j;
      if (ascii) {
        // A vocabulary word is recognised from its characters, without cutting a string.
        id = findChars(cs, i, j, h);
        pair = (letterBucket(c) << 5) | (j > i + 1 ? letterBucket(cs[i + 1] ?? 0) : 26);
      } else {
        word = foldLower(low.slice(i, j));
        id = knownWordId(word);
        pair = pairOf(word) | Lead.Folded;
      }
    } else if (c === 0x5b || c === 0x7b || c === 0x3c) {
      const e = placeholderEnd(low, i);
      if (e !== -1) {
        tokenEnd = e;
        word = PLACEHOLDER;
        pair = PLACEHOLDER_PAIR | Lead.Placeholder;
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
    const plainSpace = count > 0 && i === prevEnd + 1 && cs[prevEnd] === 0x20;
    for (let k = plainSpace ? i : prevEnd; k < i; k++) {
      const g = cs[k] ?? 0;
      if (g === 0x0a) {
        newlines++;
        flags |= Gap.Newline;
      } else if (g === 0x2e || g === 0x21 || g === 0x3f || g === 0x2026) {
        const next = k + 1 < i ? (cs[k + 1] ?? 0) : (cs[i] ?? 0);
        const endsSentence = next === 0x20 || next === 0x0a || next === 0x29 || next === 0x22 || next === 0x201d || k + 1 === i;
        if (endsSentence && (g !== 0x2e || k !== prevEnd || !isAbbreviation(count === 0 ? "" : wordOf(low, cut, ids, lead, start, end, count - 1)))) {
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
    if (sentenceStart.length === sentenceNo) sentenceStart.push(count);

    const first = up !== null ? (up[i] ?? 0) : text.charCodeAt(i);
    if (count === capacity) {
      capacity *= 2;
      start = grown(start, capacity);
      end = grown(end, capacity);
      brk = grown(brk, capacity);
      gap = grown(gap, capacity);
      sentence = grown(sentence, capacity);
      ids = grown(ids, capacity);
      lead = grown(lead, capacity);
    }
    start[count] = i;
    end[count] = tokenEnd;
    brk[count] = level;
    gap[count] = flags;
    sentence[count] = sentenceNo;
    ids[count] = id;
    const l = (first >= 0x41 && first <= 0x5a) || first >= 0xc0 ? pair | Lead.Capital : pair;
    lead[count] = l;
    if (gate !== null && ((l & (Lead.Capital | Lead.Placeholder)) !== 0 || (((gate[(l >> 5) & 31] ?? 0) >> (l & 31)) & 1) === 1)) {
      mayName.push(count);
    }
    if (word !== undefined) cut[count] = word;
    if (id >= 0 && STARTS[id] === 1) starters.push(count);
    count++;
    prevEnd = tokenEnd;
    i = tokenEnd;
  }
  return { text, low, count, cut, ids, lead, start, end, brk, gap, sentence, sentences: count === 0 ? 0 : sentenceNo + 1, sentenceStart, starters, gate, mayName };
}

/** Punctuation right after token i, before the next token (or the end of the text). */
export function gapAfter(t: Tokens, i: number): number {
  return i + 1 < t.count ? (t.gap[i + 1] ?? 0) : 0;
}

export function breakAfter(t: Tokens, i: number): number {
  return i + 1 < t.count ? (t.brk[i + 1] ?? 0) : Break.Sentence;
}
