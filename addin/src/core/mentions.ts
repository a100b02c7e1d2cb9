// Where the recipients appear in the text and in what role: addressed ("Juan — …"), described
// ("Sue runs …"), paired ("Juan <> Sue"), or just mentioned.

import type { Greeting } from "./greeting";
import type { Names } from "./names";
import type { Hit } from "./patterns";
import { PACKS } from "./phrases";
import { fold } from "./text";
import { Break, Gap, gapAfter, type Tokens, wordAt } from "./tokens";

export interface Mentions {
  /** First token naming each candidate (-1 when never named). */
  first: number[];
  /** Token after which each candidate is described ("Sue |runs growth"), -1 when not. */
  described: number[];
  /** The description is an apposition ("meet Sue, |our head of growth"), not a clause. */
  appositive: boolean[];
  /** Candidates addressed at the start of a line or sentence, with where. */
  vocatives: Array<{ who: number; at: number }>;
  /** Candidates that were addressed and then told about another recipient. */
  toldAboutOther: Set<number>;
  /** Pairs written "A <> B" / "A ↔ B". */
  arrowPairs: Array<[number, number]>;
  /** The text is nothing but two recipients' names, each its own sentence ("Monsieur Lavoie. Monsieur Bélanger."). */
  namesOnly: boolean;
}

const DESCRIBES = new Set(PACKS.flatMap((p) => p.describes.map(fold)));
const TITLES = new Set(PACKS.flatMap((p) => p.titles.map(fold)));
const RELATIVE = new Set(["who", "die", "der", "qui", "que", "quien", "quem", "whose"]);
const PRONOUN = new Set([
  "she",
  "he",
  "they",
  "she's",
  "he's",
  "they're",
  "i",
  "we",
  "you",
  "sie",
  "er",
  "elle",
  "il",
  "ella",
  "el",
  "ze",
  "hij",
  "zij",
  "ela",
  "ele",
  "and",
  "und",
  "et",
  "y",
  "e",
  "en",
  "please",
  "bitte",
]);

/** Skips the other words of the same person's name ("Sue |Lee is"). */
function afterName(t: Tokens, names: Names, i: number, who: number): number {
  let j = i + 1;
  while (j < t.count && j < i + 3 && (t.brk[j] ?? 0) === Break.None && names.who(t, j) === who) j++;
  return j;
}

function describesAt(t: Tokens, j: number): boolean {
  if (j >= t.count) return false;
  const word = wordAt(t, j);
  if (!DESCRIBES.has(word)) return false;
  // Folding makes Portuguese "é" (is) and "e" (and) the same word.
  if (word === "e") return t.text.charAt(t.start[j] ?? 0) !== "e";
  const brk = t.brk[j] ?? 0;
  return brk === Break.None || (brk === Break.Clause && RELATIVE.has(word));
}

/** "meet Sue, our head of growth" / "je te présente Hugo, fondateur de Solstice". */
function isApposition(t: Tokens, j: number): boolean {
  if (
    j >= t.count ||
    ((t.gap[j] ?? 0) & (Gap.Comma | Gap.Paren)) === 0 ||
    (t.brk[j] ?? 0) > Break.Clause
  )
    return false;
  const c = t.text.charCodeAt(t.start[j] ?? 0);
  return c >= 0x61 && c <= 0x7a && !PRONOUN.has(wordAt(t, j)) && !RELATIVE.has(wordAt(t, j));
}

/** Index of the first entry of the ascending list greater than at (the list's length when none is). */
function firstAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findMentions(
  t: Tokens,
  names: Names,
  candidates: number,
  greeting: Greeting,
  hits: readonly Hit[]
): Mentions {
  const first = new Array<number>(candidates).fill(-1);
  const described = new Array<number>(candidates).fill(-1);
  const appositive = new Array<boolean>(candidates).fill(false);
  const vocatives: Array<{ who: number; at: number }> = [];
  const arrowPairs: Array<[number, number]> = [];
  const introduced = new Set<number>();
  for (const h of hits) if (h.cue.weight > 0) for (const n of h.names) introduced.add(n);
  if (greeting.named.length === 1 && greeting.named[0] !== undefined)
    vocatives.push({ who: greeting.named[0], at: 0 });

  let previous = -1;
  let previousEnd = -1;
  // Only names can be mentions: walk the annotation's list of them rather than every token.
  const { who: whoAt, named } = names.annotate(t);
  let from = greeting.end;
  for (const i of named) {
    if (i < from) continue;
    const who = whoAt[i] ?? -1;
    if (who < 0) continue; // NAME_LIKE: no recipient
    if (first[who] === -1) first[who] = i;
    const next = afterName(t, names, i, who);
    const brk = t.brk[i] ?? 0;
    if (described[who] === -1 && describesAt(t, next)) described[who] = next;
    else if (described[who] === -1 && introduced.has(i) && isApposition(t, next)) {
      described[who] = next;
      appositive[who] = true;
    }
    if (
      (brk >= Break.Line || i === greeting.end) &&
      (gapAfter(t, next - 1) & (Gap.Comma | Gap.Dash)) !== 0 &&
      !describesAt(t, next)
    ) {
      vocatives.push({ who, at: i });
    }
    if (previous !== -1 && previous !== who && previousEnd === i && (t.gap[i] ?? 0) & Gap.Arrow) {
      arrowPairs.push([previous, who]);
    }
    previous = who;
    previousEnd = next;
    from = next;
  }

  const toldAboutOther = new Set<number>();
  vocatives.forEach((v, k) => {
    const until = Math.min(t.count, vocatives[k + 1]?.at ?? t.count, v.at + 80);
    for (let n = firstAfter(named, v.at); n < named.length; n++) {
      const j = named[n] ?? 0;
      if (j >= until) break;
      const other = whoAt[j] ?? -1;
      if (other < 0 || other === v.who) continue;
      if (introduced.has(j) || describesAt(t, afterName(t, names, j, other))) {
        toldAboutOther.add(v.who);
        break;
      }
    }
  });
  return {
    first,
    described,
    appositive,
    vocatives,
    toldAboutOther,
    arrowPairs,
    namesOnly: onlyNames(t, whoAt),
  };
}

// How etiquette books have men introduced to each other: one name, then the other, and no more. A
// greeting that names both ("Anna, Tom,") runs on in the same sentence and is not this.
function onlyNames(t: Tokens, whoAt: Int32Array): boolean {
  const seen: number[] = [];
  let last = -1;
  let ended = false; // a sentence ended since the last name
  for (let i = 0; i < t.count; i++) {
    if ((t.brk[i] ?? 0) === Break.Sentence) ended = true;
    const who = whoAt[i] ?? -1;
    if (who < 0) {
      if (!TITLES.has(wordAt(t, i))) return false;
      continue;
    }
    if (who === last && !ended) continue;
    if (seen.includes(who) || (seen.length > 0 && !ended)) return false;
    seen.push(who);
    last = who;
    ended = false;
  }
  return seen.length === 2;
}
