// Text clean-up shared by every other module: bounded sizes, well-formed UTF-16, HTML left-overs,
// and accent folding so "présente", "presente" and "PRÉSENTE" compare equal.

/** Intros live at the top of a message; beyond this the body is history, signatures or noise. */
export const MAX_BODY_CHARS = 128 * 1024;
export const MAX_SUBJECT_CHARS = 1000;
export const MAX_NAME_CHARS = 200;
export const MAX_ADDRESS_CHARS = 320;

/** Cuts to a length without leaving half a surrogate pair, and replaces lone surrogates. */
export function bounded(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  let s = value.length > max ? value.slice(0, max) : value;
  if (s.length === max && isHighSurrogate(s.charCodeAt(max - 1))) s = s.slice(0, max - 1);
  return s.toWellFormed();
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const KNOWN_TAGS =
  "p|br|div|span|a|b|i|u|s|strong|em|font|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|img|hr|" +
  "blockquote|html|head|body|meta|title|o:p|center|small|sup|sub|pre|code|section|article|header|footer";
const BLOCK_TAG = new RegExp(
  `<\\/?(?:p|div|br|tr|li|h[1-6]|blockquote|table|ul|ol|hr)\\b[^<>]{0,500}>`,
  "gi"
);
const ANY_TAG = new RegExp(`<\\/?(?:${KNOWN_TAGS})\\b[^<>]{0,500}>`, "gi");
const STYLE_BLOCK = /<(style|script)\b[^>]{0,500}>[\s\S]{0,20000}?<\/\1>/gi;
const ENTITY =
  /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(nbsp|amp|lt|gt|quot|apos|ndash|mdash|rsquo|lsquo|rdquo|ldquo|hellip));/gi;
const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  hellip: "…",
};

/**
 * Plain text as the rest of the core expects it: HTML tags a client left behind turned into line
 * breaks or dropped, entities decoded, exotic spaces made plain, CRLF made LF. Only known tag names
 * are touched, so template placeholders such as "<first name>" survive.
 */
export function cleanBody(raw: string): string {
  let s = raw;
  if (s.indexOf("<") !== -1) {
    s = s.replace(STYLE_BLOCK, " ").replace(BLOCK_TAG, "\n").replace(ANY_TAG, "");
  }
  if (s.indexOf("&") !== -1) s = s.replace(ENTITY, decodeEntity);
  if (s.indexOf("\r") !== -1) s = s.replace(/\r\n?/g, "\n");
  if (hasOddSpace(s)) s = s.replace(ODD_SPACE_ALL, (ch) => (INVISIBLE.test(ch) ? "" : " "));
  return s;
}

/** ODD_SPACE.test(s). In ASCII text only tab, vertical tab and form feed can be one: three native searches instead of a scan. */
function hasOddSpace(s: string): boolean {
  if (asciiBytes(s) !== null)
    return s.indexOf("\t") !== -1 || s.indexOf("\v") !== -1 || s.indexOf("\f") !== -1;
  return ODD_SPACE.test(s);
}

// Classic Outlook's JavaScript-only runtime, where the event handlers run, is not a browser and
// need not have TextEncoder; there the bytes are copied one by one.
const ENCODER = typeof TextEncoder === "undefined" ? null : new TextEncoder();
let asciiScratch = new Uint8Array(4096);

/**
 * The text's characters as bytes, in [0, length) of a buffer shared by every call (valid until the
 * next one), when they are all ASCII; else null. Native, and far faster than looking at each.
 */
export function asciiBytes(text: string): Uint8Array | null {
  const n = text.length;
  if (asciiScratch.length < n) asciiScratch = new Uint8Array(n + (n >> 1));
  if (ENCODER) {
    const { read, written } = ENCODER.encodeInto(text, asciiScratch);
    return read === n && written === n ? asciiScratch : null;
  }
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return null;
    asciiScratch[i] = code;
  }
  return asciiScratch;
}

