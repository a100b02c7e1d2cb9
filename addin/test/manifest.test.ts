// The manifest, checked offline: Microsoft's schemas (with xmllint, on manifest.xml and on the
// production copy the build writes), then what the schemas cannot check: resource ids, the runtime
// the launch events use, and the handler names against the built events.js.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvents } from "../scripts/events-build.mjs";
import { chooseOrigin, DEV_ORIGIN, productionManifest, readOptions } from "../scripts/manifest.mjs";
import { TASKPANE_COMMAND_ID } from "../src/events/decide";

const addin = resolve(import.meta.dirname, "..");
const repo = resolve(addin, "..");
// Carried in the repository (addin/schemas, with their provenance), so a fresh clone validates offline.
const schemas =
  process.env.INTROS_MANIFEST_SCHEMAS ?? resolve(addin, "schemas/office-addin-manifest");
const schema = join(schemas, "OfficeAppManifestV1_1.xsd");
const PRODUCTION = "https://intros.contoso.com";

let work: string;
let eventsJs: string;
const manifests: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "intros-manifest-"));
  manifests.development = join(repo, "manifest.xml");
  manifests.production = join(work, "manifest.xml");
  writeFileSync(manifests.production, productionManifest(PRODUCTION));
  eventsJs = readFileSync(
    await buildEvents({ root: addin, outdir: work, origin: PRODUCTION }),
    "utf8"
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Values an XPath (attributes or text) selects, parsed by xmllint rather than by regular expressions. */
function xpath(file: string, path: string): string[] {
  try {
    const out = execFileSync("xmllint", ["--xpath", path, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return out
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => /^[\w:.-]+="(.*)"$/.exec(line)?.[1] ?? line);
  } catch (e) {
    // xmllint exits 10 when nothing matches.
    if ((e as { status?: number }).status === 10) return [];
    throw e;
  }
}
const el = (name: string) => `*[local-name()='${name}']`;
const LEVELS = {
  "VersionOverrides 1.0": `/${el("OfficeApp")}/${el("VersionOverrides")}`,
  "VersionOverrides 1.1": `/${el("OfficeApp")}/${el("VersionOverrides")}/${el("VersionOverrides")}`,
};

describe("the manifest", () => {
  it("finds Microsoft's manifest schemas and xmllint", () => {
    expect(
      existsSync(schema),
      `${schema} is missing: the schemas live in addin/schemas/office-addin-manifest (or set INTROS_MANIFEST_SCHEMAS)`
    ).toBe(true);
    expect(
      () => execFileSync("xmllint", ["--version"], { stdio: "pipe" }),
      "xmllint is missing (apt-get install libxml2-utils)"
    ).not.toThrow();
  });

  for (const which of ["development", "production"] as const) {
    it(`validates against the schema (${which})`, () => {
      const file = manifests[which]!;
      const run = () =>
        execFileSync("xmllint", ["--noout", "--schema", schema, file], {
          encoding: "utf8",
          stdio: "pipe",
        });
      expect(run).not.toThrow();
    });

    it(`puts every URL on one origin and allows that origin (${which})`, () => {
      const origin = which === "development" ? DEV_ORIGIN : PRODUCTION;
      const file = manifests[which]!;
      const urls = [
        ...xpath(file, "//@DefaultValue[starts-with(., 'http')]"),
        ...xpath(file, `//${el("AppDomain")}/text()`),
      ];
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls)
        expect(url === origin || url.startsWith(`${origin}/`), url).toBe(true);
      expect(xpath(file, `//${el("AppDomain")}/text()`)).toEqual([origin]);
      expect(
        readFileSync(file, "utf8").includes(which === "production" ? DEV_ORIGIN : PRODUCTION)
      ).toBe(false);
    });
  }

  for (const [level, path] of Object.entries(LEVELS)) {
    it(`resolves every resid of ${level} to one of its own resources`, () => {
      const own = `${path}/*[local-name()!='VersionOverrides']`;
      const ids = xpath(manifests.development!, `${path}/${el("Resources")}//@id`);
      expect(new Set(ids).size).toBe(ids.length);
      const resids = xpath(manifests.development!, `${own}//@resid`);
      expect(resids.length).toBeGreaterThan(5);
      for (const resid of resids) expect(ids, `resid ${resid}`).toContain(resid);
    });
  }

  it("runs the launch events in the declared runtime, whose script override is events.js", () => {
    const inner = LEVELS["VersionOverrides 1.1"];
    const runtime = xpath(manifests.development!, `${inner}//${el("Runtime")}/@resid`);
    const source = xpath(
      manifests.development!,
      `${inner}//${el("ExtensionPoint")}[@*[local-name()='type']='LaunchEvent']/${el("SourceLocation")}/@resid`
    );
    expect(runtime).toHaveLength(1);
    expect(source).toEqual(runtime);
    const override = xpath(
      manifests.development!,
      `${inner}//${el("Runtime")}/${el("Override")}/@resid`
    );
    expect(
      xpath(manifests.development!, `${inner}//${el("Url")}[@id='${override[0]}']/@DefaultValue`)
    ).toEqual([`${DEV_ORIGIN}/events.js`]);
    expect(
      xpath(manifests.development!, `${inner}//${el("Url")}[@id='${runtime[0]}']/@DefaultValue`)
    ).toEqual([`${DEV_ORIGIN}/events.html`]);
  });

  it("declares the three launch events, soft-blocking the send", () => {
    const events = xpath(manifests.development!, `//${el("LaunchEvent")}/@Type`);
    expect(events).toEqual(["OnNewMessageCompose", "OnMessageRecipientsChanged", "OnMessageSend"]);
    expect(
      xpath(manifests.development!, `//${el("LaunchEvent")}[@Type='OnMessageSend']/@SendMode`)
    ).toEqual(["SoftBlock"]);
  });

  it("has the pinnable task pane button the banner and the send check open", () => {
    const inner = LEVELS["VersionOverrides 1.1"];
    const button = `${inner}//${el("Control")}[@id='${TASKPANE_COMMAND_ID}']`;
    expect(
      xpath(manifests.development!, `${button}/${el("Action")}/${el("SupportsPinning")}/text()`)
    ).toEqual(["true"]);
    expect(
      xpath(
        manifests.development!,
        `${LEVELS["VersionOverrides 1.0"]}/${el("Hosts")}//${el("Control")}/@id`
      )
    ).toEqual([TASKPANE_COMMAND_ID]);
  });

  it("opens the same task pane from a message being read (a party's reply), on Mailbox 1.5", () => {
    const inner = LEVELS["VersionOverrides 1.1"];
    const surface = `${inner}//${el("ExtensionPoint")}[@*[local-name()='type']='MessageReadCommandSurface']`;
    const source = (controls: string) =>
      xpath(manifests.development!, `${controls}/${el("Action")}/${el("SourceLocation")}/@resid`);
    expect(xpath(manifests.development!, `${surface}//${el("Control")}/@id`)).toEqual([
      "msgReadOpenPaneButton",
    ]);
    expect(source(`${surface}//${el("Control")}`)).toEqual(
      source(`${inner}//${el("Control")}[@id='${TASKPANE_COMMAND_ID}']`)
    );
    // Mailbox 1.3 clients keep the compose button only.
    expect(
      xpath(
        manifests.development!,
        `${LEVELS["VersionOverrides 1.0"]}/${el("Hosts")}//${el("ExtensionPoint")}/@*[local-name()='type']`
      )
    ).toEqual(["MessageComposeCommandSurface"]);
  });

  it("offers Outlook mobile the read-mode button only, with its nine icons of size × scale pixels", () => {
    const inner = LEVELS["VersionOverrides 1.1"];
    const mobile = `${inner}/${el("Hosts")}/${el("Host")}/${el("MobileFormFactor")}`;
    // Outlook mobile activates add-ins on messages being read; it has no compose pane and no
    // OnMessageSend, so nothing else is declared there.
    expect(
      xpath(manifests.development!, `${mobile}/${el("ExtensionPoint")}/@*[local-name()='type']`)
    ).toEqual(["MobileMessageReadCommandSurface"]);
    const control = `${mobile}//${el("Control")}`;
    expect(xpath(manifests.development!, `${control}/@*[local-name()='type']`)).toEqual([
      "MobileButton",
    ]);
    const source = (controls: string) =>
      xpath(manifests.development!, `${controls}/${el("Action")}/${el("SourceLocation")}/@resid`);
    expect(source(control)).toEqual(
      source(`${inner}//${el("Control")}[@id='${TASKPANE_COMMAND_ID}']`)
    );
    const label = xpath(manifests.development!, `${control}/${el("Label")}/@resid`)[0];
    const text = xpath(
      manifests.development!,
      `${inner}//${el("String")}[@id='${label}']/@DefaultValue`
    );
    expect(text[0]!.length, "Outlook mobile fits 16 characters on its button").toBeLessThanOrEqual(
      16
    );

    const icons = xpath(manifests.development!, `${control}/${el("Icon")}/${el("Image")}/@*`);
    // Attributes come as size, scale, resid for each image.
    const images = [];
    for (let i = 0; i < icons.length; i += 3)
      images.push({ size: Number(icons[i]), scale: Number(icons[i + 1]), resid: icons[i + 2]! });
    expect(images.map((i) => `${i.size}@${i.scale}`).sort()).toEqual(
      [25, 32, 48].flatMap((size) => [1, 2, 3].map((scale) => `${size}@${scale}`)).sort()
    );
    for (const { size, scale, resid } of images) {
      const url = xpath(
        manifests.development!,
        `${inner}//${el("Image")}[@id='${resid}']/@DefaultValue`
      )[0]!;
      const png = readFileSync(join(addin, "public", url.slice(DEV_ORIGIN.length + 1)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], resid).toEqual([
        size * scale,
        size * scale,
      ]);
    }
  });

  it("points at icons that exist as PNG files of the declared size", () => {
    const icons = [
      ...xpath(manifests.development!, `//${el("Image")}[@id]/@DefaultValue`),
      ...xpath(manifests.development!, `/${el("OfficeApp")}/${el("IconUrl")}/@DefaultValue`),
      ...xpath(
        manifests.development!,
        `/${el("OfficeApp")}/${el("HighResolutionIconUrl")}/@DefaultValue`
      ),
    ];
    for (const url of new Set(icons)) {
      const name = url.slice(DEV_ORIGIN.length + 1);
      const png = readFileSync(join(addin, "public", name));
      expect(png.subarray(1, 4).toString("latin1"), name).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(name)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([size, size]);
    }
  });

  it("names only handlers that the built events.js associates, in one classic script", () => {
    expect(eventsJs).not.toMatch(/\bimport\s*\(|\brequire\s*\(|^\s*(import|export)\b/m);
    const associated = new Map<string, unknown>();
    // A classic script: an import or export statement would be a SyntaxError here.
    runInNewContext(eventsJs, {
      Office: { actions: { associate: (name: string, fn: unknown) => associated.set(name, fn) } },
      console,
    });
    const names = xpath(manifests.development!, `//${el("LaunchEvent")}/@FunctionName`);
    expect(names).toHaveLength(3);
    for (const name of names) expect(typeof associated.get(name), name).toBe("function");
    expect(eventsJs).toContain(JSON.stringify(PRODUCTION));
  });
});

describe("the origin a build is for", () => {
  const origin = (argv: string[], env: Record<string, string> = {}) =>
    chooseOrigin(readOptions(["origin"], argv, env), env);

  it("is --origin, in either spelling, else INTROS_ORIGIN, else the development origin, saying which", () => {
    expect(origin(["--origin", PRODUCTION])).toEqual({ origin: PRODUCTION, from: "--origin" });
    expect(origin([`--origin=${PRODUCTION}/`])).toEqual({ origin: PRODUCTION, from: "--origin" });
    expect(origin([], { INTROS_ORIGIN: PRODUCTION })).toEqual({
      origin: PRODUCTION,
      from: "INTROS_ORIGIN",
    });
    expect(origin([])).toMatchObject({ origin: DEV_ORIGIN });
  });

  it("is never the default when an origin was given where the build cannot see it", () => {
    // `npm run build --origin X`: npm keeps the option and passes only X.
    expect(() => origin([PRODUCTION], { npm_config_origin: "true" })).toThrow(/npm took --origin/);
    expect(() => origin([PRODUCTION])).toThrow(/-- --origin/);
    expect(() => origin(["--orgin", PRODUCTION])).toThrow(/-- --origin/);
    expect(() => origin(["--origin", "http://intros.contoso.com"])).toThrow(/https/);
  });
});
