// What the tokenizer counts as a word, a placeholder or the end of a sentence, character by
// character; and the two ways it gets at a text's characters cheaply.

import { asciiBytes } from "./text";
import { Gap } from "./tokens";

/** A word that a full stop right after does not end the sentence with: a known abbreviation, or a single letter. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || word.length === 1;
}

/**
 * The full stop at dot closes a company's legal form ("Ejemplo S.A.", "Acme Inc.", "Empresa
 * S.L.") and a capitalised word follows at next: the sentence ends there, whereas after a title or
 * an initial ("Sr. Moisés", "Juan P. Pérez") it goes on. A lower-case word after it ("S.A. y
 * Javier") goes on in any case.
 */
export function endsCompanyName(text: string, dot: number, next: number): boolean {
  const after = text.charAt(next);
  if (after === "" || after === after.toLowerCase()) return false;
  let from = dot;
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
  return COMPANY_FORMS.has(text.slice(from, dot).replace(/\./g, "").toLowerCase());
}

/** Legal forms written with full stops, in the six languages' countries and English-speaking ones. */
const COMPANY_FORMS = new Set([
  "inc",
  "ltd",
  "corp",
  "co",
  "llc",
  "plc",
  "sa",
  "sl",
  "slu",
  "sau",
  "sas",
  "sarl",
  "sca",
  "sc",
  "scs",
  "spa",
  "srl",
  "bv",
  "nv",
  "vof",
  "lda",
  "ltda",
  "ag",
  "kg",
  "ohg",
  "ev",
  "gmbh",
]);

const ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "eg",
  "ie",
  "approx",
  "dept",
  "no",
  "nr",
  "hr",
  "fr",
  "mme",
  "sra",
  "dra",
  "z.b",
  "bzw",
  "ca",
  "evtl",
  "ggf",
  "usw",
  "dhr",
  "mevr",
  "sig",
  "av",
  "resp",
  "incl",
  "ph.d",
  "phd",
  "mba",
]);

const NOT_PLACEHOLDERS = new Set([
  "cc",
  "cc'd",
  "ccd",
  "bcc",
  "link",
  "sic",
  "attachment",
  "image",
  "at",
  "dot",
  "x",
]);

export function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false; // surrogates (emoji) and private use
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return c !== 0xfeff && c < 0xfff0;
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** The Gap flag of a punctuation character between two tokens: 0 for most. */
export function gapFlag(g: number): number {
  if (g === 0x2c || g === 0x3b) return Gap.Comma;
  if (g === 0x2014 || g === 0x2013 || g === 0x2d || g === 0x3a || g === 0x2015) return Gap.Dash;
  if (g === 0x3c || g === 0x3e || g === 0x2194 || g === 0x21d4 || g === 0x27f7 || g === 0x21c4)
    return Gap.Arrow;
  if (g === 0x2f) return Gap.Slash;
  if (g === 0x26 || g === 0x2b) return Gap.Amp;
  if (g === 0x28) return Gap.Paren;
  return 0;
}

/** Copies the text's characters into codes when they are all ASCII; false (codes unspecified) when not. */
export function asciiCodes(text: string, codes: Uint16Array): boolean {
  const bytes = asciiBytes(text);
  if (bytes === null) return false;
  codes.set(text.length === bytes.length ? bytes : bytes.subarray(0, text.length));
  return true;
}

/** Lower-cases without changing the length, so offsets into the lower-case text hold for the original. */
export function lowerSameLength(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Where a word goes on from j: letters and digits of any script, combining accents, and joiners
 * (' ’ - ‐ ‑) between two word characters.
 */
export function wordEnd(cs: Uint16Array, j: number, n: number): number {
  while (j < n) {
    const d = cs[j] ?? 0;
    if (
      d < 0x80
        ? (d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)
        : isWordChar(d) || (d >= 0x300 && d <= 0x36f)
    )
      j++;
    else if (isJoiner(d) && j + 1 < n && isWordChar(cs[j + 1] ?? 0)) j += 2;
    else break;
  }
  return j;
}

/** Closing offset of a template placeholder starting at i ([Name], {{first_name}}, <<Name>>, <Name>), or -1. */
export function placeholderEnd(low: string, i: number): number {
  const open = low.charCodeAt(i);
  let close: number;
  let from = i + 1;
  if (open === 0x5b)
    close = 0x5d; // [ ]
  else if (open === 0x7b)
    close = 0x7d; // { }
  else if (open === 0x3c)
    close = 0x3e; // < >
  else return -1;
  while (low.charCodeAt(from) === open) from++;
  const limit = Math.min(low.length, from + 40);
  let letters = false;
  for (let j = from; j < limit; j++) {
    const c = low.charCodeAt(j);
    if (c === close) {
      if (!letters) return -1;
      const inner = low.slice(from, j).trim();
      if (NOT_PLACEHOLDERS.has(inner)) return -1;
      let k = j;
      while (low.charCodeAt(k + 1) === close) k++;
      return k + 1;
    }
    if (
      c === 0x0a ||
      c === open ||
      c === 0x40 ||
      c === 0x2f ||
      c === 0x3a ||
      c === 0x3d ||
      c === 0x22
    )
      return -1;
    if (isWordChar(c)) letters = true;
  }
  return -1;
}
