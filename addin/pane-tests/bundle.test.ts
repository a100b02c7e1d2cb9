// The built add-in, into a folder of its own: the task pane's own JavaScript stays within its
// 100 KB budget, and MSAL is only in what the pane fetches for nested app authentication and in the
// dialog's pages, never in what every pane (sandbox mode included) loads.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const addin = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// A string literal of MSAL's nested app authentication that survives minification.
const MSAL_MARK = "nestedAppAuthBridge";

interface Size {
  files: string[];
  gzipBytes: number;
  budgetGzipBytes: number;
  minifiedBytesBySource: Record<string, number>;
  signIn: {
    nestedAppAuth: { files: string[]; gzipBytes: number };
    dialogPages: Record<string, { gzipBytes: number }>;
  };
}

describe("the built add-in", () => {
  let out: string;
  let size: Size;
  const www = (name: string) => readFileSync(join(out, "wwwroot", name), "utf8");

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "addin-build-"));
    execFileSync(process.execPath, [join(addin, "scripts/build.mjs")], {
      cwd: addin,
      env: { ...process.env, ADDIN_DIST: out },
      stdio: "pipe",
    });
    size = JSON.parse(readFileSync(join(out, "size.json"), "utf8")) as Size;
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("keeps the task pane's own JavaScript within its budget, without MSAL", () => {
    expect(size.gzipBytes).toBeLessThanOrEqual(size.budgetGzipBytes);
    expect(Object.keys(size.minifiedBytesBySource).filter((s) => s.includes("@azure"))).toEqual([]);
    for (const file of size.files) expect(www(file), file).not.toContain(MSAL_MARK);
  });

  it("puts MSAL in a chunk the pane imports only when it is needed", () => {
    const lazy = size.signIn.nestedAppAuth.files;
    expect(lazy.some((f) => www(f).includes(MSAL_MARK))).toBe(true);
    expect(lazy.some((f) => f.startsWith("naa-"))).toBe(true);
    expect(www("taskpane.js")).toMatch(/import\("\.\/naa-[A-Z0-9]+\.js"\)/);
    expect(www("taskpane.html")).toContain('<script type="module" src="/taskpane.js"></script>');
    expect(size.signIn.nestedAppAuth.gzipBytes).toBeGreaterThan(20 * 1024);
  });

  it("builds the sign-in dialog's pages beside the pane", () => {
    expect(Object.keys(size.signIn.dialogPages).sort()).toEqual([
      "auth-dialog.js",
      "auth-redirect.js",
    ]);
    expect(www("auth-dialog.html")).toContain('src="/auth-dialog.js"');
    expect(www("auth-dialog.html")).toContain("office.js");
    expect(www("auth-redirect.html")).toContain('src="/auth-redirect.js"');
  });
});
