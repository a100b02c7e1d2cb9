import { describe, expect, it } from "vitest";
import { detectForDrafting } from "../src/core/detect";
import { draftIntro } from "../src/core/draft";
import { buildCreatePayload, payloadProblems } from "../src/core/payload";
import { requestFixtures } from "./fixtures/requests";

describe.each(requestFixtures.map((f) => [f.id, f] as const))(
  "the request drafted from %s",
  (_id, f) => {
    const detection = detectForDrafting(f.draft);
    const intro = draftIntro(detection);

    it("is the one a native speaker would send, line for line", () => {
      expect(detection.verdict.isIntro).toBe(true);
      expect(intro.language).toBe(f.language);
      expect(intro.requests.find((r) => r.email === f.to)?.body).toBe(f.body);
    });

    it("tells the server the register it is drafted in, so the answer links, follow-up, final intro and pages match", () => {
      expect(intro.register).toBe(f.register);
      const payload = buildCreatePayload(intro, { finalIntro: "send" });
      expect(payload.register).toBe(f.register);
      expect(payloadProblems(payload, f.draft.from?.address ?? "")).toEqual([]);
    });

    it("never starts a paragraph with a company name cut from its sentence", () => {
      for (const r of intro.requests) {
        expect(r.body).not.toMatch(/(?:^|\n)(?:[A-Z][a-z]* )?(?:S\.A|S\.L|B\.V|Ltd|Inc|Ltda)\./u);
      }
    });
  }
);

describe("the register sent with the requests", () => {
  const sie = requestFixtures.find((f) => f.id === "de-sie-titles")!;
  const payload = buildCreatePayload(draftIntro(detectForDrafting(sie.draft)), {
    finalIntro: "send",
  });

  it("is formal for a German draft that says Sie", () => {
    expect(payload.register).toBe("formal");
  });

  it("is refused before sending when it is neither formal nor informal", () => {
    const polite = { ...payload, register: "polite" } as unknown as typeof payload;
    expect(payloadProblems(polite, "")).toEqual([
      "The requests must be worded formally or informally.",
    ]);
  });

  it("may be absent, as from a client that predates it: the server then uses the language's usual one", () => {
    const older = { ...payload };
    delete older.register;
    expect(payloadProblems(older, "")).toEqual([]);
  });
});
