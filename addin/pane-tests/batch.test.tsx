// @vitest-environment happy-dom
// Several intros at once in the pane: pasted pairs (nothing is sent while a line is bad), one review
// of every request, a pair removed, then one create per pair under its own idempotency key; one
// pair's failure shows the server's words on that pair and stops no other, its retry carries the
// same key after a lost answer, and the progress follows the requests as the server sends them.
// Pairs are also picked from a draft that names four people.

import { render } from "preact";
import { describe, expect, it } from "vitest";
import { createApi, type IntroResource } from "../src/api/client";
import type { CreateIntroRequest } from "../src/core";
import { PaneController } from "../src/taskpane/controller";
import { App } from "../src/taskpane/ui/app";
import { fakeServer, outlookMock, person, settle, type FakeCall } from "./outlook-mock";

const PAIRS = [
  "Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: you both work on fraud models",
  "Ana Silva <ana@northwind.com>, Bo Chen <bo@fabrikam.com>: Ana is hiring for what Bo does",
  "Kim Park <kim@contoso.com>, Lu Wang <lu@fabrikam.com>: both of you run platform teams",
];

type Answer = ReturnType<Parameters<typeof fakeServer>[0]>;

/** The server: intros it created, listed with their requests sent once `sendRequests` is called. */
function world(create: (body: CreateIntroRequest, n: number) => Answer | null = () => null) {
  const intros: IntroResource[] = [];
  let sent = false;
  const posts: FakeCall[] = [];
  const server = fakeServer((call) => {
    if (call.url === "/api/status") return { json: { mailOnHold: null } };
    if (call.url === "/api/policy") return { status: 404, json: { title: "Not found" } };
    if (call.method === "GET" && call.url === "/api/intros?state=all")
      return {
        json: intros.map((i) => ({
          ...i,
          parties: i.parties.map((p) => ({
            ...p,
            requestedAt: sent ? "2026-11-25T17:01:00Z" : null,
          })),
        })),
      };
    if (call.method === "POST" && call.url === "/api/intros") {
      posts.push(call);
      const body = call.body as CreateIntroRequest;
      const special = create(body, posts.length);
      if (special) return special;
      const intro = introFrom(body, `i${intros.length + 1}`);
      intros.push(intro);
      return { status: 201, json: intro };
    }
    return { json: [] };
  });
  return {
    server,
    posts,
    intros,
    sendRequests: () => {
      sent = true;
    },
  };
}

function introFrom(body: CreateIntroRequest, id: string): IntroResource {
  return {
    id,
    state: "requested",
    createdAt: "2026-11-25T17:00:00Z",
    reason: body.reason,
    finalIntro: body.finalIntro,
    language: body.language,
    parties: body.parties.map((p, i) => ({
      id: `${id}p${i}`,
      name: p.name,
      email: p.email,
      about: p.about,
      alreadyAgreed: false,
      answer: "pending",
      notNowUntil: null,
      requestedAt: null,
      followedUpAt: null,
      answeredAt: null,
    })),
    introducedAt: null,
    finalDraftId: null,
    events: [],
  };
}

async function mount(
  w: ReturnType<typeof world>,
  draft: Parameters<typeof outlookMock>[0] = {},
  backoffMs: number[] = []
) {
  const mock = outlookMock(draft);
  const controller = new PaneController(mock.host, createApi({ fetch: w.server.fetch }), null, {
    pollMs: 1,
    maxPolls: 200,
    backoffMs,
  });
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return Object.assign(root, { outlook: mock.state });
}

