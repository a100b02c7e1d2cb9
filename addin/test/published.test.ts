import { describe, expect, it } from "vitest";
import { evaluate } from "./fixtures/evaluate";
import { published } from "./fixtures/published";

// Published introductions and near-misses the detector was not written against: it has to find
// the intros and both of their parties, and stay quiet on the rest.
describe("the published corpus", () => {
  const e = evaluate(published);

  it("records where every draft comes from, in all six languages", () => {
    for (const f of published) {
      expect(f.source.url, f.id).toMatch(/^https?:\/\//);
      expect(f.source.title.length, f.id).toBeGreaterThan(0);
      if (f.isIntro) expect(f.parties?.length, f.id).toBe(2);
    }
    expect([...new Set(published.map((f) => f.language))].sort()).toEqual([
      "de",
      "en",
      "es",
      "fr",
      "nl",
      "pt",
    ]);
    expect(new Set(published.map((f) => f.id)).size).toBe(published.length);
  });

  it("scores F1 of at least 0.97 with both parties right in 95% of intros overall", () => {
    expect(e.overall.f1).toBeGreaterThanOrEqual(0.97);
    expect(e.overall.partiesRight).toBeGreaterThanOrEqual(0.95);
  });

  it.each(e.byLanguage)("scores F1 of at least 0.97 and 95%% of parties in %s", (_lang, s) => {
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.partiesRight).toBeGreaterThanOrEqual(0.95);
  });

  it.each(e.outcomes.map((o): [string, (typeof e.outcomes)[number]] => [o.fixture.id, o]))(
    "%s",
    (_id, o) => {
      expect(o.verdict.isIntro).toBe(o.fixture.isIntro);
      if (o.fixture.isIntro) expect(o.partyKeys).toEqual([...(o.fixture.parties ?? [])].sort());
      else expect(o.verdict.parties).toEqual([]);
    }
  );
});
