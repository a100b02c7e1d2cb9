// A tiny phrase language over tokens, so each language file can list its wording plainly and the
// matcher still runs in one pass: patterns are indexed by their first word and only tried where
// that word occurs.
//
//   word|other      one token, any of the alternatives ("introduc*" matches by prefix)
//   [word|other]    an optional token
//   ~3              skip up to three tokens
//   @               a person's name: a recipient's name, a template placeholder, or a capitalised word
//   ^               (before the first slot) only at the start of a clause
//
// A pattern never crosses the end of a sentence.

import type { Annotation } from "./names";
import { Break, type Tokens, wordAt } from "./tokens";
import { markStarter, wordId } from "./vocabulary";
import { fold } from "./text";
import type { LanguageCode } from "./types";

export type CueKind =
  | "intro" // asks the two recipients to meet
  | "loop" // brings a named person into the thread
  | "handoff" // the connector steps out
  | "dual" // talks to the two of them ("you two", "each other")
  | "reason" // why they should meet
  | "optIn" // asks one person whether they want an intro
  | "bccMove" // moves the introducer to Bcc
  | "thanksIntro" // an introducee thanking the connector
  | "replyGreeting" // "great to meet you"
  | "askIntro" // asks someone for an introduction
  | "selfIntro"
  | "announce" // a product, policy or new hire introduced to a list
  | "event"
  | "newsletter"
  | "schedule"
  | "status"
  | "thanks"
  | "assistant"
  | "forward";

export interface CueSpec {
  kind: CueKind;
  weight: number;
  /** How the signal reads to the connector, in English whatever the draft's language (the task pane's language). */
  says: string;
  patterns: readonly string[];
}

export interface Cue {
  kind: CueKind;
  weight: number;
  says: string;
  lang: LanguageCode;
  /** kind|says|lang: cues that read the same to the connector share it. */
  key: string;
}

interface Slot {
  /** Vocabulary numbers of the words (see wordId). */
  words: ReadonlySet<number> | null;
  /** Bit (id & 31) of each of them: most words are ruled out without a set look-up. */
  bits: number;
  prefixes: readonly string[] | null;
  optional: boolean;
  skip: number;
  name: boolean;
}

interface Pattern {
  id: number;
  cue: Cue;
  slots: Slot[];
  clauseStart: boolean;
  /** The first required word slot after the first, and how far past the start it can be: a cheap pre-check. */
  needs: Slot | null;
  within: number;
}

function preCheck(slots: readonly Slot[]): { needs: Slot | null; within: number } {
  let within = 1;
  for (let k = 1; k < slots.length; k++) {
    const slot = slots[k];
    if (slot === undefined) break;
    if (slot.skip > 0) within += slot.skip;
    else if (slot.optional || slot.name) within += 1;
    else return { needs: slot, within };
  }
  return { needs: null, within: 0 };
}

export interface Hit {
  cue: Cue;
  first: number;
  last: number;
  /** Token indices matched by @ slots. */
  names: number[];
}

const MAX_HITS_PER_PATTERN = 16;

function compileSlot(raw: string): Slot {
  const skip = /^\[?~(\d)\]?$/.exec(raw);
  if (skip !== null)
    return {
      words: null,
      bits: 0,
      prefixes: null,
      optional: false,
      skip: Number(skip[1]),
      name: false,
    };
  const optional = raw.startsWith("[") && raw.endsWith("]");
  const body = optional ? raw.slice(1, -1) : raw;
  if (body === "@") return { words: null, bits: 0, prefixes: null, optional, skip: 0, name: true };
  const words = new Set<number>();
  let bits = 0;
  const prefixes: string[] = [];
  for (const alt of body.split("|")) {
    if (alt === "") continue;
    if (alt.endsWith("*")) prefixes.push(fold(alt.slice(0, -1)));
    else {
      const id = wordId(fold(alt));
      words.add(id);
      bits |= 1 << (id & 31);
    }
  }
  return {
    words,
    bits,
    prefixes: prefixes.length > 0 ? prefixes : null,
    optional,
    skip: 0,
    name: false,
  };
}

