// The built add-in, into a folder of its own: the task pane's own JavaScript stays within its
// 100 KB budget, and MSAL is only in what the pane fetches for nested app authentication and in the
// dialog's pages, never in what every pane (sandbox mode included) loads. events.js, which Outlook
// loads for every event, stays within its own budget without MSAL, and runs on the ECMAScript 2016
// engine of classic Outlook on Windows before Version 2403.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLYFILLED } from "../src/events/polyfills";
import { POLICY_KEY } from "../src/shared/draft-memory";
import { es2016Problems, LATER_LIBRARY } from "./es2016";
import { fakeServer, outlookMock, person, settle } from "./outlook-mock";

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
  events: {
    bytes: number;
    gzipBytes: number;
    budgetGzipBytes: number;
    signIn: { file: string; bytes: number; gzipBytes: number };
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

  describe("events.js", () => {
    it("stays within its budget, which the bundle with MSAL in it was twice over", () => {
      const { bytes, gzipBytes, budgetGzipBytes, signIn } = size.events;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.info(
        `events.js: ${kb(bytes)} minified, ${kb(gzipBytes)} gzipped; events-auth.js: ${kb(signIn.bytes)}, ${kb(signIn.gzipBytes)} gzipped`
      );
      expect(budgetGzipBytes).toBe(56 * 1024);
      expect(gzipBytes).toBeLessThanOrEqual(budgetGzipBytes);
      expect(bytes).toBeLessThanOrEqual(192 * 1024);
    });

    it("leaves MSAL to events-auth.js, which only a page loads when an event needs a token", () => {
      expect(www("events.js")).not.toContain(MSAL_MARK);
      expect(www("events-auth.js")).toContain(MSAL_MARK);
      expect(www("events.js")).toContain('"/events-auth.js"');
      expect(www("events.html")).not.toContain("events-auth.js");
    });

    it("ships without source maps", () => {
      for (const file of ["events.js", "events-auth.js"])
        expect(www(file), file).not.toContain("sourceMappingURL");
      expect(readdirSync(join(out, "wwwroot")).filter((f) => /^events.*\.map$/.test(f))).toEqual(
        []
      );
    });

    it("is ECMAScript 2016: its syntax, its regular expressions, and library calls it defines itself", () => {
      expect(es2016Problems(www("events.js")).filter((p) => !POLYFILLED.includes(p))).toEqual([]);
    });

    it("loads, keeps the policy and stops an introduction at Send where no later library exists", async () => {
      const mock = outlookMock({
        to: [person("Juan Perez", "juan@example.com")],
        cc: [person("Sue Lee", "sue@example.org")],
        subject: "Intro: Juan <> Sue",
        body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models.\n\nJuan, meet Sue. Sue, meet Juan.\n\nBest,\nAlex",
      });
      const policy = {
        followUpAfterBusinessDays: 7,
        expireAfterBusinessDays: 7,
        finalIntro: "send",
        sendCheck: "softBlock",
        retentionDays: 365,
      };
      const server = fakeServer((call) =>
        call.url.endsWith("/addin/config.json")
          ? { json: { mode: "sandbox" } }
          : call.url.endsWith("/api/policy")
            ? { json: policy }
            : { status: 404 }
      );
      const handlers = new Map<string, (event: { completed(o?: unknown): void }) => void>();
      const office = Object.assign(Object.create(mock.office as object) as object, {
        actions: { associate: (name: string, fn: never) => handlers.set(name, fn) },
      });
      const context: Record<string, unknown> = {
        Office: office,
        fetch: server.fetch,
        setTimeout,
        clearTimeout,
        console: { ...console, warn: () => undefined },
      };
      // What an ECMAScript 2016 engine lacks, gone from this realm before events.js runs.
      const strip = LATER_LIBRARY.map(
        ([owner, name]) => `delete ${owner}[${JSON.stringify(name)}];`
      );
      const realm = createContext(context);
      runInContext(strip.join(""), realm);
      runInContext(www("events.js"), realm);
      // Gone indeed: events.js defines only what it calls.
      expect(runInContext("typeof Object.fromEntries + typeof globalThis", realm)).toBe(
        "undefinedundefined"
      );

      const run = async (name: string) => {
        const completed: unknown[] = [];
        handlers.get(name)?.({ completed: (o?: unknown) => completed.push(o) });
        await expect.poll(() => completed.length, { timeout: 5000 }).toBe(1);
        await settle();
        expect(completed).toHaveLength(1);
        return completed[0];
      };
      expect(await run("onNewMessageComposeHandler")).toBeUndefined();
      expect(JSON.parse(mock.state.session[POLICY_KEY] ?? "{}")).toEqual(policy);
      expect(mock.state.notices["doubleOptIn"]).toMatchObject({ type: "insightMessage" });
      const fetched = server.calls.length;
      expect(await run("onMessageSendHandler")).toMatchObject({ allowEvent: false });
      expect(server.calls).toHaveLength(fetched);
    });
  });
});
