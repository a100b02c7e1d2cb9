// The end-to-end tests' world: the real server (built DLL, sandbox mode, a temp SQLite file, a fixed
// clock) on a free loopback port, the freshly built add-in beside it, and headless Debian Chromium.

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

export const addinRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(addinRoot, "..");
const serverBin = join(repoRoot, "server/OutlookIntroAddin/bin/Release/net10.0");
export const serverDll = join(serverBin, "OutlookIntroAddin.dll");
// Debian's Chromium by default; CHROMIUM_PATH names another build (Ubuntu CI images ship Google Chrome).
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const screenshotDir = join(addinRoot, "test-output/screenshots");

/** Why the browser tests cannot run here, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is absent (apt-get install chromium)`;
  if (!existsSync(serverDll))
    return `the server is not built (${serverDll}); run dotnet build -c Release first`;
  return null;
}

function sameFiles(from: string, to: string): boolean {
  if (!existsSync(to)) return false;
  return readdirSync(from).every(
    (name) =>
      existsSync(join(to, name)) &&
      readFileSync(join(from, name)).equals(readFileSync(join(to, name)))
  );
}

/**
 * Builds the add-in and makes sure the server serves this build. The server's build copies
 * addin/dist, so when it ran before the add-in's (scripts/test.sh builds the server first), the
 * fresh files are copied beside its binaries here.
 */
export function buildAddin(): void {
  execFileSync(process.execPath, [join(addinRoot, "scripts/build.mjs")], {
    cwd: addinRoot,
    stdio: "pipe",
  });
  for (const [from, to] of [
    [join(addinRoot, "dist/wwwroot"), join(serverBin, "wwwroot")],
    [join(addinRoot, "dist/sandbox"), join(serverBin, "sandbox")],
  ] as const) {
    if (sameFiles(from, to)) continue;
    mkdirSync(to, { recursive: true });
    cpSync(from, to, { recursive: true });
    // Stale precompressed copies would be served instead of the new files.
    for (const name of readdirSync(to))
      if (name.endsWith(".gz") && existsSync(join(from, name.slice(0, -3)))) rmSync(join(to, name));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolvePort(address.port)
          : reject(new Error("no port"))
      );
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** The server in sandbox mode with its clock on a Wednesday; bounded wait for /healthz. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "intro-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(
    "dotnet",
    [
      serverDll,
      "--urls",
      url,
      "--Database:ConnectionString",
      `Data Source=${join(dir, "intros.db")}`,
      "--Sandbox:Enabled",
      "true",
      "--Sandbox:ClockStart",
      "2026-11-25T17:00:00Z",
      "--Work:PollInterval",
      "00:00:00.300",
    ],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DOTNET_NOLOGO: "1", ASPNETCORE_ENVIRONMENT: "Production" },
    }
  );
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false
    );
    if (ok) return { url, stop, log: () => output.join("") };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not start at ${url}:\n${output.join("")}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives every launch a fresh, temporary user data dir.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
    timeout: 60_000,
  });
}

/** Saves a screenshot under test-output/screenshots as `<scenario>-<nn>-<step>.png`. */
export function shooter(scenario: string) {
  mkdirSync(screenshotDir, { recursive: true });
  let n = 0;
  return async (page: Page, step: string, selector?: string): Promise<string> => {
    const path = join(screenshotDir, `${scenario}-${String(++n).padStart(2, "0")}-${step}.png`);
    if (selector) await page.locator(selector).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    return path;
  };
}

export async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Inside a describe: the server started and Chromium launched once (the add-in is built by e2e/setup), both closed after. */
export function sandboxWorld(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);
  return {
    get server() {
      if (!server) throw new Error("The server has not started.");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser has not started.");
      return browser;
    },
  };
}
