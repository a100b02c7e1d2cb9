// The vocabulary: every word some matcher looks for (phrase words, a language's frequent words),
// numbered once when the modules load. The tokenizer numbers each token as it reads it, hashing the
// characters it is already looking at and comparing them with the candidate's, so matchers compare
// small integers instead of hashing and comparing strings, and a token that is a vocabulary word
// shares the vocabulary's string instead of cutting its own.
export const VOCAB: string[] = [];
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
export function findChars(cs: Uint16Array, from: number, to: number, h: number): number {
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
export const STARTS: number[] = [];

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
