// Who the draft goes to, cleaned up: names normalised ("Lee, Sue" → "Sue Lee"), the sender and
// duplicates removed, distribution lists recognised, and the words by which the text may name each.

import { bounded, cleanLine, fold, MAX_ADDRESS_CHARS, MAX_NAME_CHARS, titleCase } from "./text";
import type { Draft, Person } from "./types";
import { LETTER, NUMBER } from "./unicode";

export interface Candidate {
  name: string;
  /** Lower-case; "" when the draft gave only a name. */
  address: string;
  field: "to" | "cc";
  /** A distribution list or role mailbox (team@, all-staff@ …), never a party. */
  isList: boolean;
  /** Folded words that refer to this person in the text: names, nicknames, address parts. */
  keys: string[];
}

export interface Recipients {
  candidates: Candidate[];
  /** Distinct recipients other than the sender, lists included. */
  total: number;
  sender: { name: string; address: string; keys: string[] };
}

/** Beyond this many recipients a message is a mailing, and only the count matters. */
export const MASS_MAIL = 12;

const LIST_LOCAL_PARTS = new Set([
  "all",
  "team",
  "everyone",
  "staff",
  "info",
  "hello",
  "contact",
  "sales",
  "marketing",
  "support",
  "hr",
  "office",
  "admin",
  "noreply",
  "no-reply",
  "donotreply",
  "newsletter",
  "news",
  "press",
  "jobs",
  "careers",
  "billing",
  "dev",
  "engineering",
  "ops",
  "list",
  "group",
  "members",
  "community",
  "events",
  "partners",
  "investors",
  "board",
  "founders",
  "allhands",
  "all-hands",
  "alle",
  "tous",
  "todos",
  "iedereen",
  "equipe",
  "redaktion",
  "kontakt",
  "contacto",
  "contato",
  "service",
  "help",
  "mail",
  "team-all",
  "company",
  "leadership",
  "management",
  "product",
]);
const LIST_NAME_WORDS =
  /\b(team|all|everyone|staff|list|group|department|dept|crew|members|allhands|alle|équipe|equipo|equipe)\b/i;
const LIST_PREFIX = /^(?:dl|all|team|grp|group|list)[._-]|[._-](?:all|team|list|group|staff|l)$/;

const NOT_NAME_WORDS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "miss",
  "prof",
  "sir",
  "herr",
  "frau",
  "m",
  "mme",
  "mlle",
  "sr",
  "sra",
  "srta",
  "dra",
  "dhr",
  "mevr",
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "das",
  "dos",
  "du",
  "la",
  "le",
  "del",
  "y",
  "e",
  "di",
  "ten",
  "ter",
  "jr",
  "sr",
  "phd",
  "mba",
  "md",
  "iii",
  "ii",
]);

// Common English nicknames: "Hi Bob" greets Robert.
const NICKNAMES: readonly (readonly string[])[] = [
  ["robert", "bob", "rob", "robbie", "bobby"],
  ["william", "bill", "will", "billy", "liam"],
  ["james", "jim", "jimmy", "jamie"],
  ["michael", "mike", "mick", "mikey"],
  ["david", "dave", "davey"],
  ["christopher", "chris"],
  ["christine", "chris", "christina"],
  ["katherine", "kate", "katie", "kathy", "kat"],
  ["catherine", "kate", "cathy", "cat"],
  ["elizabeth", "liz", "beth", "lizzie", "eliza", "betty"],
  ["thomas", "tom", "tommy"],
  ["daniel", "dan", "danny"],
  ["matthew", "matt"],
  ["nicholas", "nick"],
  ["alexander", "alex"],
  ["alexandra", "alex", "sasha"],
  ["samuel", "sam"],
  ["samantha", "sam"],
  ["benjamin", "ben"],
  ["joseph", "joe", "joey"],
  ["anthony", "tony"],
  ["stephen", "steve"],
  ["steven", "steve"],
  ["andrew", "andy", "drew"],
  ["jennifer", "jen", "jenny"],
  ["jessica", "jess"],
  ["patrick", "pat"],
  ["patricia", "pat", "trish"],
  ["richard", "rick", "rich", "dick"],
  ["edward", "ed", "eddie", "ted"],
  ["gregory", "greg"],
  ["jonathan", "jon"],
  ["susan", "sue", "susie"],
  ["suzanne", "sue"],
  ["margaret", "maggie", "meg", "peggy"],
  ["rebecca", "becky", "becca"],
  ["victoria", "vicky", "tori"],
  ["timothy", "tim"],
  ["peter", "pete"],
  ["charles", "charlie", "chuck"],
  ["kenneth", "ken"],
  ["ronald", "ron"],
  ["donald", "don"],
  ["jeffrey", "jeff"],
  ["joshua", "josh"],
  ["zachary", "zach", "zack"],
  ["frederick", "fred"],
  ["francisco", "paco", "cisco"],
  ["jose", "pepe"],
  ["guillermo", "memo"],
  ["alejandro", "alex"],
  ["johannes", "hannes", "johann"],
  ["wolfgang", "wolf"],
  ["maximilian", "max"],
  ["florian", "flo"],
  ["katharina", "kathi"],
];
const NICK = new Map<string, string[]>();
for (const group of NICKNAMES)
  for (const w of group) NICK.set(w, [...(NICK.get(w) ?? []), ...group.filter((g) => g !== w)]);

