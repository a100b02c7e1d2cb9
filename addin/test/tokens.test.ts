// The tokenizer's fast paths (vocabulary numbers, words cut only when asked for, typed-array
// characters for ASCII text, reused memory inside detect) give the same answers as the slow ones.

import { describe, expect, it } from "vitest";
import { detect, detectForDrafting } from "../src/core/detect";
import { draftIntro } from "../src/core/draft";
import "../src/core/analysis"; // registers the phrase vocabulary
import { tokenize } from "../src/core/tokenize";
import { PLACEHOLDER, wordAt } from "../src/core/tokens";
import { knownWordId } from "../src/core/vocabulary";
import type { Draft } from "../src/core/types";
import { drafts } from "./fixtures/drafts";

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => wordAt(t, i));
};

describe("tokens", () => {
  it("reads words the same in ASCII and in accented text, long or short", () => {
    const ascii =
      "Hi Juan and Sue, I'd like to introduce you two: real-time risk scoring. [First Name] joins.";
    expect(words(ascii)).toEqual([
      "hi",
      "juan",
      "and",
      "sue",
      "i'd",
      "like",
      "to",
      "introduce",
      "you",
      "two",
      "real-time",
      "risk",
      "scoring",
      PLACEHOLDER,
      "joins",
    ]);
    // Past 64 characters ASCII text is read through a native copy; an accent anywhere disables it.
    const accented = `${ascii} Très bien, Zoë — je vous présente Hugo.`;
    expect(words(accented)).toEqual([
      ...words(ascii),
      "tres",
      "bien",
      "zoe",
      "je",
      "vous",
      "presente",
      "hugo",
    ]);
    expect(words("Juan, meet Sue.")).toEqual(["juan", "meet", "sue"]);
  });

  it("numbers vocabulary words and only them", () => {
    const t = tokenize("Please meet Xyzzyq, who introduced us");
    for (let i = 0; i < t.count; i++) expect(t.ids[i]).toBe(knownWordId(wordAt(t, i)));
    expect(t.ids[2]).toBe(-1); // "xyzzyq"
    expect(knownWordId("introduce")).toBeGreaterThanOrEqual(0);
  });

  it('gives "" past either end', () => {
    const t = tokenize("one two");
    expect([wordAt(t, -1), wordAt(t, 0), wordAt(t, 1), wordAt(t, 2)]).toEqual([
      "",
      "one",
      "two",
      "",
    ]);
  });

  it("handles texts of many thousand tokens, ASCII or not", () => {
    const en = "Juan runs payments at Contoso. ".repeat(4000);
    const t = tokenize(en);
    expect(t.count).toBe(20000);
    expect(wordAt(t, 19999)).toBe("contoso");
    const de = "Jürgen leitet das Zahlungsteam bei Müller. ".repeat(4000);
    const u = tokenize(de);
    expect(u.count).toBe(24000);
    expect(wordAt(u, 23999)).toBe("muller");
    expect(u.sentences).toBe(4000);
  });
});

describe("detect reuses memory only within a call", () => {
  it("leaves earlier verdicts and drafts untouched", () => {
    const intro = drafts.find((f) => f.isIntro && f.language === "en")?.draft as Draft;
    const first = detect(intro);
    const copy = JSON.parse(JSON.stringify(first));
    // A detection kept for drafting holds per-token arrays: later calls must not write over them.
    const kept = detectForDrafting(intro);
    const request = draftIntro(kept);
    for (const f of drafts) detect(f.draft);
    expect(first).toEqual(copy);
    expect(detect(intro)).toEqual(copy);
    expect(draftIntro(kept)).toEqual(request);
    expect(draftIntro(detectForDrafting(intro))).toEqual(request);
  });

  it("answers the same when a draft's getter calls detect itself", () => {
    const others = drafts.filter((_, i) => i % 40 === 0).map((f) => f.draft);
    for (const f of drafts) {
      const plain = detect(f.draft);
      for (const other of others) {
        const sneaky: Draft = {
          ...f.draft,
          get body() {
            detect(other);
            return f.draft.body;
          },
        };
        expect(detect(sneaky), f.id).toEqual(plain);
      }
    }
  });
});
