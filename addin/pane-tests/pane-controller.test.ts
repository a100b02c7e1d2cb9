// The pane's logic through the Office.js adapter on office-addin-mock, with a fake server.

import { describe, expect, it, vi } from "vitest";
import { createApi, type IntroResource } from "../src/api/client";
import { PaneController, SENT_KEY } from "../src/taskpane/controller";
import { fakeServer, outlookMock, person, type FakeCall, type OutlookState } from "./outlook-mock";

const HOT_POTATO: Partial<OutlookState> = {
  to: [person("Juan Perez", "juan@example.com")],
  cc: [person("Sue Lee", "sue@example.org")],
  subject: "Intro: Juan <> Sue",
  body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models. You are both deep into real-time fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nBest,\nAlex",
};

function intro(
  id: string,
  state: IntroResource["state"],
  answers: Array<IntroResource["parties"][number]["answer"]> = ["pending", "pending"]
): IntroResource {
  return {
    id,
    state,
    createdAt: "2026-11-25T17:00:00Z",
    reason: "",
    finalIntro: "send",
    language: "en",
    introducedAt: null,
    finalDraftId: state === "ready" ? "draft-1" : null,
    events: [],
    parties: answers.map((answer, i) => ({
      id: `${id}-p${i}`,
      name: i === 0 ? "Juan Perez" : "Sue Lee",
      email: i === 0 ? "juan@example.com" : "sue@example.org",
      about: "",
      alreadyAgreed: false,
      answer,
      notNowUntil: null,
      requestedAt: "2026-11-25T17:00:00Z",
      followedUpAt: null,
      answeredAt: null,
    })),
  };
}

type Reply = { status?: number; json?: unknown; type?: string } | Error;

async function openPane(
  outlook: Partial<OutlookState> = HOT_POTATO,
  route: (call: FakeCall) => Reply | undefined = () => undefined,
  list: IntroResource[] = []
) {
  const mock = outlookMock(outlook);
  const server = fakeServer(
    (call) =>
      route(call) ??
      (call.method === "GET" ? { json: list } : { status: 404, json: { title: "Not found" } })
  );
  const pane = new PaneController(mock.host, createApi({ fetch: server.fetch }));
  await pane.start();
  return { mock, server, pane };
}

