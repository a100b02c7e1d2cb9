// Writes the production manifest: the committed manifest.xml (development origin) with every URL
// moved to one origin. `npm run manifest -- --origin https://intros.contoso.com [--out file]`;
// `npm run build` runs it too (default origin: the development one), into dist/manifest.xml.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCE = join(root, "..", "manifest.xml");
export const DEV_ORIGIN = "https://localhost:5001";

/** An https origin with nothing after it, as Outlook requires of every add-in URL. */
export function parseOrigin(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--origin must be an absolute URL such as https://intros.contoso.com, not "${text}"`);
  }
  if (url.protocol !== "https:") throw new Error(`--origin must use https (Outlook loads add-ins only over https): ${text}`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new Error(`--origin is an origin only (scheme, host and port), not a path: ${text}`);
  }
  return url.origin;
}

export function productionManifest(origin, source = readFileSync(SOURCE, "utf8")) {
  const target = parseOrigin(origin);
  if (!source.includes(DEV_ORIGIN)) throw new Error(`${SOURCE} no longer uses ${DEV_ORIGIN}; update scripts/manifest.mjs`);
  return source.replaceAll(DEV_ORIGIN, target);
}

export function writeManifest(origin, out = join(root, "dist", "manifest.xml")) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, productionManifest(origin));
  return out;
}

/** `--name value` from the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = process.argv[at + 1];
  if (!value || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const out = writeManifest(option("origin", DEV_ORIGIN), option("out", undefined));
    process.stdout.write(`manifest: ${out}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  }
}
