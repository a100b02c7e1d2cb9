// Drafts the two private requests of a double opt-in introduction from the connector's own words:
// why meeting the other is worth this person's time, who the other is (name and what they do, never
// their address), an easy out, and the connector's sign-off.

import { addressedText, describe } from "./about";
import type { Analysis } from "./analysis";
import { readClosing } from "./closing";
import type { Detection } from "./detect";
import { pack, PACKS, type RequestWording } from "./phrases";
import { readReason } from "./reason";
import { firstName, nameWords } from "./recipients";
import { fold, withoutAddresses } from "./text";
import type { LanguageCode, PartyDetails, Register, RequestDraft } from "./types";
import { LETTER, UPPERCASE_LETTER } from "./unicode";

export interface IntroDraft {
  parties: PartyDetails[];
  reason: string;
  language: LanguageCode;
  /** The register the requests are drafted in, for the server's own mails and pages to follow. */
  register: Register;
  /** One request per party, in the order of parties. */
  requests: RequestDraft[];
}

const ARTICLE_BEFORE_TITLE: ReadonlySet<LanguageCode> = new Set(["es", "pt"]);
const TITLES = new Set(PACKS.flatMap((p) => [...p.titles, "a", "o", "le", "la", "el"].map(fold)));

/**
 * The register the connector writes in (du/Sie, tu/vous, tú/usted, je/u), read from their own draft.
 * `formal` is the distinct formal template (titles and surnames in the greeting); `register` is what
 * the chosen template says to the reader, so French's usual vous is formal without being `formal`.
 */
function wordingFor(
  a: Analysis,
  language: LanguageCode
): { wording: RequestWording; formal: boolean; register: Register } {
  const p = pack(language);
  const folded = ` ${fold(a.fresh).replace(/\s+/g, " ")} `;
  const shows = (markers: readonly string[] | undefined): boolean =>
    markers?.some((m) => (m === m.toLowerCase() ? folded.includes(m) : a.fresh.includes(m))) ===
    true;
  // A draft that also says du or euch to them is familiar, whatever else it holds ("Ihr" opening a sentence).
  if (p.formalRequest && shows(p.formalMarkers) && !shows(p.informalMarkers))
    return { wording: p.formalRequest, formal: true, register: "formal" };
  if (p.informalRequest && shows(p.informalMarkers))
    return { wording: p.informalRequest, formal: false, register: "informal" };
  return { wording: p.request, formal: false, register: p.requestRegister ?? "informal" };
}

/**
 * How the draft calls a party by title and surname ("Herr Becker", "Sra. Ruiz"), as written, or ""
 * when it never does.
 */
function titledName(a: Analysis, name: string, language: LanguageCode): string {
  const surname = name.trim().split(/\s+/).pop() ?? "";
  const { titles, titleBase } = pack(language);
  if (!surname || titles.length === 0) return "";
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(
    `(?:^|[^${LETTER}])(${titles.join("|")})(\\.?\\s+${escaped})(?![${LETTER}])`,
    "iu"
  ).exec(a.fresh);
  if (!found) return "";
  const title = found[1] ?? "";
  return `${titleBase?.[fold(title)] ?? title}${found[2] ?? ""}`.replace(/\s+/g, " ");
}

function candidateOf(a: Analysis, address: string, name: string): number {
  const c = a.recipients.candidates;
  const byAddress = address ? c.findIndex((x) => x.address === address.toLowerCase()) : -1;
  return byAddress !== -1
    ? byAddress
    : c.findIndex((x) => name !== "" && fold(x.name) === fold(name));
}

