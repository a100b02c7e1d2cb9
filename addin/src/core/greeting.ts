// Reads the salutation: "Hi Juan and Sue," / "Juan, Sue —" / "Hallo ihr beiden," / "Hi team,".

import type { Names } from "./names";
import { isCommonWord } from "./names";
import { PACKS } from "./phrases";
import { fold, isUpperAt } from "./text";
import { Break, PLACEHOLDER, type Tokens, wordAt } from "./tokens";

export interface Greeting {
  /** Recipients named, in the order written. */
  named: number[];
  /** Capitalised words that look like names of no recipient. */
  textNames: string[];
  placeholders: number;
  /** "Hi both", "Hallo ihr beiden". */
  both: boolean;
  /** "Hi team", "Hallo zusammen". */
  group: boolean;
  /** "John, Sarah – Sarah, John": each name written to the other. */
  swapped: boolean;
  /** Index of the first token after the salutation (0 when there is none). */
  end: number;
}

function foldedSet(pick: (p: (typeof PACKS)[number]) => readonly string[]): ReadonlySet<string> {
  return new Set(PACKS.flatMap((p) => pick(p).map(fold)));
}

const GREETING = foldedSet((p) => p.greetings);
const GROUP = foldedSet((p) => p.groupWords);
const BOTH = foldedSet((p) => p.bothWords);
const FILLER = new Set([
  ...foldedSet((p) => p.connectives),
  ...foldedSet((p) => p.titles),
  "a",
  "aos",
  "los",
  "las",
  "les",
  "ihr",
  "there",
  "to",
  "you",
  "vous",
  "voces",
  "vos",
  "jullie",
  "ustedes",
  "vosotros",
  "euch",
]);
const MAX_TOKENS = 16;

const NO_GREETING: Greeting = {
  named: [],
  textNames: [],
  placeholders: 0,
  both: false,
  group: false,
  swapped: false,
  end: 0,
};

export function readGreeting(t: Tokens, names: Names): Greeting {
  const g: Greeting = {
    named: [],
    textNames: [],
    placeholders: 0,
    both: false,
    group: false,
    swapped: false,
    end: 0,
  };
  let sawGreetingWord = false;
  let i = 0;
  let lastWho = -1;
  for (; i < Math.min(t.count, MAX_TOKENS); i++) {
    if (i > 0 && (t.brk[i] ?? 0) >= Break.Line) break;
    const word = wordAt(t, i);
    if (GREETING.has(word)) {
      sawGreetingWord = true;
      continue;
    }
    const who = names.who(t, i);
    if (who !== -1) {
      if (who !== lastWho && !g.named.includes(who)) g.named.push(who);
      else if (who !== lastWho && g.named.length >= 2) g.swapped = true;
      lastWho = who;
      continue;
    }
    lastWho = -1;
    if (word === PLACEHOLDER) {
      g.placeholders++;
      continue;
    }
    if (BOTH.has(word) && word !== "you") {
      g.both = true;
      continue;
    }
    if (GROUP.has(word)) {
      g.group = true;
      continue;
    }
    if (FILLER.has(word)) continue;
    if (
      word.length > 1 &&
      !isCommonWord(word) &&
      isUpperAt(t.text, t.start[i] ?? 0) &&
      g.textNames.length < 4
    ) {
      g.textNames.push(t.text.slice(t.start[i] ?? 0, t.end[i] ?? 0));
      continue;
    }
    break;
  }
  const closed = i >= t.count || (t.brk[i] ?? 0) >= Break.Clause;
  const addressed = g.named.length + g.textNames.length + g.placeholders > 0 || g.both || g.group;
  if (!addressed || !(sawGreetingWord || closed)) return NO_GREETING;
  g.end = i;
  return g;
}