function cleanName(raw: string): string {
  let name = cleanLine(bounded(raw, MAX_NAME_CHARS));
  // Quotes and "(comments)" are rare; without them there is nothing to replace or trim.
  if (
    name.indexOf('"') !== -1 ||
    name.indexOf("“") !== -1 ||
    name.indexOf("”") !== -1 ||
    name.indexOf("(") !== -1
  ) {
    name = name
      .replace(/["“”]/g, "")
      .replace(/\s*\([^)]*\)\s*/g, " ")
      .trim();
  }
  if (name.includes("@")) return "";
  const comma = name.indexOf(",");
  if (comma > 0 && name.indexOf(",", comma + 1) === -1) {
    const last = name.slice(0, comma).trim();
    const first = name.slice(comma + 1).trim();
    if (last && first && !/\s/.test(last) && first.split(/\s+/).length <= 2)
      name = `${first} ${last}`;
  }
  return name;
}

function cleanAddress(raw: string): string {
  let a = cleanLine(bounded(raw, MAX_ADDRESS_CHARS));
  // "mailto:" and "<…>" are rare; without them there is nothing to replace or trim.
  const c = a.charCodeAt(0);
  if (c === 0x6d || c === 0x4d || c === 0x3c || a.endsWith(">"))
    a = a
      .replace(/^mailto:/i, "")
      .replace(/^<|>$/g, "")
      .trim();
  a = a.toLowerCase();
  return a.includes("@") ? a : "";
}

const NOT_NAME_CHARS = new RegExp(`[^${LETTER}${NUMBER}'-]+`, "u");

/** Words of a name or an address's local part, folded, without titles and particles. */
export function nameWords(text: string): string[] {
  if (isAscii(text)) return asciiNameWords(text.toLowerCase(), false); // folding ASCII only lower-cases
  const folded = fold(text);
  if (isAscii(folded)) return asciiNameWords(folded, false);
  const out: string[] = [];
  for (const w of folded.split(NOT_NAME_CHARS)) {
    const word = w.replace(/^['-]+|['-]+$/g, "");
    if (word.length < 2 || NOT_NAME_WORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * nameWords for folded ASCII text, by hand: letters, digits, ' and - make words, ' and - are cut
 * off their ends. local: digits, - . _ + separate words too (an address's local part).
 */
function asciiNameWords(folded: string, local: boolean): string[] {
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isNameChar(folded.charCodeAt(i), local)) i++;
    let j = i;
    while (j < n && isNameChar(folded.charCodeAt(j), local)) j++;
    let a = i;
    let b = j;
    while (a < b && isQuoteOrDash(folded.charCodeAt(a))) a++;
    while (b > a && isQuoteOrDash(folded.charCodeAt(b - 1))) b--;
    if (b - a >= 2) {
      const word = folded.slice(a, b);
      if (!NOT_NAME_WORDS.has(word) && !isAllDigits(word)) out.push(word);
    }
    i = j;
  }
  return out;
}

function isNameChar(c: number, local: boolean): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27) return true;
  return !local && ((c >= 0x30 && c <= 0x39) || c === 0x2d);
}

function isQuoteOrDash(c: number): boolean {
  return c === 0x27 || c === 0x2d;
}

function isAllDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return word.length > 0;
}