describe("the task pane", () => {
  it("offers to make a hot-potato draft double opt-in, naming both people and the reason", async () => {
    const { pane } = await openPane();
    const draft = pane.current.draft;
    expect(draft.kind).toBe("offer");
    if (draft.kind !== "offer") return;
    expect(draft.verdict.parties.map((p) => p.address)).toEqual([
      "juan@example.com",
      "sue@example.org",
    ]);
    expect(draft.verdict.reason).toContain("fraud detection");
  });

  it("says so when fewer than two recipients are resolved", async () => {
    const { pane } = await openPane({ ...HOT_POTATO, cc: [] });
    expect(pane.current.draft).toEqual({ kind: "tooFew", resolved: 1 });
  });

  it("stays quiet for a draft that is not an introduction", async () => {
    const { pane } = await openPane({
      ...HOT_POTATO,
      subject: "Thursday",
      body: "Hi both, can we move Thursday's review to 3pm?\n\nAlex",
    });
    expect(pane.current.draft.kind).toBe("quiet");
  });

  it("looks again when the recipients change", async () => {
    const { pane, mock } = await openPane({ ...HOT_POTATO, cc: [] });
    mock.state.cc = [person("Sue Lee", "sue@example.org")];
    mock.fireRecipientsChanged();
    await vi.waitFor(() => expect(pane.current.draft.kind).toBe("offer"));
  });

  it("sends what the connector edited, with no request for a party who already agreed", async () => {
    const created = intro("i1", "requested");
    const { pane, server, mock } = await openPane(HOT_POTATO, (c) =>
      c.method === "POST" ? { status: 201, json: created } : undefined
    );
    pane.startConvert();
    pane.editParty(0, { about: "runs data at Contoso" });
    pane.editParty(1, { alreadyAgreed: true });
    pane.editRequest(0, { subject: "A quick question, Juan" });
    pane.editIntro({ finalIntro: "review" });
    await pane.send();
    const post = server.calls.find((c) => c.method === "POST");
    expect(post?.url).toBe("/api/intros");
    expect(post?.headers.authorization).toBeUndefined();
    expect(post?.body).toMatchObject({
      parties: [
        { email: "juan@example.com", about: "runs data at Contoso", alreadyAgreed: false },
        { email: "sue@example.org", alreadyAgreed: true },
      ],
      requests: [{ email: "juan@example.com", subject: "A quick question, Juan" }],
      finalIntro: "review",
    });
    expect(pane.current.draft).toMatchObject({ kind: "sent", introId: "i1", canDiscard: true });
    expect(JSON.parse(mock.state.session[SENT_KEY] ?? "{}")).toMatchObject({ introId: "i1" });
    expect(JSON.parse(mock.state.customProperties[SENT_KEY] ?? "{}")).toMatchObject({
      introId: "i1",
    });
    // Sue already agreed, so only Juan got a request.
    expect(pane.current.draft).toMatchObject({ names: "Juan Perez" });
    expect(mock.state.notices["doubleOptIn"]?.message).toBe(
      "Double opt-in: private requests sent to Juan Perez. This draft can be discarded."
    );
  });

  it("shows the server's problem beside the field at fault and keeps what was typed", async () => {
    const problem = {
      title: "One or more validation errors occurred.",
      status: 400,
      errors: { "requests[0].body": ["At most 10000 characters."], reason: ["Too long."] },
    };
    const { pane } = await openPane(HOT_POTATO, (c) =>
      c.method === "POST" ? { status: 400, json: problem } : undefined
    );
    pane.startConvert();
    pane.editRequest(1, { body: "My own words for Sue." });
    pane.editParty(0, { alreadyAgreed: true });
    await pane.send();
    const draft = pane.current.draft;
    expect(draft.kind).toBe("convert");
    if (draft.kind !== "convert") return;
    // Juan already agreed, so the payload's request 0 is Sue's: form request 1.
    expect(draft.problem?.fields).toEqual({ "request.1.body": ["At most 10000 characters."] });
    expect(draft.problem?.messages).toEqual(["Too long."]);
    expect(draft.problem?.title).toBe("One or more validation errors occurred.");
    expect(draft.form.requests[1]?.body).toBe("My own words for Sue.");
    expect(draft.sending).toBe(false);
  });

  it("recalls in the convert view what the connector already did with the two people", async () => {
    const history = {
      months: 6,
      since: "2026-06-01T00:00:00Z",
      intros: [
        {
          id: "old",
          state: "introduced",
          createdAt: "2026-11-25T17:00:00Z",
          introducedAt: "2026-12-05T10:00:00Z",
          closedAt: null,
          latest: null,
          parties: [],
        },
      ],
      people: [
        { email: "juan@example.com", declined: 0, silent: 0, flag: false },
        { email: "sue@example.org", declined: 1, silent: 1, flag: true },
      ],
    };
    const { pane, server } = await openPane(HOT_POTATO, (c) =>
      c.url.startsWith("/api/intros/history") ? { json: history } : undefined
    );
    pane.startConvert();
    expect(pane.current.draft).toMatchObject({ kind: "convert", history: [] });
    await vi.waitFor(() => {
      const d = pane.current.draft;
      expect(d.kind === "convert" && d.history.length).toBe(2);
    });
    const d = pane.current.draft;
    if (d.kind !== "convert") return;
    expect(d.history[0]).toMatch(/^You introduced them on 5 Dec/);
    expect(d.history[1]).toBe(
      "Sue declined or didn't answer twice since June — maybe ask in person"
    );
    expect(server.calls.find((c) => c.url.startsWith("/api/intros/history"))?.url).toBe(
      "/api/intros/history?a=juan%40example.com&b=sue%40example.org"
    );
  });

  it("says nothing of history when the lookup fails, and still sends", async () => {
    const { pane, server } = await openPane(HOT_POTATO, (c) =>
      c.url.startsWith("/api/intros/history")
        ? { status: 500, json: { title: "Boom" } }
        : c.method === "POST"
          ? { status: 201, json: intro("new", "requested") }
          : undefined
    );
    pane.startConvert();
    await vi.waitFor(() =>
      expect(server.calls.some((c) => c.url.startsWith("/api/intros/history"))).toBe(true)
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(pane.current.draft).toMatchObject({ kind: "convert", history: [], problem: null });
    await pane.send();
    expect(pane.current.draft.kind).toBe("sent");
  });

  it("shows the detail of a problem that is not about a field", async () => {
    const { pane } = await openPane(HOT_POTATO, (c) =>
      c.method === "POST"
        ? { status: 409, json: { title: "Conflict", detail: "Something changed meanwhile." } }
        : undefined
    );
    pane.startConvert();
    await pane.send();
    expect(pane.current.draft).toMatchObject({
      kind: "convert",
      problem: { title: "Conflict", detail: "Something changed meanwhile." },
    });
  });

  it("says the server could not be reached when the network fails", async () => {
    const { pane } = await openPane(HOT_POTATO, (c) =>
      c.method === "POST" ? new TypeError("Failed to fetch") : undefined
    );
    pane.startConvert();
    await pane.send();
    expect(pane.current.draft).toMatchObject({
      kind: "convert",
      problem: { title: "The server could not be reached" },
    });
  });

  it("tries a conversion again with the same idempotency key, and a refused one with a new key", async () => {
    let answer: "lost" | "refused" = "lost";
    const { pane, server } = await openPane(HOT_POTATO, (c) =>
      c.method !== "POST"
        ? undefined
        : answer === "lost"
          ? new TypeError("Failed to fetch")
          : { status: 400, json: { title: "Bad", detail: "No.", errors: { reason: ["too long"] } } }
    );
    pane.startConvert();
    await pane.send();
    await pane.send();
    answer = "refused";
    await pane.send();
    await pane.send();
    const keys = server.calls
      .filter((c) => c.method === "POST")
      .map((c) => c.headers["idempotency-key"]);
    expect(keys).toHaveLength(4);
    expect(keys.every((k) => typeof k === "string" && k.length >= 16)).toBe(true);
    // A lost answer may have stored the intro: the retry carries the same key.
    expect(keys[1]).toBe(keys[0]);
    // A 400 stored nothing: the next try is a new conversion.
    expect(keys[3]).not.toBe(keys[2]);
  });

  it("discards the original draft after sending, or says how where Outlook cannot", async () => {
    const created = intro("i1", "requested");
    const modern = await openPane(HOT_POTATO, (c) =>
      c.method === "POST" ? { status: 201, json: created } : undefined
    );
    modern.pane.startConvert();
    await modern.pane.send();
    await modern.pane.discard();
    expect(modern.mock.state.closedWith).toEqual({ discardItem: true });
    expect(modern.pane.current.draft).toMatchObject({ kind: "sent", discarded: true });

    const older = await openPane({ ...HOT_POTATO, mailboxVersion: "1.13" }, (c) =>
      c.method === "POST" ? { status: 201, json: created } : undefined
    );
    older.pane.startConvert();
    await older.pane.send();
    expect(older.pane.current.draft).toMatchObject({ kind: "sent", canDiscard: false });
  });

  it("remembers a converted draft when the pane is opened again on it", async () => {
    const { pane } = await openPane({
      ...HOT_POTATO,
      session: { [SENT_KEY]: JSON.stringify({ introId: "i9", names: "Juan Perez and Sue Lee" }) },
    });
    expect(pane.current.draft).toMatchObject({
      kind: "sent",
      introId: "i9",
      names: "Juan Perez and Sue Lee",
    });
  });

  it("remembers a converted draft that was saved and opened again, from the draft itself", async () => {
    const sent = JSON.stringify({ introId: "i9", names: "Juan Perez and Sue Lee" });
    const { pane, mock } = await openPane({
      ...HOT_POTATO,
      session: {},
      customProperties: { [SENT_KEY]: sent },
    });
    expect(pane.current.draft).toMatchObject({ kind: "sent", introId: "i9" });
    // Kept in this session's memory too, for the send check.
    expect(mock.state.session[SENT_KEY]).toBe(sent);
  });

  it("starts over when a pinned pane moves to another message", async () => {
    const { pane, mock } = await openPane();
    pane.startConvert();
    mock.state.subject = "Lunch";
    mock.state.body = "Lunch on Friday?";
    mock.fireItemChanged();
    await vi.waitFor(() => expect(pane.current.draft.kind).toBe("quiet"));
  });

  it("lists open introductions first", async () => {
    const { pane } = await openPane(HOT_POTATO, undefined, [
      intro("a", "introduced"),
      intro("b", "requested"),
      intro("c", "expired"),
      intro("d", "ready"),
    ]);
    expect(pane.current.intros.items.map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("records an answer that came by mail and cancels an intro", async () => {
    const { pane, server } = await openPane(
      HOT_POTATO,
      (c) => {
        if (c.url.endsWith("/answer")) return { json: intro("b", "requested", ["yes", "pending"]) };
        if (c.url.endsWith("/cancel")) return { json: intro("b", "cancelled", ["yes", "pending"]) };
        return undefined;
      },
      [intro("b", "requested")]
    );
    await expect(pane.recordAnswer("b", "b-p0", "yes")).resolves.toBe(true);
    expect(server.calls.at(-1)).toMatchObject({
      method: "POST",
      url: "/api/intros/b/parties/b-p0/answer",
      body: { answer: "yes" },
    });
    expect(pane.current.intros.items[0]?.parties[0]?.answer).toBe("yes");
    await expect(pane.cancelIntro("b")).resolves.toBe(true);
    expect(pane.current.intros.items[0]?.state).toBe("cancelled");
  });

  it("keeps an answer just recorded when a list read before it arrives after it", async () => {
    const mock = outlookMock(HOT_POTATO);
    const server = fakeServer((c) =>
      c.method === "GET"
        ? { json: [intro("b", "requested")] }
        : { json: intro("b", "requested", ["yes", "pending"]) }
    );
    let hold = false;
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (hold && (init?.method ?? "GET") === "GET") await held;
      return server.fetch(input, init);
    };
    const pane = new PaneController(mock.host, createApi({ fetch }));
    await pane.start();
    hold = true;

    // The pane got focus from the click that records the answer: its refresh is still on its way.
    const refreshing = pane.refreshIntros();
    await expect(pane.recordAnswer("b", "b-p0", "yes")).resolves.toBe(true);
    release();
    await refreshing;

    expect(pane.current.intros.items[0]?.parties[0]?.answer).toBe("yes");
    expect(pane.current.intros.loading).toBe(false);
  });

  it("shows why an action on an intro failed", async () => {
    const { pane } = await openPane(
      HOT_POTATO,
      (c) =>
        c.method === "POST"
          ? {
              status: 409,
              json: {
                title: "This introduction is closed",
                detail: "The introduction is expired; answers no longer change it.",
              },
            }
          : undefined,
      [intro("b", "requested")]
    );
    await expect(pane.recordAnswer("b", "b-p0", "no")).resolves.toBe(false);
    expect(pane.current.intros.problem).toMatchObject({
      title: "This introduction is closed",
      detail: "The introduction is expired; answers no longer change it.",
    });
  });

  it("opens the final draft of a ready intro by the REST id the server reads from Graph now", async () => {
    const { pane, mock, server } = await openPane(
      HOT_POTATO,
      (call) =>
        call.url === "/api/intros/r/final-draft"
          ? { json: { restId: "AAMkREST-draft", isDraft: true } }
          : undefined,
      [intro("r", "ready", ["yes", "yes"])]
    );
    const ready = pane.current.intros.items[0]!;
    await pane.openFinalDraft(ready);

    expect(server.calls.map((c) => c.url)).toContain("/api/intros/r/final-draft");
    expect(mock.state.opened).toEqual(["async:ews(v2.0):AAMkREST-draft"]);
    expect(pane.current.intros.problem).toBeNull();
  });

  it("says when everyone's mail is on hold because the app's credential was refused", async () => {
    const onHold = {
      code: "AADSTS7000222",
      title: "Mail is on hold for everyone",
      detail: "Your admin must renew it.",
    };
    let status: { mailOnHold: typeof onHold | null } = { mailOnHold: onHold };
    const { pane } = await openPane(HOT_POTATO, (call) =>
      call.url === "/api/status" ? { json: status } : undefined
    );
    await vi.waitFor(() => expect(pane.current.intros.mailOnHold?.title).toBe(onHold.title));

    status = { mailOnHold: null };
    await pane.refreshIntros();
    await vi.waitFor(() => expect(pane.current.intros.mailOnHold).toBeNull());
  });

  it("says where the final draft is when it cannot be opened", async () => {
    const { pane, mock } = await openPane(
      HOT_POTATO,
      (call) =>
        call.url === "/api/intros/r/final-draft"
          ? {
              status: 404,
              json: {
                title: "The final draft is no longer in your mailbox",
                detail: "It was deleted in Outlook.",
              },
            }
          : undefined,
      [intro("r", "ready", ["yes", "yes"])]
    );
    await pane.openFinalDraft(pane.current.intros.items[0]!);

    expect(mock.state.opened).toEqual([]);
    expect(pane.current.intros.problem?.title).toBe("The final draft is no longer in your mailbox");
  });
});

describe("the fetch wrapper", () => {
  it("adds the bearer token when there is one", async () => {
    const server = fakeServer(() => ({ json: [] }));
    await createApi({ fetch: server.fetch, getToken: async () => "t0ken" }).listIntros();
    expect(server.calls[0]?.headers.authorization).toBe("Bearer t0ken");
    expect(server.calls[0]?.url).toBe("/api/intros?state=all");
  });

  it("turns an error without a problem body into a problem naming the status", async () => {
    const server = fakeServer(() => ({ status: 502, type: "text/html" }));
    await expect(createApi({ fetch: server.fetch }).listIntros()).rejects.toMatchObject({
      status: 502,
      title: "The server answered 502.",
    });
  });
});
