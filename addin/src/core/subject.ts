// The subject line: reply/forward prefixes, intro keywords ("Intro:", "Vorstellung", "Mise en
// relation" …) and the "A <> B" / "A / B" pairing of two recipients.

import type { Names } from "./names";
import { PACKS } from "./phrases";
import { fold } from "./text";
import { tokenize } from "./tokenize";
import { Gap, type Tokens, wordAt } from "./tokens";

export interface SubjectInfo {
  text: string;
  tokens: Tokens;
  /** "Re:", "AW:", "Fwd:" … — the subject was written for an earlier message. */
  isReply: boolean;
  /** The intro keyword found, or "". */
  keyword: string;
  /** Recipients named in the subject, in order. */
  named: number[];
  /** "<>", "↔", "/", "+", "&", " x " between two names. */
  paired: boolean;
  /** An arrow symbol anywhere ("<>", "<->", "↔"). */
  arrow: boolean;
}

const PREFIX =
  /^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|enc|sv|vs|antw|doorst|res|r|rif|odp|ynt|ref)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;

const KEYWORDS = new Set(
  [
    "intro",
    "intros",
    "introduction",
    "introductions",
    "introducing",
    "e-intro",
    "connecting",
    "vorstellung",
    "kennenlernen",
    "kontakt",
    "vernetzung",
    "bekanntschaft",
    "presentation",
    "présentation",
    "présentations",
    "presentacion",
    "presentación",
    "introduccion",
    "introducción",
    "introductie",
    "kennismaking",
    "kennismaken",
    "apresentacao",
    "apresentação",
    "apresentando",
    "conexao",
    "conexão",
    "mise",
    "meet",
    "meets",
    "connect",
  ].map(fold)
);
const CONNECTIVES = new Set(["x", ...PACKS.flatMap((p) => p.connectives.map(fold))]);

/** After these the keyword introduces a thing, not two people ("Introducing our new app"). */
const THING_FOLLOWS = new Set([
  "our",
  "the",
  "new",
  "unser",
  "unsere",
  "notre",
  "nuestro",
  "nuestra",
  "ons",
  "onze",
  "nosso",
  "nossa",
  "to",
  "us",
  "myself",
  "of",
  "call",
  "calls",
  "meeting",
  "meetings",
  "session",
  "chat",
  "deck",
  "video",
  "course",
  "class",
  "webinar",
  "pack",
  "packet",
  "gesprach",
  "termin",
  "reunion",
  "appel",
  "llamada",
  "gesprek",
  "reuniao",
  "chamada",
  "a",
  "au",
]);

export function readSubject(raw: string, names: Names): SubjectInfo {
  const prefix = PREFIX.exec(raw);
  const text = prefix ? raw.slice(prefix[0].length) : raw;
  const tokens = tokenize(text, names.gate);
  let keyword = "";
  const named: number[] = [];
  let paired = false;
  let previous = -1;
  for (let i = 0; i < tokens.count; i++) {
    const word = wordAt(tokens, i);
    if (keyword === "" && KEYWORDS.has(word) && !THING_FOLLOWS.has(wordAt(tokens, i + 1))) {
      // "meet" and "connect" only count in front of a name ("Meet Sue", "Connecting Juan + Sue").
      const needsName =
        word === "meet" ||
        word === "meets" ||
        word === "connect" ||
        word === "mise" ||
        word === "kontakt";
      if (
        !needsName ||
        (i + 1 < tokens.count && names.isName(tokens, i + 1)) ||
        (word === "mise" && wordAt(tokens, i + 2) === "relation")
      ) {
        keyword = tokens.text.slice(tokens.start[i] ?? 0, tokens.end[i] ?? 0);
      }
    }
    const who = names.who(tokens, i);
    if (who === -1) continue;
    if (!named.includes(who)) {
      if (previous !== -1 && previous !== who) {
        const gap = tokens.gap[i] ?? 0;
        const between = CONNECTIVES.has(wordAt(tokens, i - 1));
        if ((gap & (Gap.Arrow | Gap.Slash | Gap.Amp | Gap.Dash)) !== 0 || between) paired = true;
      }
      named.push(who);
    }
    previous = who;
  }
  return {
    text,
    tokens,
    isReply: prefix !== null,
    keyword,
    named,
    paired,
    arrow: /<\s*-?\s*>|<=>|↔|⇔|⟷|⇄|>\s*<|<-->/.test(text),
  };
}
