import { describe, expect, it } from "vitest";
import {
  buildCreatePayload,
  detect,
  detectForDrafting,
  draftIntro,
  payloadProblems,
} from "../src/core";
import { drafts } from "./fixtures/drafts";

const intros = drafts.filter((f) => f.isIntro && f.parties?.every((p) => p.includes("@")));
const EASY_OUT: Record<string, RegExp> = {
  en: /if the timing is off/i,
  de: /wenn es gerade nicht passt/i,
  fr: /si le moment n'est pas idéal|si ce n'est pas le bon moment/i,
  es: /si no es buen momento/i,
  nl: /komt het nu niet uit/i,
  pt: /se não for o momento/i,
};

describe.each(intros.map((f) => [f.id, f] as const))("requests for %s", (_id, f) => {
  const detection = detectForDrafting(f.draft);
  const { verdict } = detection;
  const intro = draftIntro(detection);

  it("is drafted from the same verdict detect gives", () => {
    expect(verdict).toEqual(detect(f.draft));
  });

  it("has one request per party, addressed to that party only", () => {
    expect(intro.requests.map((r) => r.email).sort()).toEqual(
      verdict.parties.map((p) => p.address).sort()
    );
  });

  it("names the other party and never shows the other's address", () => {
    for (const r of intro.requests) {
      for (const other of verdict.parties.filter((p) => p.address !== r.email)) {
        expect(r.subject + r.body).toContain(other.name);
        expect(r.subject + r.body).not.toContain(other.address);
      }
    }
  });

  it("is in the draft's language, with an easy out and the connector's sign-off", () => {
    const fullName = f.draft.from?.name ?? "";
    const connector = fullName.split(" ")[0] ?? "";
    for (const r of intro.requests) {
      expect(r.body).toMatch(EASY_OUT[verdict.language] ?? /$^/);
      // The first name, or in a formal register the full one.
      const signed = r.body.trimEnd();
      if (connector) expect(signed.endsWith(connector) || signed.endsWith(fullName)).toBe(true);
      expect(r.subject).not.toMatch(/[\r\n]/);
    }
  });

  it("builds a create payload the server accepts", () => {
    const payload = buildCreatePayload(intro, { finalIntro: "review" });
    expect(payloadProblems(payload, f.draft.from?.address ?? "")).toEqual([]);
    expect(payload.requests).toHaveLength(2);
    expect(payload.language).toBe(verdict.language);
  });
});

describe("drafting from the connector's words", () => {
  const classic = drafts.find((f) => f.id === "en-classic-both-greeted");
  if (classic === undefined) throw new Error("fixture missing");
  const intro = draftIntro(detectForDrafting(classic.draft));
  const [toJuan, toSue] = intro.requests;

  it("describes the other party with the connector's blurb", () => {
    expect(toJuan?.body).toContain("Sue Lee, who is an expert in fraud modelling at Fabrikam");
    expect(toSue?.body).toContain("Juan Perez, who runs the payments team at Contoso");
  });

  it("turns 'you're both' into 'you and <other> are both'", () => {
    expect(toJuan?.body).toContain("you and Sue are both deep into real-time risk scoring");
    expect(toSue?.body).toContain("you and Juan are both deep into real-time risk scoring");
  });

  it("greets by first name and asks, rather than announces", () => {
    expect(toJuan?.body.startsWith("Hi Juan,")).toBe(true);
    expect(toJuan?.body).toContain("Would you be open to an introduction?");
    expect(toJuan?.subject).toBe("Intro to Sue Lee?");
  });

  it("keeps only the half of a two-person reason that is about the other", () => {
    const f = drafts.find((x) => x.id === "wild-delighted-to-introduce");
    if (f === undefined) throw new Error("fixture missing");
    const [toMark, toJane] = draftIntro(detectForDrafting(f.draft)).requests;
    expect(toMark?.body).toContain("Jane has been actively looking at companies in this space.");
    expect(toMark?.body).not.toContain("Mark is starting to raise");
    expect(toJane?.body).toContain("Mark is starting to raise his seed round.");
  });

  it("uses the formal register when the draft does", () => {
    const f = drafts.find((x) => x.id === "de-formal-sie");
    if (f === undefined) throw new Error("fixture missing");
    const [toWagner] = draftIntro(detectForDrafting(f.draft)).requests;
    expect(toWagner?.body).toContain("Ich würde Sie gern mit Martin Schulz bekannt machen");
    expect(toWagner?.body).toContain("Hätten Sie Interesse?");
  });

  it("greets Herr Neumann as such when the draft wrote Herrn Neumann", () => {
    const draft = {
      subject: "Herr Neumann",
      from: { name: "Luise Brandt", address: "luise@example.de" },
      to: [
        { name: "Frau Engel", address: "engel@example.de" },
        { name: "Herr Neumann", address: "neumann@example.de" },
      ],
      body: "Sehr geehrte Frau Engel,\n\ndarf ich Ihnen Herrn Neumann vorstellen? Er leitet unseren Einkauf.\n\nMit freundlichen Grüßen\nLuise Brandt",
    };
    const requests = draftIntro(detectForDrafting(draft)).requests;
    const toNeumann = requests.find((r) => r.email === "neumann@example.de");
    expect(toNeumann?.body).toMatch(/^Guten Tag Herr Neumann,/);
  });

  it("strips an address the connector typed into the blurb", () => {
    const draft = {
      subject: "Intro",
      from: { name: "Ann Carter", address: "ann@carter.example" },
      to: [
        { name: "Juan Perez", address: "juan@contoso.example" },
        { name: "Sue Lee", address: "sue@fabrikam.example" },
      ],
      body: "Hi Juan and Sue,\n\nMeet each other! Sue (sue@fabrikam.example) runs growth at Fabrikam. Juan runs Contoso.\n\nAnn",
    };
    const requests = draftIntro(detectForDrafting(draft)).requests;
    expect(requests.find((r) => r.email === "juan@contoso.example")?.body).not.toContain(
      "sue@fabrikam.example"
    );
  });

  it("marks a party who already agreed and sends no request to them", () => {
    const payload = buildCreatePayload(intro, {
      finalIntro: "send",
      alreadyAgreed: ["SUE@fabrikam.example"],
    });
    expect(payload.parties.find((p) => p.email === "sue@fabrikam.example")?.alreadyAgreed).toBe(
      true
    );
    expect(payload.requests.map((r) => r.email)).toEqual(["juan.perez@contoso.example"]);
    expect(payload.parties.find((p) => p.email === "juan.perez@contoso.example")?.about).toBe(
      "runs the payments team at Contoso"
    );
    expect(payload.parties.find((p) => p.email === "sue@fabrikam.example")?.about).toBe(
      "an expert in fraud modelling at Fabrikam"
    );
    expect(payload.reason).toContain("you're both deep into real-time risk scoring");
  });

  it("reports what the server would refuse", () => {
    const payload = buildCreatePayload(intro, { finalIntro: "send" });
    expect(
      payloadProblems({ ...payload, parties: [payload.parties[0]!, payload.parties[0]!] }, "")
    ).toContain("The two people must have different addresses.");
    expect(payloadProblems(payload, "juan.perez@contoso.example")).toContain(
      "You can't be one of the two people."
    );
  });
});
