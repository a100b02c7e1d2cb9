// @vitest-environment happy-dom
// The pane on a message being read: it finds the intro the message's conversation belongs to,
// flags a reply that waits for the connector, records the one-click decision, corrects a decline
// misread from a reply (which opens the intro again) and shows a refusal as the server worded it.

import { render } from "preact";
import { describe, expect, it } from "vitest";
import { createApi, type IntroResource } from "../src/api/client";
import { officeMailHost, type ReadItemLike } from "../src/office/mailbox";
import { PaneController } from "../src/taskpane/controller";
import { App } from "../src/taskpane/ui/app";
import { fakeServer, outlookMock, person, settle, type FakeCall } from "./outlook-mock";

const readItem: ReadItemLike = {
  itemId: "AAMkReply1",
  conversationId: "AAQkConv/1+x",
  internetMessageId: "<reply1@example.com>",
  subject: "RE: Would you like to meet Sue Lee?",
  from: person("Juan Perez", "juan@example.com"),
  body: { getAsync: (_coercion, callback) => callback({ status: "succeeded", value: "" }) },
};

function introWith(status: "needsReview" | "recorded", answer: "pending" | "yes"): IntroResource {
  const party = (id: string, name: string, email: string) => ({
    id,
    name,
    email,
    about: "",
    alreadyAgreed: false,
    answer: "pending" as const,
    notNowUntil: null,
    requestedAt: "2026-11-25T17:00:00Z",
    followedUpAt: null,
    answeredAt: null,
    answeredBy: null,
    askAgainAt: null,
    replies: [],
  });
  const juan = {
    ...party("p0", "Juan Perez", "juan@example.com"),
    answer,
    answeredBy: answer === "yes" ? ("connector" as const) : null,
    replies: [
      {
        id: "r1",
        receivedAt: "2026-11-26T09:00:00Z",
        excerpt: "Who is Sue exactly?",
        understood: "unclear" as const,
        until: null,
        status,
      },
    ],
  };
  return {
    id: "i1",
    state: "requested",
    createdAt: "2026-11-25T17:00:00Z",
    reason: "XYZ",
    finalIntro: "send",
    language: "en",
    parties: [juan, party("p1", "Sue Lee", "sue@example.org")],
    introducedAt: null,
    finalDraftId: null,
    events: [],
  };
}

async function readPane(handle: Parameters<typeof fakeServer>[0]) {
  const mock = outlookMock();
  (mock.office.context.mailbox as { item: unknown }).item = readItem;
  // The pane also asks whether mail is on hold; these tests follow the intro's own requests.
  const calls: FakeCall[] = [];
  const server = fakeServer((call) => {
    if (call.url === "/api/status") return { json: { mailOnHold: null } };
    calls.push(call);
    return handle(call);
  });
  const controller = new PaneController(
    officeMailHost(mock.office),
    createApi({ fetch: server.fetch })
  );
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return { root, calls };
}

const click = async (root: HTMLElement, testId: string) => {
  root.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
  await settle();
  await settle();
};

