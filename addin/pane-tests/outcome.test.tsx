// @vitest-environment happy-dom
// What came of an introduction: the card of an introduced intro asks "Did Juan and Sue connect?" once
// the tenant's days have passed, keeps the connector's answer, says what a reply showed, and the list
// shows the connector's own record.

import { render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { createApi, type IntroResource, type PartyResource } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { ordered } from "../src/taskpane/intros";
import { App } from "../src/taskpane/ui/app";
import { fakeServer, outlookMock, person, settle } from "./outlook-mock";

const party = (id: string, name: string, email: string): PartyResource => ({
  id,
  name,
  email,
  about: "",
  alreadyAgreed: false,
  answer: "yes",
  notNowUntil: null,
  requestedAt: "2026-11-02T09:00:00Z",
  followedUpAt: null,
  answeredAt: "2026-11-03T09:00:00Z",
});

function introduced(patch: Partial<IntroResource> = {}): IntroResource {
  return {
    id: "i1",
    state: "introduced",
    createdAt: "2026-11-02T09:00:00Z",
    reason: "",
    finalIntro: "send",
    language: "en",
    introducedAt: "2026-11-03T09:00:00Z",
    finalDraftId: null,
    events: [],
    parties: [
      party("p0", "Juan Perez", "juan@example.com"),
      party("p1", "Sue Lee", "sue@example.org"),
    ],
    outcome: null,
    outcomeAt: null,
    outcomeBy: null,
    outcomeAskedAt: "2026-11-23T09:00:00Z",
    ...patch,
  };
}

async function mount(
  intros: IntroResource[],
  answer: (body: { outcome: string }) => { status?: number; json: unknown } = (body) => ({
    json: introduced({ outcome: body.outcome as IntroResource["outcome"], outcomeBy: "connector" }),
  })
) {
  const server = fakeServer((call) => {
    if (call.url === "/api/intros/record")
      return { json: { made: 3, bothSaidYes: 2, connected: 1, since: null } };
    if (call.url.endsWith("/outcome")) return answer(call.body as { outcome: string });
    if (call.url.startsWith("/api/intros")) return { json: intros };
    return { json: { mailOnHold: null } };
  });
  const { root } = await open(server);
  return { root, calls: server.calls };
}

/** The pane over `server`, started and drawn. */
async function open(server: ReturnType<typeof fakeServer>) {
  const mock = outlookMock({ to: [person("Kim", "kim@example.com")], subject: "Hello" });
  const controller = new PaneController(
    mock.host,
    createApi({ fetch: server.fetch, getToken: async () => "t" })
  );
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return { root, controller };
}

const buttons = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLButtonElement>('[data-testid="outcome-question"] button'));

describe("what came of an introduction", () => {
  it("asks once the day has come, and keeps the connector's answer", async () => {
    const { root, calls } = await mount([introduced()]);
    const question = root.querySelector('[data-testid="outcome-question"]');
    expect(question?.querySelector("legend")?.textContent).toBe("Did Juan and Sue connect?");
    expect(buttons(root).map((b) => b.textContent)).toEqual([
      "Connected",
      "Not yet",
      "Did not connect",
      "Don't ask",
    ]);
    buttons(root)[1]?.click();
    await settle();
    const posted = calls.filter((c) => c.url === "/api/intros/i1/outcome");
    expect(posted.map((c) => [c.method, c.body])).toEqual([["POST", { outcome: "notYet" }]]);
    expect(root.querySelector('[data-testid="outcome-question"]')).toBeNull();
    expect(root.querySelector('[data-testid="outcome"]')?.textContent).toContain(
      "Not connected yet"
    );
  });

  it("does not ask before the day (or ever, if the tenant never asks), nor after Don't ask", async () => {
    const { root } = await mount([
      introduced({ id: "b", outcomeAskedAt: null }),
      introduced({ id: "c", outcome: "dontAsk", outcomeBy: "connector" }),
    ]);
    expect(root.querySelector('[data-testid="outcome-question"]')).toBeNull();
    expect(root.querySelector('[data-testid="outcome"]')).toBeNull();
  });

  it("says when a reply showed they connected, and lets the connector change it", async () => {
    const { root, calls } = await mount([introduced({ outcome: "connected", outcomeBy: "reply" })]);
    const line = root.querySelector('[data-testid="outcome"]');
    expect(line?.textContent).toContain("They connected: one wrote to the other with you in copy");
    line?.querySelector("button")?.click();
    await settle();
    buttons(root)[2]?.click();
    await settle();
    expect(calls.filter((c) => c.url.endsWith("/outcome")).map((c) => c.body)).toEqual([
      { outcome: "didNotConnect" },
    ]);
    expect(root.querySelector('[data-testid="outcome"]')?.textContent).toContain(
      "They did not connect"
    );
  });

  it("keeps asking when the answer was not saved, and says why", async () => {
    const { root } = await mount([introduced()], () => ({
      status: 409,
      json: {
        title: "This introduction was not made",
        detail: "Only an introduction whose final intro went out has an outcome.",
      },
    }));
    buttons(root)[0]?.click();
    await settle();
    expect(root.textContent).toContain(
      "Only an introduction whose final intro went out has an outcome."
    );
    expect(root.querySelector('[data-testid="outcome-question"]')).not.toBeNull();
  });

  it("shows the connector's own record above the list", async () => {
    const { root } = await mount([introduced()]);
    expect(root.querySelector('[data-testid="connector-record"]')?.textContent).toBe(
      "Your record: 3 introductions · 2 both said yes · 1 connected"
    );
  });

  it("finds a final draft in review the connector sent from Outlook, and shows the intro introduced", async () => {
    const ready = introduced({
      state: "ready",
      finalIntro: "review",
      introducedAt: null,
      finalDraftId: "draft-1",
      outcomeAskedAt: null,
    });
    let sent = false;
    const server = fakeServer((call) => {
      if (call.url === "/api/intros/i1/final-draft") {
        sent = true;
        return { json: { restId: "AAMkREST", isDraft: false } };
      }
      if (call.url === "/api/intros?state=all")
        return { json: [sent ? introduced({ outcomeAskedAt: null }) : ready] };
      return { json: { mailOnHold: null } };
    });
    const { root, controller } = await open(server);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="intro"]')?.getAttribute("data-state")).toBe(
        "introduced"
      )
    );
    // Looked up once; the list read again does not look it up again.
    await controller.refreshIntros();
    await settle();
    expect(server.calls.filter((c) => c.url.endsWith("/final-draft"))).toHaveLength(1);
  });

  it("puts intros asking the question right after the open ones", () => {
    const open = { ...introduced({ id: "open" }), state: "requested" as const };
    const asking = introduced({ id: "asking" });
    const settled = introduced({ id: "settled", outcome: "connected" });
    expect(ordered([settled, asking, open]).map((i) => i.id)).toEqual([
      "open",
      "asking",
      "settled",
    ]);
  });
});