function sentence(text: string): string {
  const t = text.trim().replace(/[,;:]+$/, "");
  if (!t) return "";
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** Words that join two clauses about different people, per language: "en" is "and" only in Dutch, "in" in Spanish. */
const JOINS: Record<LanguageCode, { after: string; bare: string }> = {
  en: { after: "and|so|but", bare: "and|while|whereas" },
  de: { after: "und|aber|während", bare: "und|während" },
  fr: { after: "et|mais", bare: "et|tandis que|alors que" },
  es: { after: "y|pero|mientras que", bare: "y|mientras que" },
  nl: { after: "en|maar", bare: "en|terwijl" },
  pt: { after: "e|mas", bare: "e|enquanto" },
};
const clauseBreaks = new Map<LanguageCode, RegExp>();

function clauseBreak(language: LanguageCode): RegExp {
  let re = clauseBreaks.get(language);
  if (re === undefined) {
    const { after, bare } = JOINS[language];
    re = new RegExp(
      `(?:[,;]\\s*(?:${after})?\\s+|\\s+(?:${bare})\\s+)(?=[${UPPERCASE_LETTER}])`,
      "u"
    );
    clauseBreaks.set(language, re);
  }
  return re;
}
const NOT_WORD = new RegExp(`[^${LETTER}']+`, "u");

/**
 * The clauses of a reason that are not about the reader in the third person: for Jane,
 * "Mark is raising his seed round, and Jane is investing in this space" keeps only Mark's half.
 */
function clausesFor(text: string, reader: ReadonlySet<string>, language: LanguageCode): string[] {
  const clauses = text.split(clauseBreak(language));
  const kept = clauses.filter((c) => {
    const words = fold(c)
      .split(NOT_WORD)
      .filter((w) => w && !TITLES.has(w))
      .slice(0, 2);
    return !words.some((w) => reader.has(w.replace(/'s$/, "")));
  });
  return kept.length === clauses.length ? [text] : kept.map(sentence);
}

function connectorName(a: Analysis, closingAt: number): string {
  const first = firstName(a.recipients.sender.name, a.recipients.sender.address);
  if (first || closingAt < 0) return first;
  // No name on the sender: the line after the closing is usually the connector's name.
  const after = a.fresh
    .slice(closingAt)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return after[1] && after[1].length <= 40 ? after[1] : "";
}

function firstTokenAt(a: Analysis, offset: number): number {
  const t = a.tokens;
  for (let i = 0; i < t.count; i++) if ((t.start[i] ?? 0) >= offset) return i;
  return t.count;
}

/** The parties with what the draft says about them, and a request for each, from detectForDrafting's reading of the draft. */
export function draftIntro({ verdict, analysis: a }: Detection): IntroDraft {
  const { wording, formal, register } = wordingFor(a, verdict.language);
  // First names; in a formal register the title and surname the connector used, else the full
  // name. Spanish and Portuguese put an article before a title in a sentence ("la Sra. López"), so
  // there the sentences use the full name and only the greeting the title.
  const greet = (p: { name: string; address: string }): string =>
    formal
      ? titledName(a, p.name, verdict.language) || p.name || firstName(p.name, p.address)
      : firstName(p.name, p.address);
  const call = (p: { name: string; address: string }): string =>
    formal && ARTICLE_BEFORE_TITLE.has(verdict.language)
      ? p.name || firstName(p.name, p.address)
      : greet(p);
  const { closing, at: closingAt } = readClosing(a.fresh);
  const stopToken = closingAt < 0 ? a.tokens.count : firstTokenAt(a, closingAt);
  const signer = (formal && a.recipients.sender.name.trim()) || connectorName(a, closingAt);
  const index = verdict.parties.map((p) => candidateOf(a, p.address, p.name));
  const described = index.map((i) =>
    i === -1
      ? { text: "", clause: false, toReader: -1 }
      : describe(a.tokens, a.names, a.mentions, i)
  );
  const parties: PartyDetails[] = verdict.parties.map((p, k) => ({
    ...p,
    about: described[k]?.text ?? "",
    why: "",
  }));
  // Each party's consent page gives them the same reason as their request: what they gain, in their terms.
  const whys: string[] = [];
  const shared = readReason(a.tokens, a.hits, a.greeting, a.names, a.mentions)
    .parts.filter((p) => p.shared)
    .map((p) => p.text);

  const requests = parties.map((me, k): RequestDraft => {
    const others = parties.filter((_, j) => j !== k);
    const otherName = others.map((o) => o.name).join(" & ");
    const otherFirst = others.map(call).join(" & ") || otherName;
    const myFirst = greet(me);
    const other = described[k === 0 ? 1 : 0];
    const about = others.length === 1 ? (other?.text ?? "") : "";
    const isClause = other?.clause ?? false;

    // Sentences already used for the other's "about" are not repeated below it, only what such a
    // sentence goes on to say to the reader.
    const used = new Map<number, number>();
    for (const o of others) {
      const at = a.mentions.described[candidateOf(a, o.address, o.name)] ?? -1;
      const toReader = other?.toReader ?? -1;
      if (about && at >= 0)
        used.set(a.tokens.sentence[at] ?? -1, toReader >= 0 ? toReader : Number.MAX_SAFE_INTEGER);
    }
    const i = index[k] ?? -1;
    const toMe =
      i === -1
        ? ""
        : addressedText(a.tokens, a.hits, a.greeting, a.names, a.mentions, i, stopToken, used);
    const reader = new Set([
      ...nameWords(me.name),
      ...(i === -1 ? [] : (a.recipients.candidates[i]?.keys ?? [])),
    ]);
    const why = [toMe, ...shared.flatMap((r) => clausesFor(r, reader, verdict.language))]
      .filter(
        (x, j, all) =>
          x &&
          all.indexOf(x) === j &&
          (j === 0 || !toMe.includes(x)) &&
          !(about && x.includes(about))
      )
      .map((x) => sentence(wording.adapt(x, otherFirst)));

    whys[k] = why.join(" ");
    const paragraphs = [
      wording.greeting(myFirst, me.name),
      wording.introduce(otherName, otherFirst, about, isClause),
      why.length > 0 ? why.join(" ") : wording.noReason(otherFirst),
      wording.ask(otherFirst),
      [closing || wording.signOff, signer].filter(Boolean).join("\n"),
    ];
    // Never the other party's address, even if the connector typed it into the draft.
    const body = paragraphs.map(withoutAddresses).join("\n\n");
    return { email: me.address, name: me.name, subject: wording.subject(otherName), body };
  });
  return {
    parties: parties.map((p, k) => ({ ...p, why: whys[k] ?? "" })),
    reason: verdict.reason,
    language: verdict.language,
    register,
    requests,
  };
}
