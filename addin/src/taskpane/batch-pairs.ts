// Reading pasted pairs, one per line, as people paste them from Outlook, a spreadsheet or a chat:
// names and addresses cleaned by the core's recipient reading, every line that does not read
// reported by its number. No Office.js, no DOM.

import type { Party, Person } from "../core";
import { displayName, readRecipients } from "../core/recipients";

/** The most pairs in one batch; batch.ts says how that stays within the mailbox's sending limits. */
export const MAX_PAIRS = 20;

/** One pasted line that reads as a pair. */
export interface PastedPair {
  line: number;
  people: [Party, Party];
  reason: string;
}

export interface LineProblem {
  /** 1-based; 0 for a problem of the whole text. */
  line: number;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// An address, bare or in <…>, as people paste it from Outlook, a spreadsheet or a chat.
const ADDRESS = /<?(?:mailto:)?([^\s<>,;:"()[\]]+@[^\s<>,;:"'()[\]]+)>?/gi;
// What may stand between two people: punctuation, arrows, and "and" in the product's languages.
const BETWEEN = /^(?:[\s,;&+/|)>\]-]|<>|<->|<=>|↔|⇄)*(?:(?:and|und|et|y|e|en)\s+)?/i;
const BEFORE_REASON = /^[\s)>\]:;,.|–—-]*/;

const lower = (s: string) => s.trim().toLowerCase();
export const pairKey = (a: string, b: string) => [lower(a), lower(b)].sort().join(" ");

/**
 * Reads pasted pairs, one per line: two people (`Name <address>` or a bare address, names in any
 * order such as "Lee, Sue"), then optionally `:` and why they should meet. Blank lines and lines
 * starting with `#` are skipped. Every line that does not read is reported by its number.
 */
export function parsePairs(
  text: string,
  connector: Person
): { pairs: PastedPair[]; problems: LineProblem[] } {
  const pairs: PastedPair[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  const me = lower(connector.address ?? "");
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const say = (message: string) => problems.push({ line, message: `Line ${line}: ${message}` });
    const t = raw.trim();
    if (t === "" || t.startsWith("#")) return;
    const found = [...t.matchAll(ADDRESS)];
    if (found.length < 2) {
      say(
        found.length === 0
          ? "no email address. Write two people, e.g. Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: why they should meet"
          : "only one email address. Each line needs two people, each with their address."
      );
      return;
    }
    const [m1, m2] = found as [RegExpMatchArray, RegExpMatchArray];
    const end1 = (m1.index ?? 0) + m1[0].length;
    const rest = t.slice((m2.index ?? 0) + m2[0].length).replace(BEFORE_REASON, "");
    if (found.length > 2) {
      say("more than two email addresses. Put one pair per line, and no address in the reason.");
      return;
    }
    const raw1 = t.slice(0, m1.index).replace(/[\s(<[]+$/, "");
    const raw2 = t
      .slice(end1, m2.index)
      .replace(BETWEEN, "")
      .replace(/[\s(<[]+$/, "");
    const addresses = [m1[1] ?? "", m2[1] ?? ""].map((a) => lower(a).replace(/\.+$/, ""));
    const bad = addresses.filter((a) => !EMAIL.test(a));
    if (bad.length > 0) {
      say(`${bad.join(" and ")} is not a complete email address.`);
      return;
    }
    const [a1, a2] = addresses as [string, string];
    if (a1 === a2) {
      say(`the same person twice (${a1}). An introduction needs two different people.`);
      return;
    }
    if (me && (a1 === me || a2 === me)) {
      say("you can't be one of the two people.");
      return;
    }
    const { candidates } = readRecipients({
      to: [
        { name: raw1, address: a1 },
        { name: raw2, address: a2 },
      ],
    });
    const list = candidates.find((c) => c.isList);
    if (list) {
      say(`${list.address} looks like a list or shared mailbox, not a person.`);
      return;
    }
    const key = pairKey(a1, a2);
    const before = seen.get(key);
    if (before !== undefined) {
      say(`the same two people as line ${before}.`);
      return;
    }
    seen.set(key, line);
    const people = candidates.map((c) => ({
      name: displayName(c.name, c.address),
      address: c.address,
    })) as [Party, Party];
    pairs.push({ line, people, reason: rest.trim() });
  });
  if (pairs.length === 0 && problems.length === 0)
    problems.push({ line: 0, message: "Paste at least one pair of people, one pair per line." });
  if (pairs.length > MAX_PAIRS)
    problems.push({
      line: 0,
      message: `That is ${pairs.length} pairs; one batch holds at most ${MAX_PAIRS}. Send the rest as a second batch.`,
    });
  return { pairs, problems };
}
