// The event handlers on an office-addin-mock Outlook item, with a fake server for the policy: the
// banner on compose and recipient changes, the policy fetched while composing so that Send needs
// no server, the send check, and event.completed exactly once on every path, failures letting the
// message go.

import { describe, expect, it, vi } from "vitest";
import { SignInError } from "../src/auth/problems";
import { SIGN_IN_CONTEXT, SIGN_IN_NOTICE_MESSAGE } from "../src/auth/silent";
import { SEND_BUTTON, TASKPANE_COMMAND_ID } from "../src/events/decide";
import { createHandlers, SEND_DEADLINE_MS } from "../src/events/handlers";
import {
  LAUNCH_KEY,
  POLICY_KEY,
  SENT_KEY,
  VERDICT_KEY,
  parseLaunchContext,
} from "../src/shared/draft-memory";
import type { TenantPolicy } from "../src/shared/policy";
import { createApi } from "../src/api/client";
import { fakeServer, outlookMock, person, type FakeCall, type OutlookState } from "./outlook-mock";
import { HOT_POTATO, run } from "./launch-events";

const NOT_AN_INTRO: Partial<OutlookState> = {
  ...HOT_POTATO,
  subject: "Thursday",
  body: "Hi both, can we move Thursday's review to 3pm?\n\nAlex",
};
const POLICY: TenantPolicy = {
  followUpAfterBusinessDays: 7,
  expireAfterBusinessDays: 7,
  finalIntro: "send",
  sendCheck: "softBlock",
  retentionDays: 365,
};

/** A server that never answers. */
const SILENT = "silent";
type Reply = { status?: number; json?: unknown } | Error | typeof SILENT;

function setup(
  outlook: Partial<OutlookState>,
  policy: (call: FakeCall) => Reply = () => ({ json: POLICY }),
  timeouts = {}
) {
  const mock = outlookMock(outlook);
  let silent = false;
  const server = fakeServer((call) => {
    const reply = policy(call);
    silent = reply === SILENT;
    return reply === SILENT ? { json: POLICY } : reply;
  });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await server.fetch(input, init);
    return silent ? new Promise<never>(() => undefined) : response;
  };
  const handlers = createHandlers({
    office: () => mock.office,
    api: createApi({ baseUrl: "https://intros.contoso.com", fetch }),
    ...timeouts,
  });
  return { mock, server, handlers };
}

describe("on compose and on recipient change", () => {
  it("shows one banner for an intro, whose button opens the pane with the verdict, and keeps the verdict", async () => {
    const { mock, handlers } = setup(HOT_POTATO);
    expect(await run(handlers.onNewMessageComposeHandler)).toBeUndefined();
    expect(mock.state.noticeCalls).toEqual(["replace:doubleOptIn"]);
    const notice = mock.state.notices["doubleOptIn"];
    expect(notice).toMatchObject({
      type: "insightMessage",
      message: "Looks like an introduction — make it double opt-in?",
    });
    expect(notice?.actions).toHaveLength(1);
    expect(notice?.actions?.[0]).toMatchObject({
      actionType: "showTaskPane",
      commandId: TASKPANE_COMMAND_ID,
    });
    expect(
      parseLaunchContext(notice?.actions?.[0]?.contextData ?? null)?.verdict.parties.map(
        (p) => p.address
      )
    ).toEqual(["juan@example.com", "sue@example.org"]);
    expect(JSON.parse(mock.state.session[VERDICT_KEY] ?? "{}")).toMatchObject({ isIntro: true });
  });

  it("asks the connector to sign in, in the same one bar, when no token can be had without them", async () => {
    const mock = outlookMock(HOT_POTATO);
    const server = fakeServer(() => ({ json: POLICY }));
    const getToken = async () => {
      throw new SignInError("signInRequired", "Outlook has no token for the add-in yet.");
    };
    const handlers = createHandlers({
      office: () => mock.office,
      api: createApi({ baseUrl: "https://intros.contoso.com", fetch: server.fetch, getToken }),
    });
    await run(handlers.onNewMessageComposeHandler);
    expect(server.calls).toEqual([]);
    expect(Object.keys(mock.state.notices)).toEqual(["doubleOptIn"]);
    const notice = mock.state.notices["doubleOptIn"];
    expect(notice).toMatchObject({ type: "insightMessage", message: SIGN_IN_NOTICE_MESSAGE });
    expect(notice?.actions?.[0]).toMatchObject({
      actionType: "showTaskPane",
      commandId: TASKPANE_COMMAND_ID,
      contextData: SIGN_IN_CONTEXT,
    });
    // Without a policy the send check lets the message go rather than strand the connector.
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
  });

  it("shows nothing for a message that is not an introduction", async () => {
    const { mock, handlers } = setup(NOT_AN_INTRO);
    await run(handlers.onNewMessageComposeHandler);
    expect(mock.state.noticeCalls).toEqual([]);
    expect(JSON.parse(mock.state.session[VERDICT_KEY] ?? "{}")).toMatchObject({ isIntro: false });
  });

  it("shows the banner once the second person is added, and replaces rather than adds it", async () => {
    const { mock, handlers } = setup({ ...HOT_POTATO, cc: [] });
    await run(handlers.onNewMessageComposeHandler);
    expect(mock.state.notices).toEqual({});
    mock.state.cc = [person("Sue Lee", "sue@example.org")];
    await run(handlers.onMessageRecipientsChangedHandler);
    await run(handlers.onMessageRecipientsChangedHandler);
    expect(Object.keys(mock.state.notices)).toEqual(["doubleOptIn"]);
    expect(mock.state.noticeCalls).toEqual(["replace:doubleOptIn", "replace:doubleOptIn"]);
  });

  it("removes the banner when the draft stops looking like an introduction", async () => {
    const { mock, handlers } = setup(HOT_POTATO);
    await run(handlers.onNewMessageComposeHandler);
    mock.state.cc = [];
    await run(handlers.onMessageRecipientsChangedHandler);
    expect(mock.state.notices).toEqual({});
    expect(JSON.parse(mock.state.session[VERDICT_KEY] ?? "{}")).toMatchObject({ isIntro: false });
  });

  it("leaves the pane's own bar alone once requests were sent for the draft", async () => {
    const { mock, handlers } = setup({
      ...HOT_POTATO,
      session: { [SENT_KEY]: JSON.stringify({ introId: "i1", names: "Juan" }) },
    });
    await run(handlers.onMessageRecipientsChangedHandler);
    expect(mock.state.noticeCalls).toEqual([]);
  });

  it("completes once even when Outlook cannot read the draft", async () => {
    const { mock, handlers } = setup({ ...HOT_POTATO, failReads: "The item is not available." });
    expect(await run(handlers.onNewMessageComposeHandler)).toBeUndefined();
    mock.state.failReads = null;
    mock.state.throwOnBody = true;
    expect(await run(handlers.onMessageRecipientsChangedHandler)).toBeUndefined();
    expect(mock.state.noticeCalls).toEqual([]);
  });
});