const ODD_SPACE = /[\u00a0\u2000-\u200d\u202f\u205f\u3000\t\f\v\u2060\ufeff\u00ad]/;
const ODD_SPACE_ALL = new RegExp(ODD_SPACE.source, "g");
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? match;
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return " ";
  return String.fromCodePoint(code);
}

/** Names and subjects are single-line; anything else in them is noise or header injection. */
export function cleanLine(raw: string): string {
  if (isCleanLine(raw)) return raw; // the usual case: nothing to replace, collapse or trim
  return raw.replace(LINE_NOISE, " ").replace(SPACES, " ").trim();
}

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const LINE_NOISE = /[\u0000-\u001f\u007f\u200b-\u200d\ufeff]+/g;
const SPACES = /\s+/g;

/** Whether cleanLine would hand the text back unchanged: no control or invisible characters, single plain spaces inside only. */
function isCleanLine(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x20 || c === 0x7f || (c >= 0x200b && c <= 0x200d) || isSpace(c)) return false;
  }
  return true;
}

/** Whether c is white space as a regular expression's \s sees it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space other than one plain space: what SPACES would change. */
const NOT_SQUASHED = /[^\S ]|\s\s/;

/** text.replace(/\s+/g, " "), handing the text back when every run of white space already is one plain space. */
export function squashSpaces(text: string): string {
  return NOT_SQUASHED.test(text) ? text.replace(SPACES, " ") : text;
}

// Accent folding by table: faster than normalize("NFD") and covers the six languages.
const FOLD = new Map<number, string>();
function addFold(chars: string, to: string): void {
  for (const ch of chars) FOLD.set(ch.charCodeAt(0), to);
}
addFold("àáâãäåāăą", "a");
addFold("çćĉċč", "c");
addFold("ďđ", "d");
addFold("èéêëēĕėęě", "e");
addFold("ĝğġģ", "g");
addFold("ĥħ", "h");
addFold("ìíîïĩīĭįı", "i");
addFold("ĵ", "j");
addFold("ķ", "k");
addFold("ĺļľŀł", "l");
addFold("ñńņňŉ", "n");
addFold("òóôõöøōŏő", "o");
addFold("ŕŗř", "r");
addFold("śŝşšș", "s");
addFold("ţťŧț", "t");
addFold("ùúûüũūŭůűų", "u");
addFold("ŵ", "w");
addFold("ýÿŷ", "y");
addFold("źżž", "z");
addFold("æ", "ae");
addFold("œ", "oe");
addFold("ß", "ss");
addFold("’ʼ‘`´", "'");
addFold("‐‑", "-");

/** Lower-case, accent-free form of an already lower-cased word. */
export function foldLower(word: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      out += word[i];
      continue;
    }
    if (c >= 0x300 && c <= 0x36f) {
      changed = true; // combining accent from decomposed input
      continue;
    }
    const f = FOLD.get(c);
    if (f === undefined) out += word[i];
    else {
      out += f;
      changed = true;
    }
  }
  return changed ? out : word;
}

export function fold(text: string): string {
  return foldLower(text.toLowerCase());
}

export function isUpperAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text.charAt(index);
  return ch !== ch.toLowerCase();
}

/** "sue.lee" → "Sue Lee"; for people known only by their address. */
export function titleCase(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/** Anything withoutAddresses would change besides trimming. */
const NEEDS_CLEANING = /@|\(\)|<>| {2}/;
const EMAIL = /[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g;

/** Connector's words may carry an address; a request must never show the other party's. */
export function withoutAddresses(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim(); // one scan for the usual case
  if (text.indexOf("@") === -1 && text.indexOf("()") === -1 && text.indexOf("<>") === -1)
    return text.replace(/ {2,}/g, " ").trim();
  return text
    .replace(EMAIL, "")
    .replace(/\(\s*\)|<\s*>|\[\s*\]/g, "")
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}
