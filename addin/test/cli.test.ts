// The evaluation command line, run exactly as the README documents it.

import { execFileSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { drafts } from "./fixtures/drafts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function run(input: string): string {
  return execFileSync("npm", ["run", "--silent", "detect"], {
    cwd: root,
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}

describe("npm run --silent detect", () => {
  it("answers each JSON line with one JSON line, in order, and prints nothing else", () => {
    const sample = drafts.slice(0, 12);
    const input = sample.map((f) => JSON.stringify({ id: f.id, ...f.draft })).join("\n") + "\n";
    const lines = run(input)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toHaveLength(sample.length);
    lines.forEach((line, i) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(row)).toEqual(["id", "isIntro", "confidence", "parties", "reason"]);
      expect(row.id).toBe(sample[i]?.id);
      expect(row.isIntro).toBe(sample[i]?.isIntro);
    });
  });

  it("keeps the output aligned when a line is not JSON, and skips blank lines", () => {
    const lines = run('{"id":1,"body":"hello"}\n\nnot json\r\n{"id":"x","to":[]}')
      .split("\n")
      .filter((l) => l !== "");
    expect(lines.map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([1, null, "x"]);
  });
});
