// `vitest run` fails when the code or the tests do not type-check: esbuild alone strips types
// without checking them. Runs the project's own tsc once per run.

import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export default function typecheck(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "-p", root], { cwd: root, stdio: "pipe" });
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`type errors:\n${out.stdout?.toString() ?? ""}${out.stderr?.toString() ?? ""}`);
  }
}
