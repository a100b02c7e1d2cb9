import { describe, expect, it } from "vitest";
import { detect } from "../src/core/detect";
import type { Verdict } from "../src/core/types";
import { drafts, type Fixture } from "./fixtures/drafts";

const partyKeys = (v: Verdict): string[] => v.parties.map((p) => p.address || p.name).sort();

describe("the fixture set", () => {
  it("has at least 80 drafts, about half of them introductions, in all six languages", () => {
    const intros = drafts.filter((f) => f.isIntro).length;
    expect(drafts.length).toBeGreaterThanOrEqual(80);
    expect(intros / drafts.length).toBeGreaterThan(0.4);
    expect(intros / drafts.length).toBeLessThan(0.6);
    const languages = new Set(drafts.map((f) => f.language));
    expect([...languages].sort()).toEqual(["de", "en", "es", "fr", "nl", "pt"]);
    for (const lang of languages) {
      const inLang = drafts.filter((f) => f.language === lang);
      expect(
        inLang.some((f) => f.isIntro),
        lang
      ).toBe(true);
      expect(
        inLang.some((f) => !f.isIntro),
        lang
      ).toBe(true);
    }
    expect(new Set(drafts.map((f) => f.id)).size).toBe(drafts.length);
  });

  it("gives every introduction its expected parties and a reason check", () => {
    for (const f of drafts.filter((x) => x.isIntro)) {
      expect(f.parties?.length, f.id).toBeGreaterThanOrEqual(2);
      expect(f.reason, f.id).toBeDefined();
    }
  });
});

describe.each(drafts.map((f): [string, Fixture] => [f.id, f]))("%s", (_id, f) => {
  const v = detect(f.draft);

  it(`is${f.isIntro ? "" : " not"} an introduction (${f.covers})`, () => {
    expect(v.isIntro).toBe(f.isIntro);
    expect(v.confidence >= 0.5).toBe(f.isIntro);
  });

  it("tells the language", () => {
    expect(v.language).toBe(f.language);
  });

  if (f.isIntro) {
    it("finds both parties among the recipients, never the sender", () => {
      expect(partyKeys(v)).toEqual([...(f.parties ?? [])].sort());
      const sender = f.draft.from?.address;
      if (sender) expect(v.parties.map((p) => p.address)).not.toContain(sender);
    });

    it("quotes the connector's reason", () => {
      if (f.reason === "") expect(v.reason).toBe("");
      else expect(v.reason).toContain(f.reason);
    });
  } else {
    it("names no parties and no reason", () => {
      expect(v.parties).toEqual([]);
      expect(v.reason).toBe("");
    });
  }

  it("explains itself in words", () => {
    expect(v.signals.length).toBeGreaterThan(0);
    for (const s of v.signals) expect(s.text.length).toBeGreaterThan(0);
  });
});
