// What the draft says about each party, and what it says to each of them.

import type { Greeting } from "./greeting";
import type { Mentions } from "./mentions";
import type { Names } from "./names";
import type { Hit } from "./patterns";
import { PACKS } from "./phrases";
import { hasNegative, sentencesOf, skipVocative, slice } from "./sentences";
import { fold } from "./text";
import { Break, Gap, type Tokens, wordAt } from "./tokens";

const TRAILING = new Set([
  "and",
  "und",
  "et",
  "y",
  "e",
  "en",
  "while",
  "whereas",
  "but",
  "aber",
  "mais",
  "pero",
  "maar",
  "mas",
  "who",
  "which",
  "whilst",
  "so",
  // Articles left before the next person's title ("… del Hospital del Mar y el Sr. Vidal").
  "el",
  "la",
  "los",
  "las",
  "the",
  "der",
  "die",
  "le",
  "les",
  "het",
  "o",
  "a",
  "os",
  "as",
]);
const RELATIVE = new Set(["who", "die", "der", "qui", "que", "quien", "quem"]);
const COPULA = /^(?:is|ist|est|es|é)\s+/i;
const MAX_ABOUT = 160;
const TITLES = new Set(PACKS.flatMap((p) => p.titles.map(fold)));

/**
 * What the party does, in the connector's words ("is an expert in XYZ"), "" when not said, and
 * whether it is a clause ("runs growth at Acme") rather than an apposition ("our head of growth").
 */
export function describe(
  t: Tokens,
  names: Names,
  mentions: Mentions,
  who: number
): { text: string; clause: boolean } {
  let i = mentions.described[who] ?? -1;
  if (i < 0) return { text: "", clause: false };
  const appositive = mentions.appositive[who] === true;
  const relative = appositive || (t.brk[i] ?? 0) !== Break.None || RELATIVE.has(wordAt(t, i));
  if (relative && !appositive) i++;
  let j = i;
  for (; j < t.count; j++) {
    if (j === i) continue;
    if ((t.brk[j] ?? 0) === Break.Sentence) break;
    const gap = t.gap[j] ?? 0;
    if (relative && (gap & (Gap.Comma | Gap.Dash | Gap.Paren)) !== 0) break;
    if ((gap & Gap.Dash) !== 0 && t.text.charAt((t.start[j] ?? 1) - 2) !== ":") break;
    if ((gap & Gap.Comma) !== 0 && t.text.charAt((t.start[j] ?? 1) - 2) === ";") break;
    // Up to the next person, and to their title ("… bei der Beispiel GmbH und Frau Wagner").
    const other = names.who(t, j);
    if (other !== -1 && other !== who) break;
    const titled = TITLES.has(wordAt(t, j)) && j + 1 < t.count ? names.who(t, j + 1) : -1;
    if (titled !== -1 && titled !== who) break;
  }
  while (j - 1 > i && TRAILING.has(wordAt(t, j - 1))) j--;
  let text = slice(t, i, j - 1).replace(/[.!?;,:]+$/, "");
  if (text.length > MAX_ABOUT) text = `${text.slice(0, MAX_ABOUT).replace(/\s+\S*$/, "")}…`;
  return { text, clause: !appositive };
}

/** "is an expert in XYZ" → "an expert in XYZ", for the server's one-line blurb. */
export function blurb(about: string): string {
  return about.replace(COPULA, "");
}

/**
 * What the draft says to one party after addressing them ("Juan — Sue has done what you're about
 * to do"), leaving out intro and hand-off sentences (the request replaces those) and the sentences
 * in skip (already used elsewhere).
 */
export function addressedText(
  t: Tokens,
  hits: readonly Hit[],
  greeting: Greeting,
  names: Names,
  mentions: Mentions,
  who: number,
  stopAt: number,
  skip: ReadonlySet<number> = new Set()
): string {
  const k = mentions.vocatives.findIndex((v) => v.who === who);
  const v = mentions.vocatives[k];
  if (v === undefined) return "";
  const from = v.at === 0 ? greeting.end : skipVocative(t, names, v.at);
  const until = Math.min(mentions.vocatives[k + 1]?.at ?? t.count, from + 160, stopAt);
  const parts: string[] = [];
  for (const s of sentencesOf(t, hits)) {
    const a = Math.max(s.first, from);
    const b = Math.min(s.last, until - 1);
    if (b - a < 2 || hasNegative(s) || s.introEnd >= 0 || skip.has(t.sentence[s.first] ?? -1))
      continue;
    parts.push(slice(t, a, b));
  }
  return parts.join(" ").trim();
}
