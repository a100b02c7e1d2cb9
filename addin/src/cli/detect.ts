// Command line for evaluation: JSON lines { id, subject, from, to, cc, body } on standard input,
// one JSON line { id, isIntro, confidence, parties, reason } per input line on standard output,
// in order. Blank input lines are skipped; a line that is not JSON gets a negative verdict and a
// note on standard error, so the output stays aligned with the input.

import { createInterface } from "node:readline";
import { detect } from "../core/detect";
import type { Draft } from "../core/types";

interface Row {
  id: unknown;
  isIntro: boolean;
  confidence: number;
  parties: Array<{ name: string; address: string }>;
  reason: string;
}

function evaluate(line: string, lineNo: number): Row {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    process.stderr.write(`line ${lineNo}: not JSON, answered isIntro=false\n`);
    return { id: null, isIntro: false, confidence: 0, parties: [], reason: "" };
  }
  const record =
    typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const v = detect(record as Draft);
  return {
    id: record.id ?? null,
    isIntro: v.isIntro,
    confidence: v.confidence,
    parties: v.parties,
    reason: v.reason,
  };
}

const out: string[] = [];
const flush = (): void => {
  if (out.length > 0) process.stdout.write(out.join(""));
  out.length = 0;
};
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

let lineNo = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  lineNo++;
  if (line.trim() === "") continue;
  out.push(`${JSON.stringify(evaluate(line, lineNo))}\n`);
  if (out.length >= 256) flush();
}
flush();
