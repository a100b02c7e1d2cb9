// Which recipient a word in the text refers to, and whether a word can be someone's name at all.

import { PACKS } from "./phrases";
import type { Candidate } from "./recipients";
import { fold, isUpperAt } from "./text";
import { Break, PLACEHOLDER, type Tokens } from "./tokens";

/** Words that are never taken for an unknown person's name, and recipient keys that need a capital. */
const COMMON = new Set<string>();
for (const p of PACKS) {
  for (const list of [p.stopwords, p.greetings, p.groupWords, p.bothWords, p.connectives, p.titles, p.notNames, p.describes]) {
    for (const w of list) COMMON.add(fold(w));
  }
}
// Names that are also everyday English words.
for (const w of ["will", "may", "mark", "bill", "rose", "grant", "hope", "joy", "art", "dean", "faith", "june", "april", "summer", "chase", "frank", "guy", "jack", "max", "amber", "sky", "page", "drew", "pat", "rob", "sue", "don", "ken", "sam", "dan", "ben", "ray", "glen", "iris", "ivy", "lily", "miles", "norm", "ward", "wade", "jay", "sol", "said", "van", "long", "young", "king", "brown", "white", "black", "green", "little"]) {
  COMMON.add(w);
}

/** Per token of one text: the candidate it names (-1 none) and whether it can stand for a person. */
interface Annotation {
  who: Int32Array;
  canName: Uint8Array;
}

export class Names {
  private readonly byKey = new Map<string, number>();
  private readonly annotations = new Map<Tokens, Annotation>();

  /** First letters of the keys (a–z), so most words are ruled out without a map look-up. */
  private readonly firstLetters = new Uint8Array(27);

  constructor(candidates: readonly Candidate[]) {
    candidates.forEach((c, index) => {
      for (const key of c.keys) {
        if (!this.byKey.has(key)) this.byKey.set(key, index);
        const f = key.charCodeAt(0) - 0x61;
        this.firstLetters[f >= 0 && f < 26 ? f : 26] = 1;
      }
    });
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Reads every token once; who() and canName() are then array look-ups. */
  annotate(t: Tokens): Annotation {
    const known = this.annotations.get(t);
    if (known !== undefined) return known;
    const who = new Int32Array(t.count).fill(-1);
    const canName = new Uint8Array(t.count);
    const { words, text, start } = t;
    const letters = this.firstLetters;
    for (let i = 0; i < t.count; i++) {
      const word = words[i] ?? "";
      const f = word.charCodeAt(0) - 0x61;
      const w = letters[f >= 0 && f < 26 ? f : 26] === 1 ? this.lookUp(t, i) : -1;
      who[i] = w;
      if (w !== -1 || word === PLACEHOLDER) canName[i] = 1;
      else {
        const c = text.charCodeAt(start[i] ?? 0);
        canName[i] = (c < 0x41 || c > 0x5a) && c < 0xc0 ? 0 : isUnknownName(t, i) ? 1 : 0;
      }
    }
    const a = { who, canName };
    this.annotations.set(t, a);
    return a;
  }

  /** The candidate token i names, or -1. */
  who(t: Tokens, i: number): number {
    return this.annotate(t).who[i] ?? -1;
  }

  /** Whether token i can stand for a person: a recipient, a template placeholder, or a capitalised unknown word. */
  isName(t: Tokens, i: number): boolean {
    return this.annotate(t).canName[i] === 1;
  }

  // Everyday words ("Will", "Sue") name someone only when capitalised.
  private lookUp(t: Tokens, i: number): number {
    if (this.byKey.size === 0) return -1;
    let word = t.words[i] ?? "";
    let index = this.byKey.get(word);
    if (index === undefined && word.endsWith("'s")) {
      word = word.slice(0, -2);
      index = this.byKey.get(word);
    }
    if (index === undefined) return -1;
    if (COMMON.has(word) && !isUpperAt(t.text, t.start[i] ?? 0)) return -1;
    return index;
  }
}

/** A capitalised word that is not a common word, not at the start of a sentence. */
export function isUnknownName(t: Tokens, i: number): boolean {
  const word = t.words[i] ?? "";
  if (word.length < 2 || (t.brk[i] ?? 0) === Break.Sentence) return false;
  const c = t.text.charCodeAt(t.start[i] ?? 0);
  if (c >= 0x61 && c <= 0x7a) return false; // ASCII lower case: the common case, decided cheaply
  if (!isUpperAt(t.text, t.start[i] ?? 0)) return false;
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (COMMON.has(base) || /\d/.test(base)) return false;
  // ALL-CAPS words are acronyms or shouting, not names.
  const raw = t.text.slice(t.start[i] ?? 0, t.end[i] ?? 0);
  return raw.length < 2 || raw !== raw.toUpperCase();
}

export function isCommonWord(word: string): boolean {
  return COMMON.has(word);
}
