// Builds the event handlers: events.js, ONE classic script with nothing to import (classic Outlook
// on Windows runs it alone in a JavaScript-only runtime), and events.html, the page Outlook on the
// web, new Outlook and Mac load it from. The origin is written in because that runtime has no
// location to take it from and cannot fetch relative URLs.

import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TARGET = ["chrome109", "edge109", "safari16", "firefox115"];
const OFFICE_JS =
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

export async function buildEvents({ root, outdir, origin }) {
  await build({
    entryPoints: { events: join(root, "src/events/main.ts") },
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    target: TARGET,
    legalComments: "none",
    logLevel: "warning",
    define: { __INTROS_ORIGIN__: JSON.stringify(origin) },
  });
  const html = readFileSync(join(root, "src/events/events.html"), "utf8");
  if (!html.includes(OFFICE_JS))
    throw new Error("events.html must load office.js exactly as " + OFFICE_JS);
  writeFileSync(join(outdir, "events.html"), html);
  return join(outdir, "events.js");
}
