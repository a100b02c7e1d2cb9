// Weighs the evidence. Every piece becomes a Signal the connector can read; the verdict is the sum,
// and an introduction also needs at least one piece of direct evidence (not just a greeting).

import type { Analysis } from "./analysis";
import type { CueKind, Hit } from "./patterns";
import type { PartyPick } from "./parties";
import { sortSmall } from "./sort";
import { squashSpaces } from "./text";
import { PLACEHOLDER, wordAt } from "./tokens";
import type { Signal } from "./types";

export const THRESHOLD = 3;

/** Strongest first, whichever way it argues. */
const byStrength = (x: { weight: number }, y: { weight: number }): number =>
  Math.abs(y.weight) - Math.abs(x.weight);

export interface Scored {
  score: number;
  /** Direct evidence of an introduction was found. */
  strong: boolean;
  /** Something that rules an introduction out whatever else the draft says (an introducer moved to Bcc). */
  vetoed: boolean;
  signals: Signal[];
}

const CAPS: Partial<Record<CueKind, number>> = { dual: 2, reason: 1.5 };
const DIRECT: ReadonlySet<CueKind> = new Set(["intro", "loop", "handoff"]);

function quote(a: Analysis, h: Hit, inSubject: boolean): string {
  const t = inSubject ? a.subject.tokens : a.tokens;
  const text = squashSpaces(t.text.slice(t.start[h.first] ?? 0, t.end[h.last] ?? 0));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// "I'll move myself to bcc" is the connector stepping out of their own introduction.
const SELF = new Set(["myself", "me", "mich", "moi", "mi", "mezelf", "mij", "mim"]);

function movesSelfToBcc(a: Analysis, h: Hit): boolean {
  if (h.cue.kind !== "bccMove") return false;
  const t = a.tokens;
  for (let i = Math.max(0, h.first - 3); i <= Math.min(t.count - 1, h.last + 2); i++)
    if (SELF.has(wordAt(t, i))) return true;
  return false;
}

/** A Bcc move by someone else than the writer: the reply of an introducee, never an introduction. */
function movesSomeoneToBcc(a: Analysis): boolean {
  return a.hits.some((h) => h.cue.kind === "bccMove" && !movesSelfToBcc(a, h));
}

export function scoreAnalysis(a: Analysis, pick: PartyPick): Scored {
  const signals: Signal[] = [];
  let strong = false;
  const vetoed = movesSomeoneToBcc(a);
  const add = (id: string, weight: number, text: string): void => {
    signals.push({ id, weight: Math.round(weight * 100) / 100, text });
  };

  // Phrases: per kind, the strongest cue counts fully and further distinct cues add a little.
  const byKind = new Map<CueKind, Array<{ weight: number; text: string }>>();
  // A name that is none of the recipients is someone being introduced to them (a new colleague, a
  // product), not one of two parties — unless it may be a recipient the draft gives no name for.
  const { candidates } = a.recipients;
  const allNamed =
    candidates.length > 0 &&
    candidates.every((c, i) => c.isList || c.name !== "" || (a.mentions.first[i] ?? -1) >= 0);
  const strangers = new Set<string>();
  const collect = (hits: readonly Hit[], inSubject: boolean): void => {
    const t = inSubject ? a.subject.tokens : a.tokens;
    const best = new Map<string, { kind: CueKind; weight: number; hit: Hit }>();
    // A recipient named anywhere in the phrase is the one meant: in German every noun has a capital, so
    // "mit unserem Abteilungsleiter Herrn Holzmichel" fills the name with "Abteilungsleiter" first.
    const namesRecipient = (h: Hit): boolean => {
      for (let i = h.first; i <= h.last; i++) if (a.names.who(t, i) !== -1) return true;
      return false;
    };
    const strangerOnly = (h: Hit): boolean =>
      allNamed &&
      h.cue.weight > 0 &&
      h.names.length > 0 &&
      h.names.every((i) => wordAt(t, i) !== PLACEHOLDER && a.names.who(t, i) === -1) &&
      !namesRecipient(h);
    // "introduce you both to Sarah": every phrase overlapping one about a stranger is about the stranger.
    const strangerSpans = hits.filter((h) => DIRECT.has(h.cue.kind) && strangerOnly(h));
    for (const h of strangerSpans)
      for (const i of h.names) strangers.add(t.text.slice(t.start[i] ?? 0, t.end[i] ?? 0));
    for (const h of hits) {
      let factor = !inSubject || h.cue.weight < 0 ? 1 : a.subject.isReply ? 0.2 : 0.8;
      if (
        h.cue.weight > 0 &&
        (strangerOnly(h) || strangerSpans.some((x) => x.first <= h.last && h.first <= x.last))
      )
        factor *= 0.5;
      const weight = h.cue.weight * factor;
      const key = h.cue.key;
      const prior = best.get(key);
      if (prior !== undefined && Math.abs(prior.weight) >= Math.abs(weight)) continue;
      best.set(key, { kind: h.cue.kind, weight, hit: h });
    }
    for (const { kind, weight, hit } of best.values()) {
      // Worded only for the phrase that counts.
      const text = `${hit.cue.says}: “${quote(a, hit, inSubject)}”${inSubject ? " (subject)" : ""}`;
      // In a reply, "I'll step back" closes an introduction made earlier; it is not one.
      if (DIRECT.has(kind) && weight >= 2.5 && !(kind === "handoff" && a.subject.isReply))
        strong = true;
      const list = byKind.get(kind) ?? [];
      list.push({ weight, text });
      byKind.set(kind, list);
    }
  };
  collect(
    a.hits.filter((h) => !movesSelfToBcc(a, h)),
    false
  );
  collect(a.subjectHits, true);
  for (const [kind, list] of byKind) {
    sortSmall(list, byStrength);
    const top = list[0];
    if (top === undefined) continue;
    let rest = 0;
    for (let k = 1; k < list.length; k++) rest += list[k]?.weight ?? 0;
    let total = top.weight + 0.3 * rest;
    if (Math.abs(total) > Math.abs(top.weight) * 1.5) total = top.weight * 1.5;
    const cap = CAPS[kind];
    if (cap !== undefined) total = Math.min(total, cap);
    let text = top.text;
    for (let k = 1; k < Math.min(3, list.length); k++) text += `; ${list[k]?.text ?? ""}`;
    add(`cue:${kind}`, total, text);
  }

  if (strangers.size > 0)
    add(
      "names:stranger",
      -1.5,
      `introduces ${[...strangers].join(", ")}, who is not among the recipients`
    );

  // The greeting.
  const greeted = a.greeting.named.filter((i) => candidates[i]?.isList === false);
  if (greeted.length + a.greeting.textNames.length + a.greeting.placeholders >= 2) {
    const greetedNames = (): string =>
      greeted.map((i) => candidates[i]?.name || candidates[i]?.address).join(" and ");
    add(
      "greeting:both",
      1.5,
      greeted.length >= 2 ? `greets both ${greetedNames()}` : "greets two people by name"
    );
  } else if (a.greeting.both) add("greeting:both", 1.5, "greets the two of them together");
  if (a.greeting.swapped) {
    strong = true;
    add("greeting:swapped", 3, "writes each name to the other (“A, B — B, A”)");
  }
  if (a.greeting.group)
    add("greeting:group", a.recipients.total >= 3 ? -3 : -2, "greets a group, not two people");

  // How the body is built.
  const told = a.mentions.toldAboutOther.size;
  if (told >= 2) {
    strong = true;
    add("structure:each", 3, "tells each of them who the other is");
  } else if (told === 1) add("structure:one", 1, "tells one recipient about another");
  const describedBoth =
    a.mentions.described.filter((at, i) => at >= 0 && candidates[i]?.isList === false).length >= 2;
  if (describedBoth) add("structure:described", 1.5, "describes both recipients");
  if (a.mentions.arrowPairs.length > 0) {
    strong = true;
    add("structure:pair", 3.5, "pairs two recipients (“A <> B”)");
  } else if (a.mentions.namesOnly) {
    strong = true;
    add("structure:pair", 3, "names the two of them to each other and nothing else");
  }

  // The subject.
  const s = a.subject;
  let subjectScore = 0;
  const subjectNotes: string[] = [];
  if (s.keyword) {
    subjectScore += 2.5;
    subjectNotes.push(`says “${s.keyword}”`);
  }
  if (s.named.length >= 2) {
    subjectScore += s.paired ? 2 : 1;
    subjectNotes.push("names two recipients");
  }
  if (s.arrow) {
    subjectScore += 1.5;
    subjectNotes.push("pairs names with an arrow");
  }
  if (subjectScore > 0) {
    subjectScore = Math.min(subjectScore, 4);
    if (s.isReply)
      add(
        "subject:reply",
        subjectScore * 0.2,
        `the subject ${subjectNotes.join(", ")}, but it belongs to an earlier message`
      );
    else {
      add("subject:intro", subjectScore, `the subject ${subjectNotes.join(", ")}`);
      if ((s.keyword && (greeted.length >= 2 || s.named.length >= 2)) || s.arrow) strong = true;
      // "Frau Kraut / Herr Rübe" over a body that says who each of them is.
      if (s.named.length >= 2 && describedBoth) strong = true;
    }
  }

  // The recipients.
  if (a.recipients.total > 12)
    add(
      "recipients:mass",
      -8,
      `goes to ${a.recipients.total} people — a mailing, not an introduction`
    );
  else if (pick.eligible > 4) add("recipients:many", -1.5, `goes to ${pick.eligible} people`);
  else if (pick.eligible === 2) add("recipients:two", 0.5, "goes to exactly two people");
  if (candidates.some((c) => c.isList)) add("recipients:list", -2, "goes to a distribution list");
  if (a.tokens.count === 0 && a.quoted.trim() !== "")
    add("body:quoted-only", 0, "only quoted earlier mail; nothing new was written");

  const score = signals.reduce((sum, x) => sum + x.weight, 0);
  sortSmall(signals, byStrength);
  return { score, strong, vetoed, signals };
}
