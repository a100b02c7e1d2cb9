// The convert view's lines about what the connector already did with the two people.

import { describe, expect, it } from "vitest";
import type { IntroHistory, PastIntro, PastParty } from "../src/api/client";
import { historyLines, isHistory } from "../src/taskpane/history";

const NOW = new Date("2027-01-20T10:00:00Z");
const NAMES: Record<string, string> = {
  "juan@example.com": "Juan Perez",
  "sue@example.org": "Sue Lee",
};
const names = (address: string) => NAMES[address];

/** The names the intros had, which differ from the draft's. */
const THEN: Record<string, string> = {
  "juan@example.com": "Juan P.",
  "sue@example.org": "Susan Lee",
  "ann@example.net": "Ann Other",
};

function party(
  email: string,
  answer: PastParty["answer"],
  answeredAt: string | null = null
): PastParty {
  return { id: email, name: THEN[email] ?? "", email, answer, answeredAt };
}

function past(patch: Partial<PastIntro> & Pick<PastIntro, "state">): PastIntro {
  return {
    id: "i1",
    createdAt: "2026-11-02T09:00:00Z",
    introducedAt: null,
    closedAt: null,
    latest: null,
    parties: [party("juan@example.com", "pending"), party("sue@example.org", "pending")],
    ...patch,
  };
}

function history(patch: Partial<IntroHistory> = {}): IntroHistory {
  return {
    months: 6,
    since: "2026-07-20T10:00:00Z",
    intros: [],
    people: [
      { email: "juan@example.com", declined: 0, silent: 0, flag: false },
      { email: "sue@example.org", declined: 0, silent: 0, flag: false },
    ],
    ...patch,
  };
}

const lines = (h: IntroHistory, locale?: string) =>
  historyLines(h, names, locale ? { now: NOW, locale } : { now: NOW });

describe("history lines", () => {
  it("says nothing when nothing happened", () => {
    expect(lines(history())).toEqual([]);
  });

  it("tells an introduction by its day, with the year when it was not this year", () => {
    const introduced = past({
      state: "introduced",
      introducedAt: "2026-12-05T15:00:00Z",
      parties: [
        party("juan@example.com", "yes", "2026-12-03T09:00:00Z"),
        party("sue@example.org", "yes", "2026-12-05T15:00:00Z"),
      ],
    });
    expect(lines(history({ intros: [introduced] }))).toEqual(["You introduced them on 5 Dec 2026"]);
    expect(
      historyLines(history({ intros: [introduced] }), names, {
        now: new Date("2026-12-20T00:00:00Z"),
      })
    ).toEqual(["You introduced them on 5 Dec"]);
  });

  it("tells a request and each answer in the order they came, naming people as the draft does", () => {
    const declined = past({
      state: "declined",
      parties: [
        party("juan@example.com", "yes", "2026-11-14T09:00:00Z"),
        party("sue@example.org", "notNow", "2026-11-12T09:00:00Z"),
      ],
    });
    expect(lines(history({ intros: [declined] }), "en-GB")).toEqual([
      "You asked them on 2 Nov 2026; Sue said not now on 12 Nov 2026, Juan said yes on 14 Nov 2026",
    ]);
  });

  it("falls back to the name the intro had, then to the address", () => {
    const declined = past({
      state: "declined",
      parties: [
        party("ann@example.net", "no", "2026-11-12T09:00:00Z"),
        party("bo@example.net", "undeliverable", "2026-11-03T09:00:00Z"),
      ],
    });
    const h = history({ intros: [declined] });
    expect(historyLines(h, () => undefined, { now: new Date("2026-12-01T00:00:00Z") })).toEqual([
      "You asked them on 2 Nov; mail to bo@example.net bounced, Ann declined on 12 Nov",
    ]);
  });

  it("tells silence, a cancellation and a request still waiting", () => {
    const now = { now: new Date("2026-12-01T00:00:00Z") };
    const silent = past({
      state: "expired",
      parties: [
        party("juan@example.com", "expired", "2026-11-20T09:00:00Z"),
        party("sue@example.org", "expired", "2026-11-20T09:00:00Z"),
      ],
    });
    const cancelled = past({ state: "cancelled", closedAt: "2026-11-04T09:00:00Z" });
    const waiting = past({ state: "requested" });
    expect(historyLines(history({ intros: [silent, cancelled, waiting] }), names, now)).toEqual([
      "You asked them on 2 Nov; neither of them answered",
      "You asked them on 2 Nov; you cancelled it on 4 Nov",
      "You asked them on 2 Nov; no answer yet",
    ]);
  });

  it("tells at most the three newest intros of the pair", () => {
    const many = ["a", "b", "c", "d"].map((id) => past({ id, state: "requested" }));
    expect(lines(history({ intros: many }))).toHaveLength(3);
  });

  it("flags a person who declined or stayed silent twice since the window began", () => {
    const h = history({
      people: [
        { email: "juan@example.com", declined: 1, silent: 0, flag: false },
        { email: "sue@example.org", declined: 1, silent: 1, flag: true },
      ],
    });
    expect(lines(h)).toEqual([
      "Sue declined or didn't answer twice since July — maybe ask in person",
    ]);
    h.people = [
      { email: "juan@example.com", declined: 3, silent: 0, flag: true },
      { email: "sue@example.org", declined: 0, silent: 2, flag: true },
    ];
    expect(lines(h)).toEqual([
      "Juan declined 3 times since July — maybe ask in person",
      "Sue didn't answer twice since July — maybe ask in person",
    ]);
  });

  it("gives the year of a window of a year or more", () => {
    const h = history({
      months: 12,
      since: "2026-01-20T10:00:00Z",
      people: [{ email: "sue@example.org", declined: 2, silent: 0, flag: true }],
    });
    expect(lines(h)).toEqual(["Sue declined twice since January 2026 — maybe ask in person"]);
  });

  it("counts this year from the server's today, the end of its window", () => {
    const introduced = past({ state: "introduced", introducedAt: "2026-12-05T15:00:00Z" });
    const h = history({ since: "2026-06-20T10:00:00Z", intros: [introduced] });
    expect(historyLines(h, names)).toEqual(["You introduced them on 5 Dec"]);
  });

  it("writes dates in the pane's language", () => {
    const introduced = past({ state: "introduced", introducedAt: "2026-12-05T15:00:00Z" });
    expect(lines(history({ intros: [introduced] }), "en-US")).toEqual([
      "You introduced them on Dec 5, 2026",
    ]);
  });

  it("takes only an answer shaped like a history", () => {
    expect(isHistory(history())).toBe(true);
    expect(isHistory([])).toBe(false);
    expect(isHistory({ months: 6, since: null })).toBe(false);
    expect(isHistory(null)).toBe(false);
  });
});
