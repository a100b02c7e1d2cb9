// Helpers for the languages' request wording: what is said about the other person, and the reason
// rewrites ("you both" → "you and Sue").

import { LETTER } from "../unicode";

/**
 * Replaces every match, keeping a capital first letter when the match had one. A whole-words
 * pattern (wholeWords) keeps the character it matched before the words.
 */
function swap(text: string, pattern: RegExp, replacement: string, whole: boolean): string {
  return text.replace(pattern, (match: string, before: unknown, words: unknown) => {
    const kept = whole ? String(before) : "";
    const found = whole ? String(words) : match;
    const first = found.charAt(0);
    if (first !== first.toLowerCase() && replacement.length > 0) {
      return kept + replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return kept + replacement;
  });
}

/** Applies [pattern, replacement] pairs in order. */
export function swapAll(text: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  let out = text;
  for (const [pattern, replacement] of rules) out = swap(out, pattern, replacement, false);
  return out;
}

/**
 * Applies [words, replacement] pairs in order, where `words` (a pattern) matches only with no
 * letter of any script right before or after it. `flags` are added to g and u.
 */
export function swapWords(
  text: string,
  rules: ReadonlyArray<readonly [string, string]>,
  flags = ""
): string {
  let out = text;
  for (const [words, replacement] of rules) {
    // (?<!\p{L}) in the words of ECMAScript 2016: the character before is matched and kept.
    const pattern = new RegExp(`(^|[^${LETTER}])(${words})(?![${LETTER}])`, `gu${flags}`);
    out = swap(out, pattern, replacement, true);
  }
  return out;
}

/**
 * What follows the other's name in "I'd like to introduce you to …": for a clause, a sentence of
 * its own with their name (". Sue leitet das Team.", where a relative clause would move the verb)
 * or, given a relative pronoun, a relative clause (", que dirige el equipo."); an apposition as it
 * is (", Gründerin von X."); "." when the draft says nothing about them.
 */
export function aboutOther(relative?: string) {
  return (otherFirst: string, about: string, isClause: boolean): string => {
    if (!about) return ".";
    if (!isClause) return `, ${about}.`;
    return relative ? `, ${relative} ${about}.` : `. ${otherFirst} ${about}.`;
  };
}
