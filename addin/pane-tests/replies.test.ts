// The parties' mail replies in the pane: wording, which controls a reply gets in which state, and
// the request that asks someone again.

import { describe, expect, it } from "vitest";
import type { IntroResource, PartyResource, ReplyResource } from "../src/api/client";
import { ANSWER_LABELS } from "../src/taskpane/intros";
import {
  answeredByLabel,
  askAgainPayload,
  askedAgain,
  canAskAgain,
  correctionChoices,
  needsReview,
  notNowLine,
  replyControl,
  understoodLabel,
} from "../src/taskpane/replies";

const reply = (patch: Partial<ReplyResource> = {}): ReplyResource => ({
  id: "r1",
  receivedAt: "2026-11-26T09:00:00Z",
  excerpt: "Who is Sue exactly?",
  understood: "unclear",
  until: null,
  status: "needsReview",
  ...patch,
});

const party = (patch: Partial<PartyResource> = {}): PartyResource => ({
  id: "p1",
  name: "Juan Perez",
  email: "juan@example.com",
  about: "runs XYZ at Contoso",
  alreadyAgreed: false,
  answer: "pending",
  notNowUntil: null,
  requestedAt: "2026-11-25T17:00:00Z",
  followedUpAt: null,
  answeredAt: null,
  answeredBy: null,
  askAgainAt: null,
  replies: [],
  ...patch,
});

const intro = (state: IntroResource["state"], parties: PartyResource[]): IntroResource => ({
  id: "i1",
  state,
  createdAt: "2026-11-25T17:00:00Z",
  reason: "you are both deep into XYZ",
  finalIntro: "review",
  language: "de",
  parties,
  introducedAt: null,
  finalDraftId: null,
  events: [],
});

describe("a reply's wording", () => {
  it("says in plain words what was understood, with the date a not-now named", () => {
    expect(understoodLabel(reply({ understood: "yes" }))).toBe("Understood: yes");
    expect(understoodLabel(reply({ understood: "autoReply" }))).toBe("Automatic reply");
    expect(understoodLabel(reply({ understood: "bounce" }))).toBe("Bounced");
    expect(understoodLabel(reply({ understood: "notNow", until: "2027-03-01" }))).toBe(
      "Understood: not now, until 2027-03-01"
    );
  });

  it("says how each answer arrived, and nothing before there is one", () => {
    expect(answeredByLabel(party({ answer: "yes", answeredBy: "reply" }))).toBe(
      "answered by email"
    );
    expect(answeredByLabel(party({ answer: "no", answeredBy: "link" }))).toBe("answered by link");
    expect(answeredByLabel(party({ answer: "yes", answeredBy: "connector" }))).toBe(
      "recorded by you"
    );
    expect(answeredByLabel(party({ answer: "pending", answeredBy: null }))).toBe("");
  });

  it("tells when someone who said not now with a date will be asked again, and names a bounce", () => {
    expect(notNowLine(party({ answer: "notNow", askAgainAt: "2027-03-01T08:00:00Z" }))).toBe(
      "Not now — we'll check back on 2027-03-01"
    );
    expect(notNowLine(party({ answer: "notNow" }))).toBeNull();
    expect(ANSWER_LABELS.undeliverable).toBe("Mail could not be delivered");
  });
});

