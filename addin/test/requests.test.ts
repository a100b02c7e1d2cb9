import { describe, expect, it } from "vitest";
import { detectForDrafting } from "../src/core/detect";
import { draftIntro } from "../src/core/draft";
import { buildCreatePayload, payloadProblems } from "../src/core/payload";
import { requestFixtures } from "./fixtures/requests";
import { person } from "./fixtures/types";

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

    it("gives the reader, for their answer page, the reason their request gives them", () => {
      const why = intro.parties.find((p) => p.address === f.to)?.why;
      // A draft that gives no reason gets our neutral line in the request, and nothing of its own.
      if (why === "") expect(intro.reason).toBe("");
      else expect(why).toBe(f.body.split("\n\n")[2]);
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

describe("the reasons drafted for each party", () => {
  it("are given in most fixtures, each in the reader's terms", () => {
    const whys = requestFixtures.map((f) => draftIntro(detectForDrafting(f.draft)).parties);
    expect(whys.filter((ps) => ps.every((p) => p.why !== "")).length).toBeGreaterThanOrEqual(8);
    expect(whys.filter((ps) => ps[0]?.why !== ps[1]?.why).length).toBeGreaterThanOrEqual(4);
  });

  it("give each person what the draft says they gain, not what the other gains", () => {
    const intro = draftIntro(
      detectForDrafting({
        subject: "Intro: Juan <> Sue",
        from: person("Alex Demo", "alex@contoso.example"),
        to: [
          person("Juan Perez", "juan@contoso.example"),
          person("Sue Lee", "sue@fabrikam.example"),
        ],
        body:
          "Hi Juan and Sue,\n\nI'd love for you two to meet.\n\nJuan, Sue rebuilt the pricing of a marketplace a lot " +
          "like yours last year, which is exactly what you're planning now.\n\nSue, Juan is hiring his first data team, " +
          "and you told me you'd like to advise a founder doing that.\n\nBest,\nAlex",
      })
    );
    const [juan, sue] = intro.parties;
    expect(juan?.why).toContain("Sue rebuilt the pricing of a marketplace");
    expect(juan?.why).not.toContain("hiring his first data team");
    // What the draft says of Juan is in Sue's request already ("…Juan Perez, who is hiring his
    // first data team"); her reason is what the sentence goes on to say to her.
    expect(intro.parties[0]?.about).toBe("is hiring his first data team");
    expect(sue?.why).toBe("You told me you'd like to advise a founder doing that.");
  });
});

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
