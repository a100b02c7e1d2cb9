// One linear pass that turns text into tokens (see tokens.ts): folded words with their offsets and
// what separates them, vocabulary words numbered as they are read.

import { grown, ints } from "./arena";
import {
  asciiCodes,
  gapFlag,
  endsCompanyName,
  isAbbreviation,
  isWordChar,
  lowerSameLength,
  placeholderEnd,
  wordEnd,
} from "./characters";
import { foldLower } from "./text";
import { Break, Gap, Lead, letterBucket, pairOf, PLACEHOLDER, type Tokens, wordOf } from "./tokens";
import { findChars, knownWordId, STARTS } from "./vocabulary";

const PLACEHOLDER_PAIR = pairOf(PLACEHOLDER);

// The tokenizer reads characters from typed arrays rather than with charCodeAt: an element load is
// cheaper than a string access, which must first find out how the string is stored. One set of
// buffers serves every call (tokenize never runs re-entrantly), and ASCII text is copied natively.
let lowCodes = new Uint16Array(4096);
let textCodes = new Uint16Array(4096);

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
        const endsSentence =
          next === 0x20 ||
          next === 0x0a ||
          next === 0x29 ||
          next === 0x22 ||
          next === 0x201d ||
          k + 1 === i;
        if (
          endsSentence &&
          (g !== 0x2e ||
            k !== prevEnd ||
            !isAbbreviation(
              count === 0 ? "" : wordOf(low, cut, ids, lead, start, end, count - 1)
            ) ||
            endsCompanyName(text, k, i))
        ) {
          level = Break.Sentence;
        } else if (level < Break.Clause) level = Break.Clause;
      } else if (g !== 0x20) {
        if (level < Break.Clause) level = Break.Clause;
        flags |= gapFlag(g);
      }
    }
    if (newlines >= 2) {
      level = Break.Sentence;
      flags |= Gap.Paragraph;
    } else if (newlines === 1 && level < Break.Line) level = Break.Line;
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
    if (
      gate !== null &&
      ((l & (Lead.Capital | Lead.Placeholder)) !== 0 ||
        (((gate[(l >> 5) & 31] ?? 0) >> (l & 31)) & 1) === 1)
    ) {
      mayName.push(count);
    }
    if (word !== undefined) cut[count] = word;
    if (id >= 0 && STARTS[id] === 1) starters.push(count);
    count++;
    prevEnd = tokenEnd;
    i = tokenEnd;
  }
  return {
    text,
    low,
    count,
    cut,
    ids,
    lead,
    start,
    end,
    brk,
    gap,
    sentence,
    sentences: count === 0 ? 0 : sentenceNo + 1,
    sentenceStart,
    starters,
    gate,
    mayName,
  };
}