describe("the controls a reply gets", () => {
  it("offers the decisions on a reply that waits, while the intro takes answers", () => {
    const waiting = party({ replies: [reply()] });
    for (const state of ["requested", "ready"] as const)
      expect(replyControl(intro(state, [waiting]), waiting, reply())).toBe("review");
    expect(replyControl(intro("cancelled", [waiting]), waiting, reply())).toBeNull();
    expect(needsReview(intro("requested", [waiting]), waiting)).toBe(true);
    expect(needsReview(intro("expired", [waiting]), waiting)).toBe(false);
  });

  it("offers a correction only on the newest recorded reply of an answer read from email", () => {
    const older = reply({ id: "old", status: "recorded", understood: "notNow" });
    const newest = reply({ id: "new", status: "recorded", understood: "yes" });
    const byMail = party({ answer: "yes", answeredBy: "reply", replies: [newest, older] });
    const open = intro("requested", [byMail]);
    expect(replyControl(open, byMail, newest)).toBe("correct");
    expect(replyControl(open, byMail, older)).toBeNull();
    expect(replyControl(intro("introduced", [byMail]), byMail, newest)).toBeNull();
    const byConnector = { ...byMail, answeredBy: "connector" as const };
    expect(replyControl(open, byConnector, newest)).toBeNull();
    const ignored = reply({ status: "ignored" });
    expect(replyControl(open, party({ replies: [ignored] }), ignored)).toBeNull();
  });

  it("offers to reopen an intro that a decline read from a reply closed, on that party's newest recorded reply", () => {
    const older = reply({ id: "old", status: "recorded", understood: "unclear" });
    const newest = reply({ id: "new", status: "recorded", understood: "no" });
    for (const answer of ["no", "notNow", "alreadyConnected"] as const) {
      const declined = party({ answer, answeredBy: "reply", replies: [newest, older] });
      expect(replyControl(intro("declined", [declined]), declined, newest)).toBe("reopen");
      expect(replyControl(intro("declined", [declined]), declined, older)).toBeNull();
    }
    const byMail = party({ answer: "no", answeredBy: "reply", replies: [newest] });
    for (const state of ["expired", "cancelled", "introduced"] as const)
      expect(replyControl(intro(state, [byMail]), byMail, newest)).toBeNull();
    const byLink = { ...byMail, answeredBy: "link" as const };
    expect(replyControl(intro("declined", [byLink]), byLink, newest)).toBeNull();
    const byConnector = { ...byMail, answeredBy: "connector" as const };
    expect(replyControl(intro("declined", [byConnector]), byConnector, newest)).toBeNull();
    // Sue's reply said yes; the intro closed on someone else's answer, which hers cannot undo.
    const sue = party({ id: "p2", answer: "yes", answeredBy: "reply", replies: [newest] });
    expect(replyControl(intro("declined", [byLink, sue]), sue, newest)).toBeNull();
    // A reply that waited when the intro closed is no longer the connector's to decide.
    const waiting = party({ answer: "no", answeredBy: "link", replies: [reply()] });
    expect(replyControl(intro("declined", [waiting]), waiting, reply())).toBeNull();
  });

  it("reopens only with a different answer, keeping not now so a date can be added", () => {
    const decisions = (control: "correct" | "reopen", answer: PartyResource["answer"]) =>
      correctionChoices(control, party({ answer, answeredBy: "reply" })).map((c) => c.decision);
    expect(decisions("correct", "yes")).toEqual([
      "yes",
      "notNow",
      "no",
      "alreadyConnected",
      "ignore",
    ]);
    expect(decisions("reopen", "no")).toEqual(["yes", "notNow", "alreadyConnected"]);
    expect(decisions("reopen", "alreadyConnected")).toEqual(["yes", "notNow", "no"]);
    expect(decisions("reopen", "notNow")).toEqual(["yes", "notNow", "no", "alreadyConnected"]);
  });
});

describe("asking again", () => {
  const sue = party({ id: "p2", name: "Sue Lee", email: "sue@example.org", answer: "yes" });

  it("is offered on a closed intro where someone said not now without a date", () => {
    const juan = party({ answer: "notNow" });
    expect(canAskAgain(intro("declined", [juan, sue]))).toBe(true);
    expect(canAskAgain(intro("requested", [juan, sue]))).toBe(false);
    const later = party({ answer: "notNow", askAgainAt: "2027-03-01T08:00:00Z" });
    expect(canAskAgain(intro("declined", [later, sue]))).toBe(false);
    expect(canAskAgain(intro("declined", [party({ answer: "no" }), sue]))).toBe(false);
  });

  it("creates the same people, reasons, language and final intro, with requests drafted by the server", () => {
    const agreed = { ...sue, alreadyAgreed: true };
    const why = "Sue rebuilt the pricing of a marketplace like yours.";
    const closed = intro("declined", [party({ answer: "notNow", why }), agreed]);
    expect(askAgainPayload(closed)).toEqual({
      parties: [
        {
          name: "Juan Perez",
          email: "juan@example.com",
          about: "runs XYZ at Contoso",
          why,
          alreadyAgreed: false,
        },
        {
          name: "Sue Lee",
          email: "sue@example.org",
          about: "runs XYZ at Contoso",
          why: "",
          alreadyAgreed: true,
        },
      ],
      reason: "you are both deep into XYZ",
      requests: [],
      finalIntro: "review",
      language: "de",
    });
    expect(askedAgain(closed).map((p) => p.email)).toEqual(["juan@example.com"]);
  });

  it("asks again in the register the first requests were drafted in, and leaves an older intro's to the server", () => {
    const closed = intro("declined", [party({ answer: "notNow" }), sue]);
    expect(askAgainPayload({ ...closed, register: "formal" }).register).toBe("formal");
    expect(askAgainPayload({ ...closed, register: null })).not.toHaveProperty("register");
  });
});
