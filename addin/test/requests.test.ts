import { describe, expect, it } from "vitest";
import { detectForDrafting } from "../src/core/detect";
import { draftIntro } from "../src/core/draft";
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

    it("never starts a paragraph with a company name cut from its sentence", () => {
      for (const r of intro.requests) {
        expect(r.body).not.toMatch(/(?:^|\n)(?:[A-Z][a-z]* )?(?:S\.A|S\.L|B\.V|Ltd|Inc|Ltda)\./u);
      }
    });
  }
);
