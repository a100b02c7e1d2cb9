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
// Words that turn a clause to the reader ("…, and you told me…"); not those that also mean she,
// they or his ("sie", "ihr", "su", "seu").
const THIRD_PERSON_TOO = new Set(["sie", "ihr", "ihnen", "su", "sus", "seu", "sua"]);
const TO_THE_READER = new Set(
  PACKS.flatMap((p) => p.secondPerson.map(fold)).filter((w) => !THIRD_PERSON_TOO.has(w))
);

/** Whether the clause from token j on speaks to the reader: "you told me", "and you said". */
function turnsToReader(t: Tokens, j: number): boolean {
  const w = wordAt(t, j);
  return TO_THE_READER.has(w) || (TRAILING.has(w) && TO_THE_READER.has(wordAt(t, j + 1)));
}

/**
 * What the party does, in the connector's words ("is an expert in XYZ"), "" when not said;
 * whether it is a clause ("runs growth at Acme") rather than an apposition ("our head of growth");
 * and where the sentence turns to the reader after it ("…, and you told me…"), -1 when it does not.
 */
export function describe(
  t: Tokens,
  names: Names,
  mentions: Mentions,
  who: number
): { text: string; clause: boolean; toReader: number } {
  let i = mentions.described[who] ?? -1;
  if (i < 0) return { text: "", clause: false, toReader: -1 };
  const appositive = mentions.appositive[who] === true;
  const relative = appositive || (t.brk[i] ?? 0) !== Break.None || RELATIVE.has(wordAt(t, i));
  if (relative && !appositive) i++;
  let j = i;
  let toReader = -1;
  for (; j < t.count; j++) {
    if (j === i) continue;
    if ((t.brk[j] ?? 0) === Break.Sentence) break;
    const gap = t.gap[j] ?? 0;
    if (relative && (gap & (Gap.Comma | Gap.Dash | Gap.Paren)) !== 0) break;
    if ((gap & Gap.Dash) !== 0 && t.text.charAt((t.start[j] ?? 1) - 2) !== ":") break;
    if ((gap & Gap.Comma) !== 0 && t.text.charAt((t.start[j] ?? 1) - 2) === ";") break;
    // "Juan is hiring his first data team, and you told me…": the rest is said to the reader.
    if ((gap & Gap.Comma) !== 0 && turnsToReader(t, j)) {
      toReader = j;
      break;
    }
    // Up to the next person, and to their title ("… bei der Beispiel GmbH und Frau Wagner").
    const other = names.who(t, j);
    if (other !== -1 && other !== who) break;
    const titled = TITLES.has(wordAt(t, j)) && j + 1 < t.count ? names.who(t, j + 1) : -1;
    if (titled !== -1 && titled !== who) break;
  }
  while (j - 1 > i && TRAILING.has(wordAt(t, j - 1))) j--;
  let text = slice(t, i, j - 1).replace(/[.!?;,:]+$/, "");
  if (text.length > MAX_ABOUT) text = `${text.slice(0, MAX_ABOUT).replace(/\s+\S*$/, "")}…`;
  return { text, clause: !appositive, toReader };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "is an expert in XYZ" → "an expert in XYZ", for the server's one-line blurb. */
export function blurb(about: string): string {
  return about.replace(COPULA, "");
}

/**
 * What the draft says to one party after addressing them ("Juan — Sue has done what you're about
 * to do"), leaving out intro and hand-off sentences (the request replaces those) and what skip
 * says was used elsewhere: a sentence's tokens before the one it maps that sentence to.
 */
export function addressedText(
  t: Tokens,
  hits: readonly Hit[],
  greeting: Greeting,
  names: Names,
  mentions: Mentions,
  who: number,
  stopAt: number,
  skip: ReadonlyMap<number, number> = new Map()
): string {
  const k = mentions.vocatives.findIndex((v) => v.who === who);
  const v = mentions.vocatives[k];
  if (v === undefined) return "";
  const from = v.at === 0 ? greeting.end : skipVocative(t, names, v.at);
  const until = Math.min(mentions.vocatives[k + 1]?.at ?? t.count, from + 160, stopAt);
  const parts: string[] = [];
  for (const s of sentencesOf(t, hits)) {
    let a = Math.max(s.first, from, skip.get(t.sentence[s.first] ?? -1) ?? 0);
    while (a < s.last && a > s.first && TRAILING.has(wordAt(t, a))) a++;
    const b = Math.min(s.last, until - 1);
    if (b - a < 2 || hasNegative(s) || s.introEnd >= 0) continue;
    parts.push(sentenceCase(slice(t, a, b)));
  }
  return parts.join(" ").trim();
}
