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

import { Break, type Tokens } from "./tokens";
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
}

interface Slot {
  words: ReadonlySet<string> | null;
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

const NAME_KEY = "@";
const MAX_HITS_PER_PATTERN = 16;

function compileSlot(raw: string): Slot {
  const skip = /^\[?~(\d)\]?$/.exec(raw);
  if (skip !== null) return { words: null, prefixes: null, optional: false, skip: Number(skip[1]), name: false };
  const optional = raw.startsWith("[") && raw.endsWith("]");
  const body = optional ? raw.slice(1, -1) : raw;
  if (body === "@") return { words: null, prefixes: null, optional, skip: 0, name: true };
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of body.split("|")) {
    if (alt === "") continue;
    if (alt.endsWith("*")) prefixes.push(fold(alt.slice(0, -1)));
    else words.add(fold(alt));
  }
  return { words, prefixes: prefixes.length > 0 ? prefixes : null, optional, skip: 0, name: false };
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Pattern[]>();
  private count = 0;

  add(specs: readonly CueSpec[], lang: LanguageCode): void {
    for (const spec of specs) {
      const cue: Cue = { kind: spec.kind, weight: spec.weight, says: spec.says, lang };
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
    const keys = first.name ? [NAME_KEY] : [...(first.words ?? [])];
    for (const key of keys) {
      const list = this.byFirst.get(key);
      if (list === undefined) this.byFirst.set(key, [pattern]);
      else list.push(pattern);
    }
  }

  /** Every match in the tokens; canName[i] says whether token i can fill an @ slot. */
  scan(t: Tokens, canName: Uint8Array): Hit[] {
    const hits: Hit[] = [];
    const perPattern = new Uint8Array(this.count);
    const names: number[] = [];
    const byName = this.byFirst.get(NAME_KEY);
    for (let i = 0; i < t.count; i++) {
      const byWord = this.byFirst.get(t.words[i] ?? "");
      if (byWord !== undefined) this.tryAll(byWord, t, i, canName, perPattern, names, hits);
      if (byName !== undefined && canName[i] !== 0) this.tryAll(byName, t, i, canName, perPattern, names, hits);
    }
    return hits;
  }

  private tryAll(list: readonly Pattern[], t: Tokens, i: number, canName: Uint8Array, perPattern: Uint8Array, names: number[], hits: Hit[]): void {
    for (const p of list) {
      if (p.clauseStart && i > 0 && (t.brk[i] ?? 0) === Break.None) continue;
      if ((perPattern[p.id] ?? 0) >= MAX_HITS_PER_PATTERN) continue;
      if (p.needs !== null && !present(p.needs, t, i + 1, i + p.within)) continue;
      if (names.length > 0) names.length = 0;
      if (p.slots[0]?.name === true) names.push(i);
      const last = matchFrom(p.slots, 1, t, i + 1, names, canName);
      if (last < 0) continue;
      perPattern[p.id] = (perPattern[p.id] ?? 0) + 1;
      hits.push({ cue: p.cue, first: i, last, names: names.length > 0 ? names.slice() : [] });
    }
  }
}

/** Whether a token in [from, to] fills the slot, without crossing the end of a sentence. */
function present(slot: Slot, t: Tokens, from: number, to: number): boolean {
  const end = Math.min(to, t.count - 1);
  for (let j = from; j <= end; j++) {
    if ((t.brk[j] ?? 0) === Break.Sentence) return false;
    if (slotMatches(slot, t.words[j] ?? "")) return true;
  }
  return false;
}

function slotMatches(slot: Slot, word: string): boolean {
  if (slot.words?.has(word) === true) return true;
  if (slot.prefixes !== null) for (const p of slot.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** Index of the last matched token, or -1. j is the next token to consume. */
function matchFrom(slots: Slot[], s: number, t: Tokens, j: number, names: number[], canName: Uint8Array): number {
  if (s === slots.length) return j - 1;
  const slot = slots[s];
  if (slot === undefined) return -1;
  const available = j < t.count && (t.brk[j] ?? 0) !== Break.Sentence;
  if (slot.skip > 0) {
    let k = j;
    for (let skipped = 0; skipped <= slot.skip; skipped++) {
      const r = matchFrom(slots, s + 1, t, k, names, canName);
      if (r >= 0) return r;
      if (k >= t.count || (t.brk[k] ?? 0) === Break.Sentence) break;
      k++;
    }
    return -1;
  }
  if (available) {
    const ok = slot.name ? canName[j] !== 0 : slotMatches(slot, t.words[j] ?? "");
    if (ok) {
      if (slot.name) names.push(j);
      const r = matchFrom(slots, s + 1, t, j + 1, names, canName);
      if (r >= 0) return r;
      if (slot.name) names.pop();
    }
  }
  return slot.optional ? matchFrom(slots, s + 1, t, j, names, canName) : -1;
}
