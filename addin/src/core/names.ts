// Which recipient a word in the text refers to, and whether a word can be someone's name at all.

import { ints } from "./arena";
import { PACKS } from "./phrases";
import type { Candidate } from "./recipients";
import { fold, isUpperAt } from "./text";
import { Break, Lead, pairOf, type Tokens, wordAt } from "./tokens";

/** Words that are never taken for an unknown person's name, and recipient keys that need a capital. */
const COMMON = new Set<string>();
for (const p of PACKS) {
  for (const list of [
    p.stopwords,
    p.greetings,
    p.groupWords,
    p.bothWords,
    p.connectives,
    p.titles,
    p.notNames,
    p.describes,
  ]) {
    for (const w of list) COMMON.add(fold(w));
  }
}
// Names that are also everyday English words.
for (const w of [
  "will",
  "may",
  "mark",
  "bill",
  "rose",
  "grant",
  "hope",
  "joy",
  "art",
  "dean",
  "faith",
  "june",
  "april",
  "summer",
  "chase",
  "frank",
  "guy",
  "jack",
  "max",
  "amber",
  "sky",
  "page",
  "drew",
  "pat",
  "rob",
  "sue",
  "don",
  "ken",
  "sam",
  "dan",
  "ben",
  "ray",
  "glen",
  "iris",
  "ivy",
  "lily",
  "miles",
  "norm",
  "ward",
  "wade",
  "jay",
  "sol",
  "said",
  "van",
  "long",
  "young",
  "king",
  "brown",
  "white",
  "black",
  "green",
  "little",
]) {
  COMMON.add(w);
}

/** In Annotation.who: names no recipient, but may stand for a person (a placeholder, a capitalised unknown word). */
const NAME_LIKE = -2;

/**
 * Per token of one text: the candidate it names, NAME_LIKE, or -1 (no name at all). Any value but
 * -1 means the token can stand for a person (fill an @ slot).
 */
export interface Annotation {
  who: Int32Array;
  /** The tokens whose who is not -1, in order. */
  named: number[];
}

export class Names {
  private readonly byKey = new Map<string, number>();
  private readonly annotations = new Map<Tokens, Annotation>();
  /** The tokens annotated last, looked up without the map: who() is asked about them again and again. */
  private lastTokens: Tokens | null = null;
  private lastAnnotation: Annotation | null = null;

  /**
   * First two letters of the keys (see pairOf), so most words are ruled out without a map look-up:
   * bit b of gate[a] is set when a key starts with letters a, b (see tokenize). Keys have at least
   * two letters, and cutting "'s" off a word of three or more keeps its first two.
   */
  readonly gate: number[] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ];

  constructor(candidates: readonly Candidate[]) {
    candidates.forEach((c, index) => {
      for (const key of c.keys) {
        if (!this.byKey.has(key)) this.byKey.set(key, index);
        const pair = pairOf(key);
        this.gate[pair >> 5] = (this.gate[pair >> 5] ?? 0) | (1 << (pair & 31));
      }
    });
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Reads every token once; who() and isName() are then array look-ups. */
  annotate(t: Tokens): Annotation {
    if (t === this.lastTokens && this.lastAnnotation !== null) return this.lastAnnotation;
    let a = this.annotations.get(t);
    if (a === undefined) {
      a = this.read(t);
      this.annotations.set(t, a);
    }
    this.lastTokens = t;
    this.lastAnnotation = a;
    return a;
  }

  private read(t: Tokens): Annotation {
    const n = t.count;
    // Filled up front, then set where a word is a name: most words are not.
    const who = ints(n).fill(-1);
    const named: number[] = [];
    const { lead } = t;
    const gate = this.gate;
    const any = this.byKey.size > 0;
    // Read with this gate, the tokenizer has listed the only tokens worth a look.
    const listed = t.gate === gate ? t.mayName : null;
    const stop = listed !== null ? listed.length : n;
    for (let k = 0; k < stop; k++) {
      const i = listed !== null ? (listed[k] ?? 0) : k;
      const l = lead[i] ?? 0;
      if (any && (((gate[(l >> 5) & 31] ?? 0) >> (l & 31)) & 1) === 1) {
        const w = this.lookUp(t, i);
        if (w !== -1) {
          who[i] = w;
          named.push(i);
          continue;
        }
      }
      // A placeholder, or a word written with a capital (or a letter beyond ASCII) that may be a name.
      if ((l & Lead.Placeholder) !== 0 || ((l & Lead.Capital) !== 0 && isUnknownName(t, i))) {
        who[i] = NAME_LIKE;
        named.push(i);
      }
    }
    return { who, named };
  }

  /** The candidate token i names, or -1. */
  who(t: Tokens, i: number): number {
    const w = this.annotate(t).who[i] ?? -1;
    return w >= 0 ? w : -1;
  }

  /** Whether token i can stand for a person: a recipient, a template placeholder, or a capitalised unknown word. */
  isName(t: Tokens, i: number): boolean {
    return (this.annotate(t).who[i] ?? -1) !== -1;
  }

  // Everyday words ("Will", "Sue") name someone only when capitalised.
  private lookUp(t: Tokens, i: number): number {
    if (this.byKey.size === 0) return -1;
    let word = wordAt(t, i);
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
  const word = wordAt(t, i);
  if (word.length < 2 || (t.brk[i] ?? 0) === Break.Sentence) return false;
  const c = t.text.charCodeAt(t.start[i] ?? 0);
  if (c >= 0x61 && c <= 0x7a) return false; // ASCII lower case: the common case, decided cheaply
  if (!isUpperAt(t.text, t.start[i] ?? 0)) return false;
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (COMMON.has(base) || hasDigit(base)) return false;
  // ALL-CAPS words are acronyms or shouting, not names.
  const from = t.start[i] ?? 0;
  const to = t.end[i] ?? 0;
  if (to - from < 2) return true;
  let ascii = true;
  for (let k = from; k < to; k++) {
    const d = t.text.charCodeAt(k);
    if (d >= 0x61 && d <= 0x7a) return true; // a lower-case letter: not all caps
    if (d >= 0x80) ascii = false;
  }
  if (ascii) return false; // upper case already
  const raw = t.text.slice(from, to);
  return raw !== raw.toUpperCase();
}

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

export function isCommonWord(word: string): boolean {
  return COMMON.has(word);
}