describe("the pane on a message being read", () => {
  it("shows the intro of the message's conversation, flagged, and records a one-click answer", async () => {
    const { root, calls } = await readPane((call: FakeCall) =>
      call.method === "GET"
        ? { json: [introWith("needsReview", "pending")] }
        : { json: introWith("recorded", "yes") }
    );
    expect(calls[0]?.url).toBe("/api/intros/by-conversation?conversationId=AAQkConv%2F1%2Bx");
    expect(root.querySelector('[data-testid="reading"]')?.textContent).toContain(
      "RE: Would you like to meet Sue Lee?"
    );
    expect(root.querySelector('[data-testid="needs-review"]')?.textContent).toBe(
      "Needs your review"
    );
    expect(root.querySelector('[data-testid="reply"]')?.textContent).toContain(
      "Who is Sue exactly?"
    );

    await click(root, "decide-yes");

    expect(calls[1]).toMatchObject({
      method: "POST",
      url: "/api/intros/i1/parties/p0/replies/r1",
      body: { answer: "yes" },
    });
    expect(root.querySelector('[data-testid="needs-review"]')).toBeNull();
    expect(root.querySelector('[data-testid="reply"]')?.getAttribute("data-status")).toBe(
      "recorded"
    );
    expect(root.querySelector('[data-testid="answered-by"]')?.textContent).toContain(
      "recorded by you"
    );
    // No draft is read or judged on a message being read.
    expect(root.querySelector("#offer-title")).toBeNull();
  });

  it("sends a not-now with the date typed, and shows the server's refusal in its own words", async () => {
    const { root, calls } = await readPane((call: FakeCall) =>
      call.method === "GET"
        ? { json: [introWith("needsReview", "pending")] }
        : {
            status: 409,
            json: { title: "This introduction is closed", detail: "Replies no longer change it." },
          }
    );
    const date = root.querySelector<HTMLInputElement>('input[type="date"]');
    if (!date) throw new Error("no date input");
    date.value = "2027-03-01";
    date.dispatchEvent(new Event("input", { bubbles: true }));
    await settle();

    await click(root, "decide-notNow");

    expect(calls[1]?.body).toEqual({ answer: "notNow", until: "2027-03-01" });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("This introduction is closed");
    expect(alert?.textContent).toContain("Replies no longer change it.");
    expect(root.querySelector('[data-testid="needs-review"]')).not.toBeNull();
  });

  it("corrects a decline misread from this reply, reopening the intro, after a refusal in the server's words", async () => {
    const recorded = introWith("recorded", "pending");
    const juan = recorded.parties[0]!;
    const declined: IntroResource = {
      ...recorded,
      state: "declined",
      parties: [
        {
          ...juan,
          answer: "no",
          answeredBy: "reply",
          replies: (juan.replies ?? []).map((r) => ({ ...r, understood: "no" as const })),
        },
        recorded.parties[1]!,
      ],
    };
    const reopened: IntroResource = {
      ...declined,
      state: "requested",
      parties: [
        { ...declined.parties[0]!, answer: "yes", answeredBy: "connector" },
        recorded.parties[1]!,
      ],
    };
    let refuse = true;
    const { root, calls } = await readPane((call: FakeCall) => {
      if (call.method === "GET") return { json: [declined] };
      if (!refuse) return { json: reopened };
      refuse = false;
      return {
        status: 409,
        json: { title: "This introduction is closed", detail: "Its links no longer work." },
      };
    });
    const card = () => root.querySelector('[data-testid="intro"]');
    expect(root.querySelector('[data-testid="correct-reply"]')?.textContent).toBe(
      "Correct and reopen"
    );

    await click(root, "correct-reply");
    expect(root.querySelector('[data-testid="correction"]')?.textContent).toContain(
      "We misread this reply — record instead:"
    );
    const choices = Array.from(root.querySelectorAll('[data-testid^="decide-"]'), (b) =>
      b.getAttribute("data-testid")
    );
    expect(choices).toEqual(["decide-yes", "decide-notNow", "decide-alreadyConnected"]);

    await click(root, "decide-yes");
    expect(calls[1]).toMatchObject({
      method: "POST",
      url: "/api/intros/i1/parties/p0/replies/r1",
      body: { answer: "yes" },
    });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("This introduction is closed");
    expect(alert?.textContent).toContain("Its links no longer work.");
    expect(card()?.getAttribute("data-state")).toBe("declined");

    await click(root, "decide-yes");
    expect(card()?.getAttribute("data-state")).toBe("requested");
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[data-testid="correct-reply"]')).toBeNull();
  });

  it("says so when the message belongs to no introduction", async () => {
    const { root } = await readPane(() => ({ json: [] }));
    expect(root.querySelector('[data-testid="intro-list-empty"]')?.textContent).toBe(
      "This message isn't part of an introduction you made with the add-in."
    );
  });

  it("follows a pinned pane from a draft to a message being read", async () => {
    const mock = outlookMock();
    const server = fakeServer((call: FakeCall) => ({
      json: call.url.includes("by-conversation") ? [introWith("needsReview", "pending")] : [],
    }));
    const controller = new PaneController(mock.host, createApi({ fetch: server.fetch }));
    await controller.start();
    await settle();
    expect(controller.current.reading).toBeNull();

    (mock.office.context.mailbox as { item: unknown }).item = readItem;
    mock.fireItemChanged();
    await settle();
    await settle();

    expect(controller.current.reading?.conversationId).toBe("AAQkConv/1+x");
    expect(server.calls.filter((c) => c.url !== "/api/status").at(-1)?.url).toBe(
      "/api/intros/by-conversation?conversationId=AAQkConv%2F1%2Bx"
    );
    expect(controller.current.intros.items.map((i) => i.id)).toEqual(["i1"]);
  });
});
