// Writes the production manifest: the committed manifest.xml (development origin) with every URL
// moved to one origin. `npm run manifest -- --origin https://intros.contoso.com [--out file]`;
// `npm run build` runs it too (default origin: the development one), into dist/manifest.xml.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCE = join(root, "..", "manifest.xml");
export const DEV_ORIGIN = "https://localhost:5001";

/** An https origin with nothing after it, as Outlook requires of every add-in URL. */
export function parseOrigin(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--origin must be an absolute URL such as https://intros.contoso.com, not "${text}"`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(`--origin must use https (Outlook loads add-ins only over https): ${text}`);
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    throw new Error(`--origin is an origin only (scheme, host and port), not a path: ${text}`);
  }
  return url.origin;
}

export function productionManifest(origin, source = readFileSync(SOURCE, "utf8")) {
  const target = parseOrigin(origin);
  if (!source.includes(DEV_ORIGIN))
    throw new Error(`${SOURCE} no longer uses ${DEV_ORIGIN}; update scripts/manifest.mjs`);
  return source.replaceAll(DEV_ORIGIN, target);
}

export function writeManifest(origin, out = join(root, "dist", "manifest.xml")) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, productionManifest(origin));
  return out;
}

const USAGE = "options go after --, as in npm run build -- --origin https://intros.contoso.com";

/**
 * The script's options (`--name value` or `--name=value`), refusing anything else: an origin that
 * did not arrive must not quietly become the default. npm keeps `--origin` for itself when no `--`
 * comes before it, and hands the script only the stray URL.
 */
export function readOptions(names, argv = process.argv.slice(2), env = process.env) {
  for (const name of names) {
    if (env[`npm_config_${name}`] !== undefined)
      throw new Error(`npm took --${name} for itself: ${USAGE}`);
  }
  const options = Object.fromEntries(names.map((name) => [name, { type: "string" }]));
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : e} (${USAGE})`);
  }
}

/** The origin to build for, and where it came from: --origin, else INTROS_ORIGIN, else the development origin. */
export function chooseOrigin(options, env = process.env) {
  if (options.origin !== undefined)
    return { origin: parseOrigin(options.origin), from: "--origin" };
  if (env.INTROS_ORIGIN) return { origin: parseOrigin(env.INTROS_ORIGIN), from: "INTROS_ORIGIN" };
  return { origin: DEV_ORIGIN, from: "the default; --origin to change" };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = readOptions(["origin", "out"]);
    const { origin, from } = chooseOrigin(options);
    const out = writeManifest(origin, options.out);
    process.stdout.write(`manifest: ${out} for ${origin} (${from})\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  }
}
