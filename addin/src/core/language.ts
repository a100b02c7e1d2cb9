// Tells the draft's language by counting each language's frequent short words and telltale letters.

import { PACKS } from "./phrases";
import { fold } from "./text";
import type { Tokens } from "./tokens";
import { wordId } from "./vocabulary";
import type { LanguageCode } from "./types";

const BY_WORD = new Map<string, number>();
/** Per vocabulary number (see wordId): the word's languages (0: none) and, since a word shared by several counts less for each, its share. */
const MASK: number[] = [];
const SHARE: number[] = [];
/** The one language of a word that belongs to a single one, else -1. */
const ONLY: number[] = [];
const BY_LETTER = new Map<number, number>();
PACKS.forEach((p, bit) => {
  for (const w of p.stopwords) {
    const key = fold(w);
    BY_WORD.set(key, (BY_WORD.get(key) ?? 0) | (1 << bit));
  }
  for (const ch of p.letters) {
    for (const c of [ch, ch.toUpperCase()])
      BY_LETTER.set(c.charCodeAt(0), (BY_LETTER.get(c.charCodeAt(0)) ?? 0) | (1 << bit));
  }
});

for (const [w, mask] of BY_WORD) {
  const id = wordId(w);
  while (MASK.length <= id) {
    MASK.push(0);
    SHARE.push(0);
    ONLY.push(-1);
  }
  MASK[id] = mask;
  SHARE[id] = 1 / popcount(mask);
  ONLY[id] = popcount(mask) === 1 ? 31 - Math.clz32(mask) : -1;
}

/** Enough to decide; long drafts need not be read to the end for this. */
const SAMPLE_WORDS = 160;
const SAMPLE_CHARS = 3000;
const LETTER_WEIGHT = 0.5;

function credit(counts: number[], mask: number, share: number): void {
  for (let bit = 0; bit < counts.length; bit++)
    if ((mask & (1 << bit)) !== 0) counts[bit] = (counts[bit] ?? 0) + share;
}

export function detectLanguage(...sources: Tokens[]): LanguageCode {
  const counts = new Array<number>(PACKS.length).fill(0);
  for (const t of sources) {
    const n = Math.min(t.count, SAMPLE_WORDS);
    for (let i = 0; i < n; i++) {
      const id = t.ids[i] ?? -1;
      const mask = id >= 0 ? (MASK[id] ?? 0) : 0;
      if (mask === 0) continue;
      const only = ONLY[id] ?? -1;
      if (only >= 0)
        counts[only] = (counts[only] ?? 0) + 1; // a word of one language: share 1
      else credit(counts, mask, SHARE[id] ?? 0);
    }
  }
  // Telltale letters settle close calls ("conoce a Lucía" has few function words).
  if (margin(counts) < 3) {
    for (const t of sources) {
      const chars = Math.min(t.text.length, SAMPLE_CHARS);
      for (let i = 0; i < chars; i++) {
        const c = t.text.charCodeAt(i);
        if (c < 0xa1) continue;
        const mask = BY_LETTER.get(c);
        if (mask !== undefined) credit(counts, mask, LETTER_WEIGHT / popcount(mask));
      }
    }
  }
  let best = 0;
  for (let bit = 1; bit < PACKS.length; bit++)
    if ((counts[bit] ?? 0) > (counts[best] ?? 0)) best = bit;
  return PACKS[best]?.code ?? "en";
}

/** The highest count less the second highest (0 on a tie). */
function margin(counts: readonly number[]): number {
  let first = 0;
  let second = 0;
  for (let k = 0; k < counts.length; k++) {
    const x = counts[k] ?? 0;
    if (k === 0 || x > first) {
      if (k > 0) second = first;
      first = x;
    } else if (k === 1 || x > second) second = x;
  }
  return counts.length < 2 ? first : first - second;
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
