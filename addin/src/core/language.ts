// Tells the draft's language by counting each language's frequent short words and telltale letters.

import { PACKS } from "./phrases";
import { fold } from "./text";
import type { Tokens } from "./tokens";
import type { LanguageCode } from "./types";

const BY_WORD = new Map<string, number>();
/** Per word: its languages and, since a word shared by several counts less for each, its share. */
const ENTRY = new Map<string, { mask: number; share: number }>();
const BY_LETTER = new Map<number, number>();
PACKS.forEach((p, bit) => {
  for (const w of p.stopwords) {
    const key = fold(w);
    BY_WORD.set(key, (BY_WORD.get(key) ?? 0) | (1 << bit));
  }
  for (const ch of p.letters) {
    for (const c of [ch, ch.toUpperCase()]) BY_LETTER.set(c.charCodeAt(0), (BY_LETTER.get(c.charCodeAt(0)) ?? 0) | (1 << bit));
  }
});

for (const [w, mask] of BY_WORD) ENTRY.set(w, { mask, share: 1 / popcount(mask) });

/** Enough to decide; long drafts need not be read to the end for this. */
const SAMPLE_WORDS = 160;
const SAMPLE_CHARS = 3000;
const LETTER_WEIGHT = 0.5;

export function detectLanguage(...sources: Tokens[]): LanguageCode {
  const counts = new Array<number>(PACKS.length).fill(0);
  const credit = (mask: number, share: number): void => {
    for (let bit = 0; bit < PACKS.length; bit++) if ((mask & (1 << bit)) !== 0) counts[bit] = (counts[bit] ?? 0) + share;
  };
  for (const t of sources) {
    const n = Math.min(t.count, SAMPLE_WORDS);
    for (let i = 0; i < n; i++) {
      const e = ENTRY.get(t.words[i] ?? "");
      if (e !== undefined) credit(e.mask, e.share);
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
        if (mask !== undefined) credit(mask, LETTER_WEIGHT / popcount(mask));
      }
    }
  }
  let best = 0;
  for (let bit = 1; bit < PACKS.length; bit++) if ((counts[bit] ?? 0) > (counts[best] ?? 0)) best = bit;
  return PACKS[best]?.code ?? "en";
}

function margin(counts: readonly number[]): number {
  const sorted = [...counts].sort((x, y) => y - x);
  return (sorted[0] ?? 0) - (sorted[1] ?? 0);
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