export class PhraseIndex {
  /** Patterns by the vocabulary number of their first word. */
  private readonly byFirst: Array<Pattern[] | undefined> = [];
  /** Patterns that start with @. */
  private readonly byName: Pattern[] = [];
  private count = 0;
  private perPattern = new Uint8Array(0);
  /**
   * Pre-check shared by all patterns that start with @ (tried at every name): the words their
   * pre-checks need and how far ahead; null when one of them has no such word. Built on first scan.
   */
  private nameNeeds: { words: Set<number>; within: number } | null | undefined;
  /** Titles an @ may step over ("presentarte al Sr. Moisés", "esta é a Dra. Margareth"). */
  private readonly titles = new Set<number>();

  addTitles(words: readonly string[]): void {
    for (const w of words) this.titles.add(wordId(fold(w)));
  }

  add(specs: readonly CueSpec[], lang: LanguageCode): void {
    for (const spec of specs) {
      const cue: Cue = {
        kind: spec.kind,
        weight: spec.weight,
        says: spec.says,
        lang,
        key: `${spec.kind}|${spec.says}|${lang}`,
      };
      for (const source of spec.patterns) this.addPattern(source, cue);
    }
  }

  private addPattern(source: string, cue: Cue): void {
    let text = source.trim();
    const clauseStart = text.startsWith("^");
    if (clauseStart) text = text.slice(1);
    const slots = text.split(/\s+/).map(compileSlot);
    const first = slots[0];
    if (first === undefined || first.optional || first.skip > 0 || first.prefixes !== null) {
      throw new Error(`pattern must start with a plain word or @: "${source}"`);
    }
    const pattern: Pattern = { id: this.count++, cue, slots, clauseStart, ...preCheck(slots) };
    if (first.name) {
      this.byName.push(pattern);
      this.nameNeeds = undefined;
      return;
    }
    for (const key of first.words ?? []) {
      markStarter(key);
      while (this.byFirst.length <= key) this.byFirst.push(undefined);
      const list = this.byFirst[key];
      if (list === undefined) this.byFirst[key] = [pattern];
      else list.push(pattern);
    }
  }

  /**
   * Every match in the tokens, trying phrases only where they can start: at the tokens listed in
   * t.starters and at names. Token i can fill an @ slot when names.who[i] is not -1.
   */
  scan(t: Tokens, names: Annotation): Hit[] {
    const hits: Hit[] = [];
    // Hits so far per pattern: kept between scans and reset below, since a scan touches few patterns.
    if (this.perPattern.length !== this.count) this.perPattern = new Uint8Array(this.count);
    const perPattern = this.perPattern;
    perPattern.fill(0);
    const slotNames: number[] = [];
    const { byFirst, byName } = this;
    if (this.nameNeeds === undefined) this.nameNeeds = sharedNeeds(byName);
    const nameNeeds = this.nameNeeds;
    const { ids, starters } = t;
    const { who, named } = names;
    // Both lists are in token order; at a token that is both, word phrases come first.
    let p = 0;
    let q = 0;
    while (p < starters.length || q < named.length) {
      const s = p < starters.length ? (starters[p] ?? 0) : t.count;
      const m = q < named.length ? (named[q] ?? 0) : t.count;
      if (s <= m) {
        p++;
        const byWord = byFirst[ids[s] ?? -1];
        if (byWord !== undefined) this.tryAll(byWord, t, s, who, perPattern, slotNames, hits);
      }
      if (m <= s) {
        q++;
        if (
          byName.length > 0 &&
          (nameNeeds === null || anyAhead(nameNeeds.words, t, m + 1, m + nameNeeds.within))
        ) {
          this.tryAll(byName, t, m, who, perPattern, slotNames, hits);
        }
      }
    }
    return hits;
  }

