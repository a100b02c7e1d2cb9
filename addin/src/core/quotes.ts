// Separates what the connector wrote now from the quoted history of a reply or forward, so that
// an introduction quoted below a "thanks, moving you to bcc" never decides the verdict.

import { PACKS } from "./phrases";
import { fold, isSpace } from "./text";
import { LETTER } from "./unicode";

export interface SplitBody {
  /** What the sender wrote in this message: no ">" lines, nothing after a quote header or signature. */
  fresh: string;
  /** Everything recognised as history, kept for callers that want it. */
  quoted: string;
}

const WROTE_START = new Set(PACKS.flatMap((p) => p.quotes.wroteStart.map(fold)));
const WROTE = [...new Set(PACKS.flatMap((p) => p.quotes.wrote.map(fold)))];
const SEPARATORS = [...new Set(PACKS.flatMap((p) => p.quotes.separators.map(fold)))];
const HEADER_FROM = new Set(PACKS.flatMap((p) => p.quotes.headerFrom.map(fold)));
const HEADER_OTHER = new Set(PACKS.flatMap((p) => p.quotes.headerOther.map(fold)));

const MAX_HEADER_LINE = 300;
const NOT_LETTERS = new RegExp(`[^${LETTER}]`, "gu");

/** "From:", "De :", "*Von:*" → "from" / "de" / "von"; null when the line is not a header. */
function headerLabel(line: string): string | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 24) return null;
  const label = line.slice(0, colon).replace(/\*/g, "").trim();
  return label.length > 0 ? label : null;
}

function isSeparator(line: string): boolean {
  if (line.length > 120) return false;
  if (/^_{8,}\s*$/.test(line)) return true; // Outlook's line above a quoted header block
  for (const s of SEPARATORS) if (line.includes(s)) return true;
  return false;
}

function isAttribution(line: string, next: string): boolean {
  const joined =
    line.length <= MAX_HEADER_LINE && !line.trimEnd().endsWith(":") ? `${line} ${next}` : line;
  const trimmed = joined.trimEnd();
  if (!trimmed.endsWith(":") || trimmed.length > MAX_HEADER_LINE * 2) return false;
  const hasVerb = WROTE.some((w) => trimmed.includes(` ${w}`));
  if (!hasVerb) return false;
  const firstWord = trimmed.slice(0, trimmed.indexOf(" ")).replace(NOT_LETTERS, "");
  return WROTE_START.has(firstWord) || trimmed.includes("@") || /\d/.test(trimmed);
}

/**
 * Could any line be quoted or open history? Each such line has a ">" or a colon, or starts with "-"
 * or "_" after white space (over-matching only means looking closer). Native searches, no lines cut.
 */
function mayHaveMarkers(body: string): boolean {
  if (body.indexOf(">") !== -1 || body.indexOf(":") !== -1) return true;
  for (let at = 0; ;) {
    let c = body.charCodeAt(at);
    while (c !== 0x0a && isSpace(c)) c = body.charCodeAt(++at);
    if (c === 0x2d || c === 0x5f) return true;
    const newline = body.indexOf("\n", at);
    if (newline === -1) return false;
    at = newline + 1;
  }
}

/** The text runs line by line; each line is looked at once, so long histories stay cheap. */
export function splitQuoted(body: string): SplitBody {
  if (!mayHaveMarkers(body)) return { fresh: body, quoted: "" };
  const lines = body.split("\n");
  const fresh: string[] = [];
  const quoted: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = raw.trimStart();
    if (line.startsWith(">")) {
      quoted.push(raw);
      continue;
    }
    // Every marker has a colon ("wrote:", "From:") or opens with dashes or underscores.
    const first = line.charCodeAt(0);
    if (
      line.length === 0 ||
      line.length > MAX_HEADER_LINE ||
      (first !== 0x2d && first !== 0x5f && line.indexOf(":") === -1)
    ) {
      fresh.push(raw);
      continue;
    }
    const low = fold(line);
    if (low === "--" || low === "-- " || isSeparator(low)) return finish(fresh, quoted, lines, i);
    const next = fold((lines[i + 1] ?? "").trim());
    if (isAttribution(low, next)) {
      // Bottom-posting: an attribution followed by ">" lines only frames that block.
      let j = i + 1;
      if (!low.trimEnd().endsWith(":")) j++;
      while (j < lines.length && (lines[j] ?? "").trim() === "") j++;
      if ((lines[j] ?? "").trimStart().startsWith(">")) {
        quoted.push(...lines.slice(i, j));
        i = j - 1;
        continue;
      }
      return finish(fresh, quoted, lines, i);
    }
    const label = headerLabel(low);
    if (label !== null && HEADER_FROM.has(label) && headerFollows(lines, i + 1))
      return finish(fresh, quoted, lines, i);
    fresh.push(raw);
  }
  // Nothing was quoted: hand back the body itself rather than a copy.
  if (quoted.length === 0) return { fresh: body, quoted: "" };
  return { fresh: fresh.join("\n"), quoted: quoted.join("\n") };
}

function headerFollows(lines: readonly string[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 6); j++) {
    const line = (lines[j] ?? "").trim();
    if (line.length > MAX_HEADER_LINE) return false;
    const label = headerLabel(fold(line));
    if (label !== null && HEADER_OTHER.has(label)) return true;
  }
  return false;
}

function finish(
  fresh: string[],
  quoted: string[],
  lines: readonly string[],
  cut: number
): SplitBody {
  return { fresh: fresh.join("\n"), quoted: [...quoted, ...lines.slice(cut)].join("\n") };
}
