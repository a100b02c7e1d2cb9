// Builds the add-in with esbuild: `npm run build [-- --origin https://intros.contoso.com]`.
//   dist/wwwroot/  the task pane (taskpane.html, .js, .css) and the event handlers (events.html,
//                  events.js): served by the server in every mode
//   dist/manifest.xml  the manifest with every URL on --origin (default https://localhost:5001),
//                  which is also the origin events.js calls in classic Outlook on Windows
//   dist/sandbox/  the sandbox compose page, its Office stand-in and pane.html: served under
//                  /sandbox by the server in sandbox mode only
// pane.html is taskpane.html with Microsoft's office.js swapped for the stand-in; the pane's own
// script and style sheet are the same files. Prints the gzipped size of our task pane JavaScript
// and fails above the 100 KB budget.

import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildEvents, TARGET } from "./events-build.mjs";
import { DEV_ORIGIN, option, parseOrigin, writeManifest } from "./manifest.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const www = join(dist, "wwwroot");
const sandbox = join(dist, "sandbox");
const BUDGET = 100 * 1024;
const OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const STAND_IN = '<script src="/sandbox/assets/office-standin.js"></script>';

const origin = parseOrigin(option("origin", process.env.INTROS_ORIGIN || DEV_ORIGIN));

rmSync(dist, { recursive: true, force: true });
mkdirSync(www, { recursive: true });
mkdirSync(sandbox, { recursive: true });

const common = { bundle: true, minify: true, target: TARGET, logLevel: "warning", legalComments: "none" };

const pane = await build({
  ...common,
  entryPoints: { taskpane: join(root, "src/taskpane/main.tsx") },
  outdir: www,
  format: "iife",
  sourcemap: "linked",
  metafile: true,
});
await build({ ...common, entryPoints: { taskpane: join(root, "src/taskpane/taskpane.css") }, outdir: www });
await build({
  ...common,
  entryPoints: {
    sandbox: join(root, "src/sandbox/main.ts"),
    "office-standin": join(root, "src/sandbox/office-standin.ts"),
  },
  outdir: sandbox,
  format: "iife",
  sourcemap: "linked",
});
await build({ ...common, entryPoints: { sandbox: join(root, "src/sandbox/sandbox.css") }, outdir: sandbox });

await buildEvents({ root, outdir: www, origin });
writeManifest(origin, join(dist, "manifest.xml"));

const html = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");
if (!html.includes(OFFICE_JS)) throw new Error("taskpane.html must load office.js exactly as " + OFFICE_JS);
writeFileSync(join(www, "taskpane.html"), html);
writeFileSync(join(sandbox, "pane.html"), html.replace(OFFICE_JS, STAND_IN));
writeFileSync(join(sandbox, "sandbox.html"), readFileSync(join(root, "src/sandbox/sandbox.html"), "utf8"));

const js = readFileSync(join(www, "taskpane.js"));
const gz = gzipSync(js, { level: 9 }).length;
const inputs = Object.entries(pane.metafile.outputs[Object.keys(pane.metafile.outputs).find((k) => k.endsWith("taskpane.js"))].inputs)
  .map(([file, info]) => [file.replace(/^.*node_modules\//, "node_modules/").split("/").slice(0, 3).join("/"), info.bytesInOutput]);
const byArea = {};
for (const [file, bytes] of inputs) {
  const area = file.startsWith("node_modules/") ? file.split("/").slice(0, 2).join("/") : file.split("/").slice(0, 2).join("/");
  byArea[area] = (byArea[area] ?? 0) + bytes;
}
const size = { file: "taskpane.js", bytes: js.length, gzipBytes: gz, budgetGzipBytes: BUDGET, minifiedBytesBySource: byArea };
writeFileSync(join(dist, "size.json"), JSON.stringify(size, null, 2) + "\n");
process.stdout.write(`taskpane.js: ${(js.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (budget 100 KB)\n`);
const events = readFileSync(join(www, "events.js"));
process.stdout.write(`events.js: ${(events.length / 1024).toFixed(1)} KB minified, ${(gzipSync(events, { level: 9 }).length / 1024).toFixed(1)} KB gzipped; manifest for ${origin}\n`);
if (gz > BUDGET) {
  process.stderr.write("The task pane's JavaScript is over its 100 KB gzipped budget.\n");
  process.exit(1);
}
