// Builds the add-in with esbuild: `npm run build [-- --origin https://intros.contoso.com]`.
//   dist/wwwroot/  the task pane (taskpane.html, .js, .css) and the event handlers (events.html,
//                  events.js): served by the server in every mode
//   dist/manifest.xml  the manifest with every URL on --origin (else INTROS_ORIGIN, else
//                  https://localhost:5001), which is also the origin events.js calls in classic
//                  Outlook on Windows; the build prints which it used
//   dist/sandbox/  the sandbox compose page, its Office stand-in and pane.html: served under
//                  /sandbox by the server in sandbox mode only
// pane.html is taskpane.html with Microsoft's office.js swapped for the stand-in; the pane's own
// script and style sheet are the same files. The pane is an ES module: MSAL (nested app
// authentication) is a chunk it imports only in Entra ID mode, and the sign-in dialog's pages
// (auth-dialog.html, auth-redirect.html) are bundles of their own.
// Prints the gzipped size of our own task pane JavaScript (taskpane.js and the chunks it always
// loads) and fails above the 100 KB budget; MSAL's chunk and the dialog pages are reported beside it.
// Likewise events.js, which Outlook loads for every event, against its own 56 KB budget; MSAL for
// the event handlers (events-auth.js) is reported beside it.

import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildEvents, TARGET } from "./events-build.mjs";
import { chooseOrigin, readOptions, writeManifest } from "./manifest.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// ADDIN_DIST builds elsewhere (the bundle test), leaving the dist the server copies alone.
const dist = process.env.ADDIN_DIST ? resolve(process.env.ADDIN_DIST) : join(root, "dist");
const www = join(dist, "wwwroot");
const sandbox = join(dist, "sandbox");
const BUDGET = 100 * 1024;
const EVENTS_BUDGET = 56 * 1024;
const OFFICE_JS =
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const STAND_IN = '<script src="/sandbox/assets/office-standin.js"></script>';

let origin, from;
try {
  ({ origin, from } = chooseOrigin(readOptions(["origin"])));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(2);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(www, { recursive: true });
mkdirSync(sandbox, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  target: TARGET,
  logLevel: "warning",
  legalComments: "none",
};

const pane = await build({
  ...common,
  entryPoints: { taskpane: join(root, "src/taskpane/main.tsx") },
  outdir: www,
  format: "esm",
  splitting: true,
  // Flat: wwwroot is copied file by file.
  chunkNames: "[name]-[hash]",
  sourcemap: "linked",
  metafile: true,
});
const signInPages = await build({
  ...common,
  entryPoints: {
    "auth-dialog": join(root, "src/auth/dialog-page.ts"),
    "auth-redirect": join(root, "src/auth/redirect-page.ts"),
  },
  outdir: www,
  format: "iife",
  sourcemap: "linked",
  metafile: true,
});
await build({
  ...common,
  entryPoints: { taskpane: join(root, "src/taskpane/taskpane.css") },
  outdir: www,
});
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
await build({
  ...common,
  entryPoints: { sandbox: join(root, "src/sandbox/sandbox.css") },
  outdir: sandbox,
});

await buildEvents({ root, outdir: www, origin });
writeManifest(origin, join(dist, "manifest.xml"));

const html = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8");
if (!html.includes(OFFICE_JS))
  throw new Error("taskpane.html must load office.js exactly as " + OFFICE_JS);
writeFileSync(join(www, "taskpane.html"), html);
writeFileSync(join(sandbox, "pane.html"), html.replace(OFFICE_JS, STAND_IN));
writeFileSync(
  join(sandbox, "sandbox.html"),
  readFileSync(join(root, "src/sandbox/sandbox.html"), "utf8")
);
for (const page of ["auth-dialog.html", "auth-redirect.html"])
  writeFileSync(join(www, page), readFileSync(join(root, "src/auth", page), "utf8"));

// What the pane always loads: taskpane.js and the chunks it imports statically (never the dynamic ones).
const outputs = pane.metafile.outputs;
const key = (file) => Object.keys(outputs).find((k) => k.endsWith(file));
const staticClosure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file].imports)
    if (i.kind === "import-statement") staticClosure(i.path, seen);
  return seen;
};
const always = [...staticClosure(key("taskpane.js"))];
const lazy = Object.keys(outputs).filter((k) => k.endsWith(".js") && !always.includes(k));
// Metafile paths are relative to absWorkingDir (root).
const gz = (files) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(resolve(root, f)), { level: 9 }).length, 0);
const raw = (files) => files.reduce((n, f) => n + readFileSync(resolve(root, f)).length, 0);
const byArea = {};
for (const file of always) {
  for (const [input, info] of Object.entries(outputs[file].inputs)) {
    const area = input
      .replace(/^.*node_modules\//, "node_modules/")
      .split("/")
      .slice(0, input.includes("node_modules/@") ? 3 : 2)
      .join("/");
    byArea[area] = (byArea[area] ?? 0) + info.bytesInOutput;
  }
}
const pages = Object.keys(signInPages.metafile.outputs).filter((k) => k.endsWith(".js"));
const inWww = (file) => join(www, file);
const name = (f) => f.split("/").pop();
const size = {
  file: "taskpane.js",
  files: always.map(name),
  bytes: raw(always),
  gzipBytes: gz(always),
  budgetGzipBytes: BUDGET,
  minifiedBytesBySource: byArea,
  // Outside the budget: MSAL, fetched only in Entra ID mode with nested app authentication, and the dialog's pages.
  signIn: {
    nestedAppAuth: { files: lazy.map(name), bytes: raw(lazy), gzipBytes: gz(lazy) },
    dialogPages: Object.fromEntries(
      pages.map((f) => [name(f), { bytes: raw([f]), gzipBytes: gz([f]) }])
    ),
  },
  events: {
    file: "events.js",
    bytes: raw([inWww("events.js")]),
    gzipBytes: gz([inWww("events.js")]),
    budgetGzipBytes: EVENTS_BUDGET,
    // Loaded by a page only when an event needs a token.
    signIn: {
      file: "events-auth.js",
      bytes: raw([inWww("events-auth.js")]),
      gzipBytes: gz([inWww("events-auth.js")]),
    },
  },
};
writeFileSync(join(dist, "size.json"), JSON.stringify(size, null, 2) + "\n");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(
  `task pane (${size.files.join(", ")}): ${kb(size.bytes)} minified, ${kb(size.gzipBytes)} gzipped (budget 100 KB)\n`
);
process.stdout.write(
  `sign-in, outside the budget: MSAL for nested app authentication ${kb(size.signIn.nestedAppAuth.gzipBytes)} gzipped, loaded only in Entra ID mode; ` +
    Object.entries(size.signIn.dialogPages)
      .map(([f, v]) => `${f} ${kb(v.gzipBytes)}`)
      .join(", ") +
    " gzipped\n"
);
process.stdout.write(
  `events.js: ${kb(size.events.bytes)} minified, ${kb(size.events.gzipBytes)} gzipped (budget 56 KB); ` +
    `MSAL for the event handlers (events-auth.js) ${kb(size.events.signIn.gzipBytes)} gzipped, loaded only when one needs a token\n`
);
process.stdout.write(`origin ${origin} (${from}): in dist/manifest.xml and events.js\n`);
if (size.gzipBytes > BUDGET) {
  process.stderr.write("The task pane's JavaScript is over its 100 KB gzipped budget.\n");
  process.exit(1);
}
if (size.events.gzipBytes > EVENTS_BUDGET) {
  process.stderr.write("events.js is over its 56 KB gzipped budget.\n");
  process.exit(1);
}