const $ = (root: HTMLElement, testId: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (root: HTMLElement, testId: string) => [
  ...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
];

async function click(el: HTMLElement | null | undefined) {
  if (!el) throw new Error("nothing to click");
  el.click();
  await settle();
  await settle();
}

async function type(el: HTMLElement | null, text: string) {
  const field = el as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

async function until(what: string, probe: () => boolean) {
  for (let i = 0; i < 400; i++) {
    if (probe()) return;
    await settle();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const statuses = (root: HTMLElement) => $$(root, "batch-item").map((i) => i.dataset["status"]);

describe("several intros at once", () => {
  it("sends nothing while a pasted line is bad, then reviews, removes, sends and follows each pair", async () => {
    const w = world((_, n) =>
      n === 2
        ? {
            status: 400,
            json: {
              title: "One or more validation errors occurred.",
              detail: "bo@fabrikam.com does not take introductions from this tenant.",
            },
          }
        : null
    );
    const root = await mount(w);

    await click($(root, "batch-open"));
    await type($(root, "batch-pairs"), [...PAIRS, "Pat <pat@contoso.com>: who else?"].join("\n"));
    await click($(root, "batch-review"));
    expect($(root, "batch-line-problems")?.textContent).toBe(
      "Line 4: only one email address. Each line needs two people, each with their address."
    );
    expect(w.posts).toHaveLength(0);

    await type(
      $(root, "batch-pairs"),
      [...PAIRS, "Eva Roth <eva@contoso.com>, Max Roth <max@contoso.com>"].join("\n")
    );
    await click($(root, "batch-review"));
    expect($$(root, "batch-item").map((i) => i.querySelector("h3")?.textContent)).toEqual([
      "Juan Perez and Sue Lee",
      "Ana Silva and Bo Chen",
      "Kim Park and Lu Wang",
      "Eva Roth and Max Roth",
    ]);
    // Every request of every pair, drafted and shown before anything is sent.
    expect($$(root, "batch-request")).toHaveLength(8);
    expect($$(root, "batch-request")[0]?.textContent).toContain("Private request to Juan Perez");
    expect(root.querySelector("#pair-0-body-0")).toHaveProperty(
      "value",
      expect.stringMatching(/^Hi Juan,/)
    );

    await click($$(root, "batch-item")[3]?.querySelector('[data-testid="batch-remove"]'));
    expect($(root, "batch-send")?.textContent).toBe("Send 3 intros");
    await type(root.querySelector("#pair-2-reason"), "you both run platform teams at scale");
    await click($(root, "batch-send"));

    await until("every pair created or refused", () =>
      statuses(root).every((s) => s === "queued" || s === "failed")
    );
    expect(w.posts.map((p) => (p.body as CreateIntroRequest).parties.map((x) => x.email))).toEqual([
      ["juan@contoso.com", "sue@fabrikam.com"],
      ["ana@northwind.com", "bo@fabrikam.com"],
      ["kim@contoso.com", "lu@fabrikam.com"],
    ]);
    expect((w.posts[2]?.body as CreateIntroRequest).reason).toBe(
      "you both run platform teams at scale"
    );
    const keys = w.posts.map((p) => p.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(3);
    expect(statuses(root)).toEqual(["queued", "failed", "queued"]);
    const failed = $$(root, "batch-item")[1]!;
    expect(failed.textContent).toContain(
      "bo@fabrikam.com does not take introductions from this tenant."
    );

    w.sendRequests();
    await until("the two created intros asked", () => statuses(root)[2] === "asked");
    expect($(root, "batch-progress")?.textContent).toBe("2 of 3 asked · 1 not sent");
    expect(statuses(root)).toEqual(["asked", "failed", "asked"]);

    // Only that pair is tried again; a refusal stored nothing, so its retry is a new intro.
    await click(failed.querySelector('[data-testid="batch-retry"]'));
    await until("the retried pair asked", () => statuses(root)[1] === "asked");
    expect(w.posts).toHaveLength(4);
    expect((w.posts[3]?.body as CreateIntroRequest).parties[1]?.email).toBe("bo@fabrikam.com");
    expect(w.posts[3]?.headers["idempotency-key"]).not.toBe(keys[1]);
    expect($(root, "batch-progress")?.textContent).toBe("All 3 asked");
  });

  it("tries a pair again under the same key when the server's answer was lost", async () => {
    const w = world((_, n) => (n === 1 ? new Error("Failed to fetch") : null) as Answer | null);
    const root = await mount(w);
    await click($(root, "batch-open"));
    await type($(root, "batch-pairs"), PAIRS[0]!);
    await click($(root, "batch-review"));
    await click($(root, "batch-send"));
    await until("the pair not sent", () => statuses(root)[0] === "failed");
    // Pasted pairs leave the draft alone.
    expect($(root, "batch-discard")).toBeNull();
    expect($$(root, "batch-item")[0]?.textContent).toContain("The server could not be reached");

    w.sendRequests();
    await click($(root, "batch-retry"));
    await until("the pair asked", () => statuses(root)[0] === "asked");
    expect(w.posts.map((p) => p.headers["idempotency-key"])).toEqual([
      w.posts[0]?.headers["idempotency-key"],
      w.posts[0]?.headers["idempotency-key"],
    ]);
  });

  it("sends nothing while a request was left empty, and says which pair needs it", async () => {
    const w = world();
    const root = await mount(w);
    await click($(root, "batch-open"));
    await type($(root, "batch-pairs"), PAIRS.slice(0, 2).join("\n"));
    await click($(root, "batch-review"));
    await type(root.querySelector("#pair-1-body-1"), "  ");
    await click($(root, "batch-send"));
    expect(w.posts).toHaveLength(0);
    expect(root.textContent).toContain("Some requests need a change before anything is sent");
    const [first, second] = $$(root, "batch-item");
    expect(first?.querySelector('[role="alert"]')).toBeNull();
    expect(second?.querySelector('[role="alert"]')?.textContent).toContain(
      "Each request needs a subject and a message."
    );
    expect($(root, "batch-send")?.textContent).toBe("Send 2 intros");
  });

  it("waits out the server's rate limit and tries the same pair again under the same key", async () => {
    const w = world((_, n) =>
      n === 1
        ? { status: 429, json: { title: "Too many requests", detail: "Try again shortly." } }
        : null
    );
    const root = await mount(w, {}, [1]);
    w.sendRequests();
    await click($(root, "batch-open"));
    await type($(root, "batch-pairs"), PAIRS.slice(0, 2).join("\n"));
    await click($(root, "batch-review"));
    await click($(root, "batch-send"));
    await until("both asked", () => $(root, "batch-progress")?.textContent === "All 2 asked");
    const keys = w.posts.map((p) => p.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(w.intros).toHaveLength(2);
  });

  it("picks pairs from a draft that names four people", async () => {
    const w = world();
    const root = await mount(w, {
      to: [person("Juan Perez", "juan@example.com"), person("Sue Lee", "sue@example.org")],
      cc: [person("Ana Silva", "ana@example.net"), person("Bo Chen", "bo@example.net")],
      subject: "Intros after the meetup",
      body: "Hi all,\n\nI'd like to introduce you to each other. Juan runs the data platform team at Contoso, Sue is an expert in fraud models, Ana leads payments at Northwind and Bo builds risk tools.\n\nBest,\nAlex",
    });
    expect($(root, "batch-pick")?.textContent).toBe("Pick pairs from these 4 people");
    await click($(root, "batch-pick"));
    const boxes = [...($(root, "batch-pick-list")?.querySelectorAll("label") ?? [])];
    expect(boxes.map((b) => b.textContent)).toEqual([
      "Juan Perez and Sue Lee",
      "Juan Perez and Ana Silva",
      "Juan Perez and Bo Chen",
      "Sue Lee and Ana Silva",
      "Sue Lee and Bo Chen",
      "Ana Silva and Bo Chen",
    ]);
    await click($(root, "batch-review"));
    expect(root.textContent).toContain("Pick at least one pair to introduce.");
    await click(boxes[0]?.querySelector("input"));
    await click(boxes[5]?.querySelector("input"));
    await click($(root, "batch-review"));
    expect($(root, "batch-send")?.textContent).toBe("Send 2 intros");
    w.sendRequests();
    await click($(root, "batch-send"));
    await until("both asked", () => $(root, "batch-progress")?.textContent === "All 2 asked");
    expect(w.posts.map((p) => (p.body as CreateIntroRequest).parties.map((x) => x.name))).toEqual([
      ["Juan Perez", "Sue Lee"],
      ["Ana Silva", "Bo Chen"],
    ]);
    expect((w.posts[1]?.body as CreateIntroRequest).requests[0]?.body).toMatch(/^Hi Ana,/);

    // The draft to all four must never go out now.
    expect(root.outlook.closedWith).toBeNull();
    await click($(root, "batch-discard"));
    expect(root.outlook.closedWith).toEqual({ discardItem: true });
    expect($(root, "batch-discarded")?.textContent).toBe("The original draft was discarded.");
  });
});
