// @vitest-environment happy-dom
// The pane's markup and the sandbox page's pieces in a DOM: untrusted text stays text, controls
// have names, and the sandbox parses what it is typed.

import { render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { createApi, type IntroResource } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { App } from "../src/taskpane/ui/app";
import { calendarDaysFor } from "../src/sandbox/clock";
import { bodyNodes } from "../src/sandbox/mail-view";
import { parseRecipients } from "../src/sandbox/recipients-text";
import { fakeServer, outlookMock, person, settle } from "./outlook-mock";

const EVIL = `<img src=x onerror="alert(1)">Eve`;

async function mount(list: IntroResource[] = []) {
  const mock = outlookMock({
    to: [person(`Juan ${EVIL}`, "juan@example.com")],
    cc: [person("Sue Lee", "sue@example.org")],
    subject: "Intro: Juan <> Sue",
    body: `Hi Juan and Sue,\n\nI'd like to introduce you two. You are both deep into ${EVIL} fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nAlex`,
  });
  const server = fakeServer(() => ({ json: list }));
  const controller = new PaneController(mock.host, createApi({ fetch: server.fetch }));
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return { root, controller };
}

describe("the pane's markup", () => {
  it("shows names and reasons from the draft as text, never as markup", async () => {
    const { root } = await mount();
    expect(root.querySelector("img")).toBeNull();
    const heading = root.querySelector("#offer-title");
    // The detector tidies names, but whatever is left is text.
    expect(heading?.textContent).toContain("<img src=x onerror=");
    expect(root.textContent).toContain("fraud detection");
  });

  it("labels every control of the convert form", async () => {
    const { root, controller } = await mount();
    controller.startConvert();
    await settle();
    const controls = Array.from(root.querySelectorAll("input, textarea, select"));
    expect(controls.length).toBeGreaterThan(6);
    for (const control of controls) {
      const id = control.getAttribute("id");
      const labelled = (id && root.querySelector(`label[for="${id}"]`)) || control.closest("label");
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    expect(root.querySelector('[data-testid="send-requests"]')?.getAttribute("type")).toBe(
      "submit"
    );
  });

  it("offers They both already agreed beside Make it double opt-in, and takes it back", async () => {
    const { root } = await mount();
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
    expect(button("make-double-opt-in")?.textContent).toBe("Make it double opt-in");
    button("both-agreed")?.click();
    await settle();
    const agreed = root.querySelector('[data-testid="draft-agreed"]');
    expect(agreed?.querySelector("img")).toBeNull();
    expect(agreed?.querySelector("h2")?.textContent).toMatch(/and Sue Lee both already agreed$/);
    // Focus moves to what changed, for a screen reader, once the view has rendered.
    await vi.waitFor(() => expect(document.activeElement).toBe(agreed?.querySelector("h2")));
    button("take-back-agreed")?.click();
    // Taking it back writes the draft's mark through Outlook first; the view follows when it has.
    await vi.waitFor(() => expect(button("make-double-opt-in")).not.toBeNull());
  });

  it("lists intros with each party's answer and the actions that apply", async () => {
    const intro: IntroResource = {
      id: "r",
      state: "ready",
      createdAt: "2026-11-25T17:00:00Z",
      reason: "",
      finalIntro: "review",
      language: "en",
      introducedAt: null,
      finalDraftId: "d1",
      events: [],
      parties: [
        {
          id: "p0",
          name: EVIL,
          email: "eve@example.com",
          about: "",
          alreadyAgreed: false,
          answer: "yes",
          notNowUntil: null,
          requestedAt: "2026-11-25T17:00:00Z",
          followedUpAt: null,
          answeredAt: "2026-11-26T09:00:00Z",
        },
        {
          id: "p1",
          name: "Sue Lee",
          email: "sue@example.org",
          about: "",
          alreadyAgreed: false,
          answer: "yes",
          notNowUntil: null,
          requestedAt: "2026-11-25T17:00:00Z",
          followedUpAt: "2026-12-07T17:00:00Z",
          answeredAt: "2026-12-08T10:00:00Z",
        },
      ],
    };
    const { root } = await mount([intro]);
    const card = root.querySelector('[data-testid="intro"]');
    expect(card?.getAttribute("data-state")).toBe("ready");
    expect(card?.querySelector("img")).toBeNull();
    expect(card?.textContent).toContain("asked 25 Nov · followed up 7 Dec · answered 8 Dec");
    // Both addresses, so two people of the same name, or two intros of the same pair, are told apart.
    expect(card?.textContent).toContain("sue@example.org · asked 25 Nov");
    expect(card?.textContent).toContain("eve@example.com · asked 25 Nov");
    expect(card?.querySelector('[data-testid="intro-meta"]')?.textContent).toBe("Made 25 Nov");
    const buttons = Array.from(card?.querySelectorAll("button") ?? [], (b) => b.textContent);
    expect(buttons).toEqual(["Open the final draft", "Cancel introduction"]);
  });

  it("says when each intro was made and what happened last, so two intros of one pair differ", async () => {
    const party = (id: string, name: string, email: string): IntroResource["parties"][number] => ({
      id,
      name,
      email,
      about: "",
      alreadyAgreed: false,
      answer: "pending",
      notNowUntil: null,
      requestedAt: null,
      followedUpAt: null,
      answeredAt: null,
    });
    const pair = [
      party("a", "Juan Perez", "juan@example.org"),
      party("b", "Sue Lee", "sue@example.org"),
    ];
    const older: IntroResource = {
      id: "old",
      state: "declined",
      createdAt: "2026-11-02T09:00:00Z",
      reason: "",
      finalIntro: "send",
      language: "en",
      introducedAt: null,
      finalDraftId: null,
      parties: pair,
      events: [
        { at: "2026-11-02T09:00:00Z", what: "created", partyId: null },
        { at: "2026-11-03T10:00:00Z", what: "requestSent", partyId: "b" },
        { at: "2026-11-04T11:00:00Z", what: "answeredNo", partyId: "b" },
        { at: "2026-11-04T11:00:00Z", what: "declined", partyId: null },
      ],
    };
    const newer: IntroResource = {
      ...older,
      id: "new",
      state: "requested",
      createdAt: "2026-12-05T09:00:00Z",
      events: [
        { at: "2026-12-05T09:00:00Z", what: "created", partyId: null },
        { at: "2026-12-05T09:01:00Z", what: "requestSent", partyId: "a" },
      ],
    };
    const { root } = await mount([newer, older]);
    const metas = Array.from(
      root.querySelectorAll('[data-testid="intro-meta"]'),
      (m) => m.textContent
    );
    expect(metas).toEqual([
      "Made 5 Dec · latest: asked Juan, 5 Dec",
      "Made 2 Nov · latest: Sue said no, 4 Nov",
    ]);
  });
});

describe("the sandbox page's pieces", () => {
  it("resolves typed recipients like Outlook, and flags the ones without an address", () => {
    expect(
      parseRecipients(
        `Juan Perez <juan@example.com>; "Lee, Sue" <sue@example.org>, tom@example.net; Bob`
      )
    ).toEqual({
      resolved: [
        { displayName: "Juan Perez", emailAddress: "juan@example.com" },
        { displayName: "Lee, Sue", emailAddress: "sue@example.org" },
        { displayName: "tom@example.net", emailAddress: "tom@example.net" },
      ],
      unresolved: ["Bob"],
    });
  });

  it("turns business days into calendar days the way the server counts them", () => {
    const wednesday = new Date("2026-11-25T17:00:00Z");
    expect(calendarDaysFor(wednesday, 8)).toBe(12);
    expect(calendarDaysFor(wednesday, 2)).toBe(2);
    expect(calendarDaysFor(new Date("2026-11-27T17:00:00Z"), 1)).toBe(3);
  });

  it("shows a mail body as text and its http links, without running or keeping markup", () => {
    const host = document.createElement("div");
    host.append(
      bodyNodes(
        `<html><body><p>Hi <b>Juan</b><img src=x onerror="alert(1)"></p><p><a href="http://127.0.0.1/consent/t?answer=yes">Yes</a> <a href="javascript:alert(1)">bad</a></p><script>alert(1)</script></body></html>`
      )
    );
    expect(host.querySelector("img, script, b")).toBeNull();
    const links = Array.from(host.querySelectorAll("a"));
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "http://127.0.0.1/consent/t?answer=yes",
    ]);
    expect(links[0]?.getAttribute("target")).toBe("_blank");
    expect(host.textContent).toContain("Hi Juan");
    expect(host.textContent).toContain("bad");
  });
});
