// Several intros at once: reading pasted pairs (names as people write them in several languages,
// every bad line reported by its number), pairing a draft's people, drafting each pair as the
// single conversion does, and the progress line.

import { describe, expect, it } from "vitest";
import { detectForDrafting } from "../src/core";
import type { IntroResource } from "../src/api/client";
import {
  allPairs,
  batchItem,
  batchLanguage,
  formForPasted,
  formForPicked,
  MAX_PAIRS,
  parsePairs,
  peopleOf,
  progressText,
  statusOf,
  type BatchItem,
} from "../src/taskpane/batch";

const ME = { name: "Alex Demo", address: "alex.demo@contoso.example" };
const parse = (text: string) => parsePairs(text, ME);

describe("pasted pairs", () => {
  it("reads names and addresses in the forms people paste them", () => {
    const { pairs, problems } = parse(
      [
        "Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: you both work on fraud models",
        "",
        "# after the Lisbon meetup",
        "ana@northwind.com and Bo Chen <Bo@Fabrikam.com> - Ana is hiring for what Bo does",
        '"Becker, Jana" <jana.becker@beispiel.de> & "Dupont, Marie" <marie@exemple.fr>',
        "José Álvarez (jose@ejemplo.es) y Łucja Wąs <lucja@przyklad.pl>: Logistik",
        "Nguyễn Văn An\tan@example.vn\t山田 太郎\ttaro@example.jp\tboth build payment rails",
        "van der Berg <pieter@voorbeeld.nl> <> mailto:ines@exemplo.pt — ambos trabalham com energia",
      ].join("\n")
    );
    expect(problems).toEqual([]);
    expect(
      pairs.map((p) => [p.line, ...p.people.map((x) => `${x.name} <${x.address}>`), p.reason])
    ).toEqual([
      [
        1,
        "Juan Perez <juan@contoso.com>",
        "Sue Lee <sue@fabrikam.com>",
        "you both work on fraud models",
      ],
      [4, "Ana <ana@northwind.com>", "Bo Chen <bo@fabrikam.com>", "Ana is hiring for what Bo does"],
      [5, "Jana Becker <jana.becker@beispiel.de>", "Marie Dupont <marie@exemple.fr>", ""],
      [6, "José Álvarez <jose@ejemplo.es>", "Łucja Wąs <lucja@przyklad.pl>", "Logistik"],
      [
        7,
        "Nguyễn Văn An <an@example.vn>",
        "山田 太郎 <taro@example.jp>",
        "both build payment rails",
      ],
      [
        8,
        "van der Berg <pieter@voorbeeld.nl>",
        "Ines <ines@exemplo.pt>",
        "ambos trabalham com energia",
      ],
    ]);
  });

  it("reports every bad line by its number and keeps no pair while any line is bad", () => {
    const { problems } = parse(
      [
        "Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: fraud",
        "Juan Perez, Sue Lee: no addresses",
        "Renée Lefèvre <renee@exemple.fr>: only one",
        "Sue Lee <sue@fabrikam.com>, Juan <JUAN@contoso.com>: the same two again",
        "Jörg <joerg@beispiel.de>, Jörg Schmidt <joerg@beispiel.de>",
        "Alex <alex.demo@contoso.example>, Sue Lee <sue@fabrikam.com>",
        "a@x.com, b@y.com, c@z.com",
        "Team <team@contoso.com>, Sue Lee <sue@fabrikam.com>",
        "Ola <ola@localhost>, Sue Lee <sue@fabrikam.com>",
      ].join("\n")
    );
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const text = problems.map((p) => p.message);
    expect(text[0]).toMatch(/^Line 2: no email address/);
    expect(text[1]).toBe(
      "Line 3: only one email address. Each line needs two people, each with their address."
    );
    expect(text[2]).toBe("Line 4: the same two people as line 1.");
    expect(text[3]).toMatch(/^Line 5: the same person twice \(joerg@beispiel\.de\)/);
    expect(text[4]).toBe("Line 6: you can't be one of the two people.");
    expect(text[5]).toMatch(/^Line 7: more than two email addresses/);
    expect(text[6]).toMatch(/^Line 8: team@contoso\.com looks like a list/);
    expect(text[7]).toBe("Line 9: ola@localhost is not a complete email address.");
  });

  it("asks for at least one pair, and holds a batch to its limit", () => {
    expect(parse("\n  \n# nothing yet").problems).toEqual([
      { line: 0, message: "Paste at least one pair of people, one pair per line." },
    ]);
    const lines = Array.from({ length: MAX_PAIRS + 1 }, (_, i) => `p${i}@a.com, q${i}@b.com`);
    const over = parse(lines.join("\n"));
    expect(over.problems).toEqual([
      {
        line: 0,
        message: `That is ${MAX_PAIRS + 1} pairs; one batch holds at most ${MAX_PAIRS}. Send the rest as a second batch.`,
      },
    ]);
    expect(parse(lines.slice(0, MAX_PAIRS).join("\n")).problems).toEqual([]);
  });
});

