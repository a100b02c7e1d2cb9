// Finds how the connector closes the letter ("Cheers,", "Viele Grüße"), to reuse it in the requests.

import { PACKS } from "./phrases";
import { fold } from "./text";

const CLOSINGS = new Set(PACKS.flatMap((p) => p.closings.map(fold)));

/** The closing line among the last lines of the fresh text, and the offset where it starts (-1 if none). */
export function readClosing(fresh: string): { closing: string; at: number } {
  const lines = fresh.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 6; i--) {
    const trimmed = (lines[i] ?? "").trim();
    if (trimmed === "") continue;
    seen++;
    // The closing sits below the last line of prose; "Juan," above it is a salutation.
    if (trimmed.length > 40) break;
    const known = CLOSINGS.has(fold(trimmed).replace(/[,!.]+$/, ""));
    const shortWithComma = trimmed.endsWith(",") && trimmed.split(/\s+/).length <= 4 && seen > 1;
    if (known || shortWithComma) return { closing: trimmed, at: starts[i] ?? -1 };
  }
  return { closing: "", at: -1 };
}
