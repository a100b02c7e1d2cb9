// Imports between the folders of src/ run one way, from the entry points down to the core, so a
// folder can be read, tested and changed without the ones above it. Read from the source files'
// import lines; the table is the architecture, and README.md describes it.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../src");

/** Which folders of src/ each folder may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  // Detection and drafting: plain TypeScript, no Office.js, no server, no packages.
  core: [],
  // What the pane and the event handlers share: the MailHost contract, the draft assessment,
  // per-draft memory and the tenant policy. No Office.js, no packages.
  shared: ["core"],
  // The Office.js adapters: the only code that touches the Office API.
  office: ["shared", "core"],
  // Signing in (MSAL, the Office dialog), on the Office sign-in adapter.
  auth: ["office", "shared", "core"],
  // The one fetch wrapper to the server; it asks auth for tokens.
  api: ["auth", "shared", "core"],
  // Entry points. They never import one another, except that the sandbox page runs the event
  // handlers in place of Outlook.
  taskpane: ["api", "auth", "office", "shared", "core"],
  events: ["api", "auth", "office", "shared", "core"],
  sandbox: ["events", "api", "auth", "office", "shared", "core"],
  cli: ["core"],
};

/** Folders that may import no npm package either: they run anywhere, Node tests and benchmarks included. */
const NO_PACKAGES = ["core", "shared"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}

/** Every module specifier: imports, re-exports and import(), as the TypeScript compiler reads them. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const folderOf = (file: string) => relative(src, file).split(sep)[0] ?? "";

interface Arrow {
  file: string;
  target: string;
}

function arrows(): Arrow[] {
  return sourceFiles(src).flatMap((file) =>
    specifiers(readFileSync(file, "utf8")).map((spec) => ({
      file: relative(src, file),
      target: spec.startsWith(".") ? folderOf(resolve(dirname(file), spec)) : `package ${spec}`,
    }))
  );
}

describe("the folders of src/", () => {
  const all = arrows();

  it("are all named in the table", () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it("import only the folders below them", () => {
    const wrong = all
      .filter((a) => !a.target.startsWith("package "))
      .filter((a) => {
        const from = folderOf(join(src, a.file));
        return a.target !== from && !(ALLOWED[from] ?? []).includes(a.target);
      })
      .map((a) => `${a.file} → ${a.target}/`);
    expect(wrong).toEqual([]);
  });

  it("keep the core and the shared pieces free of packages", () => {
    const wrong = all
      .filter(
        (a) => a.target.startsWith("package ") && NO_PACKAGES.includes(folderOf(join(src, a.file)))
      )
      .map((a) => `${a.file} → ${a.target}`);
    expect(wrong).toEqual([]);
  });

  it("are read by this test at all", () => {
    // Nothing found would make the checks above pass vacuously.
    expect(
      all.filter((a) => a.file.startsWith(`taskpane${sep}`) && a.target === "api").length
    ).toBeGreaterThan(0);
    expect(all.filter((a) => a.file.startsWith(`core${sep}`)).length).toBeGreaterThan(50);
  });
});