describe("drafting a batch", () => {
  it("drafts each pasted pair's two requests in the connector's language and register", () => {
    const { pairs } = parse(
      [
        "Jana Becker <jana@beispiel.de>, Tom Weber <tom@beispiel.de>: ihr arbeitet beide an Wärmepumpen",
        "Lena Vogel <lena@beispiel.de>, Sue Lee <sue@fabrikam.com>: ihr baut beide Tools für Zahlungen",
      ].join("\n")
    );
    const language = batchLanguage(pairs, ME);
    expect(language).toBe("de");
    const form = formForPasted(pairs[0]!, ME, language, "review");
    expect(form.language).toBe("de");
    expect(form.finalIntro).toBe("review");
    expect(form.reason).toBe("ihr arbeitet beide an Wärmepumpen");
    expect(form.requests.map((r) => r.email)).toEqual(["jana@beispiel.de", "tom@beispiel.de"]);
    const [toJana, toTom] = form.requests;
    expect(toJana!.body).toMatch(/^Hallo Jana,/);
    expect(toJana!.body).toContain("Tom Weber");
    expect(toJana!.body).toContain("Ihr arbeitet beide an Wärmepumpen.");
    // Never the other party's address.
    expect(toJana!.body).not.toContain("tom@beispiel.de");
    expect(toTom!.body).toMatch(/^Hallo Tom,/);
  });

  it("pairs a draft's people, lists left out, and drafts a picked pair from the draft's words", () => {
    const detection = detectForDrafting({
      from: ME,
      to: [
        { name: "Juan Perez", address: "juan@example.com" },
        { name: "Sue Lee", address: "sue@example.org" },
      ],
      cc: [
        { name: "Ana Silva", address: "ana@example.net" },
        { name: "Bo Chen", address: "bo@example.net" },
        { name: "Events team", address: "events@contoso.example" },
      ],
      subject: "After the meetup",
      body: "Hi all,\n\nI'd like to introduce you to each other. Juan runs the data platform team at Contoso, Sue is an expert in fraud models, Ana leads payments at Northwind and Bo builds risk tools.\n\nBest,\nAlex",
    });
    const people = peopleOf(detection);
    expect(people.map((p) => p.address)).toEqual([
      "juan@example.com",
      "sue@example.org",
      "ana@example.net",
      "bo@example.net",
    ]);
    const pairs = allPairs(people);
    expect(pairs).toHaveLength(6);
    const anaBo = pairs.find(
      ([a, b]) => a.address === "ana@example.net" && b.address === "bo@example.net"
    )!;
    const form = formForPicked(detection, anaBo, "send");
    expect(form.parties.map((p) => p.name)).toEqual(["Ana Silva", "Bo Chen"]);
    expect(form.requests[0]!.body).toMatch(/^Hi Ana,/);
    expect(form.requests[0]!.body).toContain("Bo Chen");
    expect(form.requests[1]!.body).toMatch(/^Hi Bo,/);
  });
});

describe("progress", () => {
  const intro = (
    requestedAt: (string | null)[],
    patch: Partial<IntroResource> = {}
  ): IntroResource => ({
    id: "i",
    state: "requested",
    createdAt: "2026-11-25T17:00:00Z",
    reason: "",
    finalIntro: "send",
    language: "en",
    parties: requestedAt.map((at, i) => ({
      id: `p${i}`,
      name: "",
      email: `p${i}@x.com`,
      about: "",
      alreadyAgreed: false,
      answer: "pending",
      notNowUntil: null,
      requestedAt: at,
      followedUpAt: null,
      answeredAt: null,
    })),
    introducedAt: null,
    finalDraftId: null,
    events: [],
    ...patch,
  });

  it("counts an intro as asked once every request went out", () => {
    expect(statusOf(intro([null, null]))).toBe("queued");
    expect(statusOf(intro(["2026-11-25T17:00:01Z", null]))).toBe("queued");
    expect(statusOf(intro(["2026-11-25T17:00:01Z", "2026-11-25T17:00:02Z"]))).toBe("asked");
    expect(statusOf(intro([null, null], { needsSignIn: true }))).toBe("held");
  });

  it("says how far the batch got, and how many were not sent", () => {
    const { pairs } = parse("a@x.com, b@x.com\nc@x.com, d@x.com\ne@x.com, f@x.com");
    const items = pairs.map((p, i) =>
      batchItem(`pair-${i}`, p.line, formForPasted(p, ME, "en", "send"), "k")
    );
    const at = (...s: Array<[BatchItem["status"], string | null]>) =>
      items.map((item, i) => ({ ...item, status: s[i]![0], introId: s[i]![1] }));
    expect(progressText(at(["asked", "1"], ["creating", null], ["ready", null]), "creating")).toBe(
      "Creating 2 of 3…"
    );
    expect(progressText(at(["asked", "1"], ["queued", "2"], ["failed", null]), "following")).toBe(
      "1 of 3 asked · 1 not sent"
    );
    expect(progressText(at(["asked", "1"], ["asked", "2"], ["asked", "3"]), "done")).toBe(
      "All 3 asked"
    );
  });
});