describe("on send", () => {
  it("soft-blocks an intro with no requests sent, with a button that opens the pane on the verdict", async () => {
    const { mock, handlers, server } = setup(HOT_POTATO);
    const outcome = await run(handlers.onMessageSendHandler);
    expect(outcome).toMatchObject({
      allowEvent: false,
      cancelLabel: SEND_BUTTON,
      commandId: TASKPANE_COMMAND_ID,
    });
    expect(SEND_BUTTON.length).toBeLessThanOrEqual(20);
    expect(String(outcome?.errorMessage).length).toBeGreaterThan(0);
    expect(outcome).not.toHaveProperty("sendModeOverride");
    const context = parseLaunchContext(String(outcome?.contextData));
    expect(context).toMatchObject({ source: "send", verdict: { isIntro: true } });
    expect(context?.verdict.parties.map((p) => p.address)).toEqual([
      "juan@example.com",
      "sue@example.org",
    ]);
    // For a pane that cannot read contextData, and the policy kept for the next send.
    expect(mock.state.session[LAUNCH_KEY]).toBe(outcome?.contextData);
    expect(JSON.parse(mock.state.session[POLICY_KEY] ?? "{}")).toEqual(POLICY);
    expect(server.calls.map((c) => c.url)).toEqual(["https://intros.contoso.com/api/policy"]);
  });

  it("asks the server for the policy once per draft", async () => {
    const { handlers, server } = setup(HOT_POTATO);
    await run(handlers.onMessageSendHandler);
    await run(handlers.onMessageSendHandler);
    expect(server.calls).toHaveLength(1);
  });

  it("lets a converted draft go at once", async () => {
    const { handlers, server } = setup({
      ...HOT_POTATO,
      session: { [SENT_KEY]: JSON.stringify({ introId: "i1" }) },
    });
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    expect(server.calls).toHaveLength(0);
  });

  it("lets a converted draft go after it was saved and opened again", async () => {
    const { mock, handlers, server } = setup({
      ...HOT_POTATO,
      customProperties: { [SENT_KEY]: JSON.stringify({ introId: "i1" }) },
    });
    mock.saveAndReopen();
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    expect(server.calls).toHaveLength(0);
  });

  it("lets a message that is not an introduction go at once", async () => {
    const { handlers, server } = setup(NOT_AN_INTRO);
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    expect(server.calls).toHaveLength(0);
  });

  it("lets an intro go when the tenant turned the check off", async () => {
    const { handlers } = setup(HOT_POTATO, () => ({ json: { ...POLICY, sendCheck: "off" } }));
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
  });

  it("offers Send anyway when the tenant asks only to prompt", async () => {
    const { handlers } = setup(HOT_POTATO, () => ({ json: { ...POLICY, sendCheck: "prompt" } }));
    expect(await run(handlers.onMessageSendHandler)).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      commandId: TASKPANE_COMMAND_ID,
    });
  });

  it("still offers Send anyway where the client's Office.js has no SendModeOverride enum", async () => {
    const { mock, handlers } = setup(HOT_POTATO, () => ({
      json: { ...POLICY, sendCheck: "prompt" },
    }));
    delete (mock.office.MailboxEnums as Record<string, unknown>).SendModeOverride;
    expect(mock.office.MailboxEnums).not.toHaveProperty("SendModeOverride");
    expect(await run(handlers.onMessageSendHandler)).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
    });
  });

  it("only says why before Mailbox 1.14, which has no button, context or override", async () => {
    const { handlers } = setup({ ...HOT_POTATO, mailboxVersion: "1.12" }, () => ({
      json: { ...POLICY, sendCheck: "prompt" },
    }));
    const outcome = await run(handlers.onMessageSendHandler);
    expect(Object.keys(outcome ?? {}).sort()).toEqual(["allowEvent", "errorMessage"]);
  });

  it.each([
    ["the server is unreachable", () => new TypeError("Failed to fetch")],
    ["the server fails", () => ({ status: 500, json: { title: "Oops" } })],
    ["the answer is not a policy", () => ({ json: { sendCheck: "sometimes" } })],
    ["the server does not answer in time", () => SILENT],
  ] satisfies Array<[string, () => Reply]>)("lets the message go when %s", async (_, reply) => {
    const { handlers } = setup(HOT_POTATO, reply, { policyTimeoutMs: 50 });
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
  });

  it("lets the message go when Outlook cannot read the draft or throws", async () => {
    const failing = setup({ ...HOT_POTATO, failReads: "The item is not available." });
    expect(await run(failing.handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    const throwing = setup({ ...HOT_POTATO, throwOnBody: true });
    expect(await run(throwing.handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    const noOffice = createHandlers({
      office: () => {
        throw new Error("Office.js is not loaded");
      },
      api: createApi(),
    });
    expect(await run(noOffice.onMessageSendHandler)).toEqual({ allowEvent: true });
  });

  it("lets the message go when the check has not decided by its deadline", async () => {
    const { handlers } = setup(HOT_POTATO, () => SILENT, {
      policyTimeoutMs: 5000,
      sendDeadlineMs: 50,
    });
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
  });
});

describe("the policy, fetched while composing", () => {
  /** Handlers whose every token request is counted: a token means MSAL would load. */
  function counted(outlook: Partial<OutlookState>, getToken = async () => "token-1") {
    const mock = outlookMock(outlook);
    const server = fakeServer(() => ({ json: POLICY }));
    const tokens = vi.fn(getToken);
    const handlers = createHandlers({
      office: () => mock.office,
      api: createApi({
        baseUrl: "https://intros.contoso.com",
        fetch: server.fetch,
        getToken: tokens,
      }),
    });
    return { mock, server, tokens, handlers };
  }

  it("is kept with every new draft when composing starts, an introduction or not", async () => {
    const { mock, server, handlers } = counted(NOT_AN_INTRO);
    await run(handlers.onNewMessageComposeHandler);
    expect(server.calls.map((c) => c.url)).toEqual(["https://intros.contoso.com/api/policy"]);
    expect(server.calls[0]?.headers.authorization).toBe("Bearer token-1");
    expect(JSON.parse(mock.state.session[POLICY_KEY] ?? "{}")).toEqual(POLICY);
  });

  it("answers the send check with no token and no request", async () => {
    const { server, tokens, handlers } = counted(HOT_POTATO);
    await run(handlers.onNewMessageComposeHandler);
    const [fetched, asked] = [server.calls.length, tokens.mock.calls.length];
    expect([fetched, asked]).toEqual([1, 1]);
    expect(await run(handlers.onMessageSendHandler)).toMatchObject({ allowEvent: false });
    await run(handlers.onMessageRecipientsChangedHandler);
    expect([server.calls.length, tokens.mock.calls.length]).toEqual([fetched, asked]);
  });

  it("lets a cold send go before Outlook would say the add-in takes longer than expected", async () => {
    expect(SEND_DEADLINE_MS).toBeLessThan(5000);
    vi.useFakeTimers();
    try {
      // No policy kept (a draft opened from Drafts raises no compose event), and no token comes.
      const { handlers } = counted(HOT_POTATO, () => new Promise<string>(() => undefined));
      const completed = vi.fn();
      handlers.onMessageSendHandler({ completed });
      await vi.advanceTimersByTimeAsync(SEND_DEADLINE_MS - 1);
      expect(completed).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(completed.mock.calls).toEqual([[{ allowEvent: true }]]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