function localWords(address: string): string[] {
  const local = address.slice(0, address.indexOf("@"));
  if (LIST_LOCAL_PARTS.has(local)) return [];
  // Only for ASCII as written: folding turns some other dashes into "-", which is no separator here.
  const words = isAscii(local)
    ? asciiNameWords(local.toLowerCase(), true)
    : nameWords(local.replace(/[._+\d-]+/g, " "));
  return words.filter((w) => w.length >= 3 && !LIST_LOCAL_PARTS.has(w));
}

function isList(name: string, address: string): boolean {
  const local = address.slice(0, address.indexOf("@"));
  if (local && (LIST_LOCAL_PARTS.has(local) || LIST_PREFIX.test(local))) return true;
  return name !== "" && LIST_NAME_WORDS.test(name);
}

function keysOf(name: string, address: string): string[] {
  // A person has a handful of keys: an array is a cheaper set than a Set.
  const words = nameWords(name);
  const keys: string[] = [];
  for (const w of words) if (!keys.includes(w)) keys.push(w);
  for (const w of words) for (const n of NICK.get(w) ?? []) if (!keys.includes(n)) keys.push(n);
  for (const w of localWords(address)) if (!keys.includes(w)) keys.push(w);
  return keys;
}

/** First name for greetings: the display name's first word, else a guess from the address. */
export function firstName(name: string, address: string): string {
  const word = name
    .split(/\s+/)
    .find((w) => w.length > 1 && !NOT_NAME_WORDS.has(fold(w).replace(/\.$/, "")));
  if (word) return word;
  const local = localWords(address)[0];
  return local ? titleCase([local]) : "";
}

/** A display name for someone known only by address: "sue.lee@x" → "Sue Lee". */
export function displayName(name: string, address: string): string {
  if (name) return name;
  return titleCase(localWords(address));
}

/** A recipient as Outlook gives it, or as other tools do: "Sue Lee <sue@x.org>", { name, email }. */
function personOf(p: unknown): { name: string; address: string } {
  if (typeof p === "string") return personOf({ name: p });
  if (typeof p !== "object" || p === null) return { name: "", address: "" };
  const r = p as Person & { email?: unknown };
  const rawAddress =
    typeof r.address === "string" ? r.address : typeof r.email === "string" ? r.email : "";
  let address = cleanAddress(rawAddress);
  let name = typeof r.name === "string" ? cleanName(r.name) : "";
  if (!address && typeof r.name === "string") {
    const inName = /<([^<>\s]+@[^<>\s]+)>/.exec(r.name);
    if (inName?.[1]) {
      address = cleanAddress(inName[1]);
      name = cleanName(r.name.replace(inName[0], ""));
    } else if (r.name.includes("@")) address = cleanAddress(r.name);
  }
  return { name, address };
}

export function readRecipients(draft: Draft): Recipients {
  const sender = personOf(draft.from);
  const senderKeys = new Set(nameWords(sender.name));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let total = 0;
  const fields: Array<["to" | "cc", unknown]> = [
    ["to", draft.to],
    ["cc", draft.cc],
  ];
  for (const [field, list] of fields) {
    const items: unknown[] = Array.isArray(list)
      ? list
      : typeof list === "string"
        ? list.split(/[;,](?![^<]*>)/)
        : [];
    for (const raw of items) {
      const p = personOf(raw);
      if (!p.name && !p.address) continue;
      const id = p.address || `name:${fold(p.name)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (
        sender.address
          ? p.address === sender.address
          : p.name !== "" && fold(p.name) === fold(sender.name)
      )
        continue;
      total++;
      // Past a mailing's size nobody is a party; counting is all that is left to do.
      if (total > MASS_MAIL) continue;
      const list = isList(p.name, p.address);
      const keys = list ? [] : keysOf(p.name, p.address).filter((k) => !senderKeys.has(k));
      candidates.push({ name: p.name, address: p.address, field, isList: list, keys });
    }
  }
  return {
    candidates,
    total,
    sender: { name: sender.name, address: sender.address, keys: Array.from(senderKeys) },
  };
}
