// Whatever arrives, detect() answers with a well-formed verdict and never throws.

import { describe, expect, it } from "vitest";
import { detect, detectForDrafting, draftIntro } from "../src/core";
import type { Draft, Verdict } from "../src/core";

const ann = { name: "Ann Carter", address: "ann@carter.example" };
const juan = { name: "Juan Perez", address: "juan@contoso.example" };
const sue = { name: "Sue Lee", address: "sue@fabrikam.example" };
const INTRO =
  "Hi Juan and Sue,\n\nI'd like to introduce you two. You're both building payment risk models.\n\nAnn";

function wellFormed(v: Verdict): void {
  expect(typeof v.isIntro).toBe("boolean");
  expect(v.confidence).toBeGreaterThanOrEqual(0);
  expect(v.confidence).toBeLessThanOrEqual(1);
  expect(v.confidence >= 0.5).toBe(v.isIntro);
  expect(Array.isArray(v.parties)).toBe(true);
  expect(typeof v.reason).toBe("string");
  expect(["en", "de", "fr", "es", "nl", "pt"]).toContain(v.language);
  expect(() => JSON.stringify(v)).not.toThrow();
  expect(JSON.stringify(v)).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\udc)/i);
}

const cases: Array<[string, unknown]> = [
  ["an empty draft", {}],
  ["an empty body", { subject: "Intro", from: ann, to: [juan, sue], body: "" }],
  ["only whitespace", { subject: " ", from: ann, to: [juan, sue], body: " \n\t\r\n \u00a0 " }],
  ["no recipients", { subject: "Intro", from: ann, to: [], cc: [], body: INTRO }],
  ["recipients missing entirely", { subject: "Intro", body: INTRO }],
  ["null fields", { subject: null, from: null, to: null, cc: null, body: null }],
  [
    "wrong types",
    {
      subject: 42,
      from: "ann",
      to: "juan@contoso.example; sue@fabrikam.example",
      cc: {},
      body: ["not", "text"],
    },
  ],
  [
    "recipients that are not objects",
    {
      subject: "Intro",
      from: ann,
      to: [null, 7, "Sue Lee <sue@fabrikam.example>", [], { name: 5 }],
      body: INTRO,
    },
  ],
  [
    "lone UTF-16 surrogates",
    {
      subject: "Intro \ud83d",
      from: { name: "Ann \udc00", address: "ann@x.example" },
      to: [{ name: "Juan \ud800", address: "juan@x.example" }, sue],
      body: `Hi Juan \ud83d and Sue \udead,\n\nMeet each other!\ud83d`,
    },
  ],
  [
    "addresses without names",
    {
      subject: "Intro",
      from: { address: "ann@x.example" },
      to: [{ address: "juan@x.example" }, { address: "sue@y.example" }],
      body: "Juan, meet Sue. Sue, meet Juan.",
    },
  ],
  [
    "names without addresses",
    {
      subject: "Intro",
      from: { name: "Ann" },
      to: [{ name: "Juan Perez" }, { name: "Sue Lee" }],
      body: INTRO,
    },
  ],
  [
    "the sender among the recipients",
    { subject: "Intro", from: ann, to: [ann, juan], cc: [sue, ann], body: INTRO },
  ],
  [
    "the same recipient twice",
    {
      subject: "Intro",
      from: ann,
      to: [juan, { ...juan, address: "JUAN@CONTOSO.EXAMPLE" }],
      body: INTRO,
    },
  ],
  [
    "control characters and header injection in names",
    {
      subject: "Intro\r\nBcc: evil@x.example",
      from: ann,
      to: [{ name: "Juan\r\nBcc: x@y", address: "juan@contoso.example" }, sue],
      body: INTRO,
    },
  ],
  [
    "HTML only",
    {
      subject: "Intro",
      from: ann,
      to: [juan, sue],
      body: "<html><head><style>p{color:red}</style></head><body><p>Hi Juan and Sue,</p><p>meet each other!</p></body></html>",
    },
  ],
  [
    "a body of punctuation",
    {
      subject: "!!!",
      from: ann,
      to: [juan, sue],
      body: "<<>> [[[ ]]] {{{ }}} ... --- ___ >>> ".repeat(2000),
    },
  ],
  [
    "unclosed placeholders",
    {
      subject: "[Name",
      from: ann,
      to: [juan, sue],
      body: "Hi [Name and {{first_name, meet <<other",
    },
  ],
];

describe("bad input", () => {
  it.each(cases)("%s gets a verdict", (_name, draft) => {
    const v = detect(draft as Draft);
    wellFormed(v);
    if (v.isIntro) expect(() => draftIntro(detectForDrafting(draft as Draft))).not.toThrow();
  });

  it("a 5 MB body gets a verdict", () => {
    const body = `${INTRO}\n\n${"We talked about risk models and payments and more. ".repeat(100_000)}`;
    expect(body.length).toBeGreaterThan(5_000_000);
    const v = detect({ subject: "Intro", from: ann, to: [juan, sue], body });
    wellFormed(v);
    expect(v.isIntro).toBe(true);
  });

  it("thousands of recipients are a mailing, not an introduction", () => {
    const to = Array.from({ length: 5000 }, (_, i) => ({
      name: `Reader ${i}`,
      address: `reader${i}@list.example`,
    }));
    const v = detect({
      subject: "Intro: Juan <> Sue",
      from: ann,
      to: [juan, sue, ...to],
      body: INTRO,
    });
    wellFormed(v);
    expect(v.isIntro).toBe(false);
    expect(v.signals.some((s) => s.id === "recipients:mass")).toBe(true);
  });

  it("the verdict never names the sender as a party", () => {
    const v = detect({ subject: "Intro", from: ann, to: [ann, juan], cc: [sue], body: INTRO });
    expect(v.isIntro).toBe(true);
    expect(v.parties.map((p) => p.address)).not.toContain(ann.address);
  });

  it("one recipient is never an introduction, whatever the text says", () => {
    const v = detect({ subject: "Intro: Juan <> Sue", from: ann, to: [juan], body: INTRO });
    expect(v.isIntro).toBe(false);
  });

  it("names without addresses come back as parties with an empty address", () => {
    const v = detect({
      subject: "Intro",
      from: { name: "Ann" },
      to: [{ name: "Juan Perez" }, { name: "Sue Lee" }],
      body: INTRO,
    });
    expect(v.isIntro).toBe(true);
    expect(v.parties).toEqual([
      { name: "Juan Perez", address: "" },
      { name: "Sue Lee", address: "" },
    ]);
  });
});