  private tryAll(
    list: readonly Pattern[],
    t: Tokens,
    i: number,
    who: Int32Array,
    perPattern: Uint8Array,
    names: number[],
    hits: Hit[]
  ): void {
    for (const p of list) {
      if (p.clauseStart && i > 0 && (t.brk[i] ?? 0) === Break.None) continue;
      if ((perPattern[p.id] ?? 0) >= MAX_HITS_PER_PATTERN) continue;
      if (p.needs !== null && !present(p.needs, t, i + 1, i + p.within)) continue;
      if (names.length > 0) names.length = 0;
      if (p.slots[0]?.name === true) names.push(i);
      const last = matchFrom(p.slots, 1, t, i + 1, names, who, this.titles);
      if (last < 0) continue;
      perPattern[p.id] = (perPattern[p.id] ?? 0) + 1;
      hits.push({ cue: p.cue, first: i, last, names: names.length > 0 ? names.slice() : [] });
    }
  }
}

/** The union of the patterns' pre-checks, when each has one made of plain words. */
function sharedNeeds(patterns: readonly Pattern[]): { words: Set<number>; within: number } | null {
  const words = new Set<number>();
  let within = 0;
  for (const p of patterns) {
    if (p.needs === null || p.needs.words === null || p.needs.prefixes !== null) return null;
    for (const w of p.needs.words) words.add(w);
    within = Math.max(within, p.within);
  }
  return { words, within };
}

/** Whether a token in [from, to] is one of the words, without crossing the end of a sentence: when not, no pre-check of the union passes. */
function anyAhead(words: ReadonlySet<number>, t: Tokens, from: number, to: number): boolean {
  const end = Math.min(to, t.count - 1);
  for (let j = from; j <= end; j++) {
    if ((t.brk[j] ?? 0) === Break.Sentence) return false;
    const id = t.ids[j] ?? -1;
    if (id >= 0 && words.has(id)) return true;
  }
  return false;
}

/** Whether a token in [from, to] fills the slot, without crossing the end of a sentence. */
function present(slot: Slot, t: Tokens, from: number, to: number): boolean {
  const end = Math.min(to, t.count - 1);
  for (let j = from; j <= end; j++) {
    if ((t.brk[j] ?? 0) === Break.Sentence) return false;
    if (slotMatches(slot, t, j)) return true;
  }
  return false;
}

function slotMatches(slot: Slot, t: Tokens, j: number): boolean {
  const id = t.ids[j] ?? -1;
  if (id >= 0 && (slot.bits & (1 << (id & 31))) !== 0 && slot.words?.has(id) === true) return true;
  if (slot.prefixes !== null) {
    const word = wordAt(t, j);
    for (const p of slot.prefixes) if (word.startsWith(p)) return true;
  }
  return false;
}

/** Index of the last matched token, or -1. j is the next token to consume. */
function matchFrom(
  slots: Slot[],
  s: number,
  t: Tokens,
  j: number,
  names: number[],
  who: Int32Array,
  titles: ReadonlySet<number>
): number {
  if (s === slots.length) return j - 1;
  const slot = slots[s];
  if (slot === undefined) return -1;
  const available = j < t.count && (t.brk[j] ?? 0) !== Break.Sentence;
  if (slot.skip > 0) {
    let k = j;
    for (let skipped = 0; skipped <= slot.skip; skipped++) {
      const r = matchFrom(slots, s + 1, t, k, names, who, titles);
      if (r >= 0) return r;
      if (k >= t.count || (t.brk[k] ?? 0) === Break.Sentence) break;
      k++;
    }
    return -1;
  }
  if (available) {
    // A title in front of the name ("Sr. Moisés") is part of it.
    const at =
      slot.name &&
      titles.has(t.ids[j] ?? -1) &&
      j + 1 < t.count &&
      (t.brk[j + 1] ?? 0) !== Break.Sentence
        ? j + 1
        : j;
    const ok = slot.name ? (who[at] ?? -1) !== -1 : slotMatches(slot, t, j);
    if (ok) {
      if (slot.name) names.push(at);
      const r = matchFrom(slots, s + 1, t, at + 1, names, who, titles);
      if (r >= 0) return r;
      if (slot.name) names.pop();
    }
  }
  return slot.optional ? matchFrom(slots, s + 1, t, j, names, who, titles) : -1;
}
