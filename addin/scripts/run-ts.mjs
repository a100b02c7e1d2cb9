// Runs a TypeScript entry point without a separate build step: esbuild bundles it into
// node_modules/.cache (a private, ignored place) and the bundle is imported in this same process,
// so standard input, output and the exit code are the program's own. esbuild prints nothing here.

import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: node scripts/run-ts.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const outdir = join(root, "node_modules", ".cache", "run-ts");
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, ".ts")}-${process.pid}.mjs`);

await build({
  entryPoints: [resolve(root, entry)],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "error",
  sourcemap: "inline",
});
process.argv.splice(1, 2, resolve(root, entry));
try {
  await import(pathToFileURL(outfile).href);
} finally {
  // The bundle is disposable; a fresh one is built on every run.
  const { rmSync } = await import("node:fs");
  rmSync(outfile, { force: true });
}
