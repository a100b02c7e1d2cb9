// How the pane starts when the banner's or the send check's button opened it, and what it takes
// from the tenant policy.

import { describe, expect, it, vi } from "vitest";
import { LAUNCH_KEY, type LaunchContext } from "../src/shared/draft-memory";
import type { TenantPolicy } from "../src/shared/policy";
import { createApi } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { fakeServer, outlookMock, person, settle, type OutlookState } from "./outlook-mock";

const HOT_POTATO: Partial<OutlookState> = {
  to: [person("Juan Perez", "juan@example.com")],
  cc: [person("Sue Lee", "sue@example.org")],
  subject: "Intro: Juan <> Sue",
  body: "Hi Juan and Sue,\n\nI'd like to introduce you two. You are both deep into real-time fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nAlex",
};
const CONTEXT: LaunchContext = {
  source: "send",
  verdict: {
    isIntro: true,
    confidence: 0.9,
    parties: [
      { name: "Juan Perez", address: "juan@example.com" },
      { name: "Sue Lee", address: "sue@example.org" },
    ],
  },
};
const POLICY: TenantPolicy = {
  followUpAfterBusinessDays: 5,
  expireAfterBusinessDays: 10,
  finalIntro: "review",
  sendCheck: "prompt",
  retentionDays: 90,
};

async function openPane(outlook: Partial<OutlookState>, policy: TenantPolicy | null = null) {
  const mock = outlookMock(outlook);
  const server = fakeServer((call) => {
    if (call.url === "/api/policy")
      return policy ? { json: policy } : { status: 503, json: { title: "Unavailable" } };
    return { json: [] };
  });
  const pane = new PaneController(mock.host, createApi({ fetch: server.fetch }));
  await pane.start();
  return { mock, pane, server };
}

describe("the pane opened by a button", () => {
  it("goes straight to the convert view with the context the send check's button passed", async () => {
    const { pane } = await openPane({
      ...HOT_POTATO,
      initializationContext: JSON.stringify(CONTEXT),
    });
    expect(pane.current.draft.kind).toBe("convert");
  });

  it("takes the context from sessionData where the client does not hand it over, and only once", async () => {
    const { pane, mock } = await openPane({
      ...HOT_POTATO,
      initializationContext: "",
      session: { [LAUNCH_KEY]: JSON.stringify(CONTEXT) },
    });
    expect(pane.current.draft.kind).toBe("convert");
    expect(mock.state.session).not.toHaveProperty(LAUNCH_KEY);
    const again = new PaneController(
      mock.host,
      createApi({ fetch: fakeServer(() => ({ json: [] })).fetch })
    );
    await again.start();
    expect(again.current.draft.kind).toBe("offer");
  });

  it("offers as usual when opened from the ribbon, or with a context that is not the add-in's", async () => {
    expect((await openPane(HOT_POTATO)).pane.current.draft.kind).toBe("offer");
    expect(
      (await openPane({ ...HOT_POTATO, initializationContext: '{"card":1}' })).pane.current.draft
        .kind
    ).toBe("offer");
  });

  it("does not force the convert view on a draft that no longer looks like an intro", async () => {
    const { pane } = await openPane({
      ...HOT_POTATO,
      cc: [],
      initializationContext: JSON.stringify(CONTEXT),
    });
    expect(pane.current.draft.kind).toBe("tooFew");
  });
});

describe("the pane and the tenant policy", () => {
  it("drafts with the tenant's default final intro, which the connector may change", async () => {
    const { pane, server } = await openPane(HOT_POTATO, POLICY);
    expect(server.calls.some((c) => c.url === "/api/policy")).toBe(true);
    pane.startConvert();
    expect(pane.current.draft).toMatchObject({ kind: "convert", form: { finalIntro: "review" } });
    pane.editIntro({ finalIntro: "send" });
    expect(pane.current.draft).toMatchObject({ form: { finalIntro: "send" } });
  });

  it("sends the final intro automatically by default when the policy cannot be had", async () => {
    const { pane } = await openPane(HOT_POTATO, null);
    pane.startConvert();
    expect(pane.current.draft).toMatchObject({ kind: "convert", form: { finalIntro: "send" } });
  });

  it("opens the convert form again when a button relaunches the pane already open", async () => {
    const { pane, mock } = await openPane({ ...HOT_POTATO, mailboxVersion: "1.15" });
    expect(pane.current.draft.kind).toBe("offer");
    mock.fireRelaunch(JSON.stringify({ ...CONTEXT, source: "banner" }));
    await vi.waitFor(() => expect(pane.current.draft.kind).toBe("convert"));
  });

  it("keeps the form as typed on a relaunch, and ignores a context that is not the add-in's", async () => {
    const { pane, mock } = await openPane({ ...HOT_POTATO, mailboxVersion: "1.15" });
    mock.fireRelaunch('{"card":1}');
    await settle();
    expect(pane.current.draft.kind).toBe("offer");
    pane.startConvert();
    pane.editIntro({ reason: "You both build fraud models." });
    mock.fireRelaunch(JSON.stringify(CONTEXT));
    await settle();
    expect(pane.current.draft).toMatchObject({
      kind: "convert",
      form: { reason: "You both build fraud models." },
    });
  });
});
