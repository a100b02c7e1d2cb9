// Builds the event handlers: events.js, ONE classic script with nothing to import (classic Outlook
// on Windows runs it alone in a JavaScript-only runtime); events-auth.js, MSAL for nested app
// authentication, which events.js loads into a page only when it needs a token; and events.html,
// the page Outlook on the web, new Outlook and Mac load events.js from. The origin is written in
// because that runtime has no location to take it from and cannot fetch relative URLs.
// No source maps: Outlook fetches these files on every event, and nobody debugs a map there.

import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TARGET = ["chrome109", "edge109", "safari16", "firefox115"];
/**
 * Classic Outlook on Windows before Version 2403 (and Office 2021 and earlier) runs event handlers
 * on an ECMAScript 2016 engine. esbuild lowers later syntax (async functions become generators) but
 * not library calls or regular expressions: pane-tests/bundle.test.ts checks those.
 */
export const EVENTS_TARGET = ["es2016"];
const OFFICE_JS =
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

export async function buildEvents({ root, outdir, origin }) {
  const common = {
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    legalComments: "none",
    logLevel: "warning",
    sourcemap: false,
  };
  // Ahead of everything, esbuild's helpers included (src/events/polyfills.ts says why).
  const polyfills = await build({
    entryPoints: [join(root, "src/events/polyfills.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: EVENTS_TARGET,
    write: false,
    logLevel: "warning",
  });
  await build({
    ...common,
    entryPoints: { events: join(root, "src/events/main.ts") },
    target: EVENTS_TARGET,
    banner: { js: polyfills.outputFiles[0].text.trim() },
    define: { __INTROS_ORIGIN__: JSON.stringify(origin) },
  });
  // Only ever loaded by a page, in a browser Outlook keeps current.
  await build({
    ...common,
    entryPoints: { "events-auth": join(root, "src/events/auth-main.ts") },
    target: TARGET,
  });
  const html = readFileSync(join(root, "src/events/events.html"), "utf8");
  if (!html.includes(OFFICE_JS))
    throw new Error("events.html must load office.js exactly as " + OFFICE_JS);
  writeFileSync(join(outdir, "events.html"), html);
  return join(outdir, "events.js");
}
