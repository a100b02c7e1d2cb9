// "They both already agreed": the pane marks the draft (a custom property, so the mark survives
// saving and reopening), the send check lets it go under every policy, and the mark can be taken
// back. Without the mark, the send check's dialog says what to do when both already agreed.

import { describe, expect, it } from "vitest";
import { createApi } from "../src/api/client";
import { SEND_MESSAGE_BLOCK, SEND_MESSAGE_PROMPT } from "../src/events/decide";
import { createHandlers } from "../src/events/handlers";
import { AGREED_KEY, agreedOn, agreementFor } from "../src/shared/draft-memory";
import type { SendCheck, TenantPolicy } from "../src/shared/policy";
import { PaneController } from "../src/taskpane/controller";
import { fakeServer, outlookMock, person, type OutlookState } from "./outlook-mock";
import { HOT_POTATO, run } from "./launch-events";

const POLICY: TenantPolicy = {
  followUpAfterBusinessDays: 7,
  expireAfterBusinessDays: 7,
  finalIntro: "send",
  sendCheck: "softBlock",
  retentionDays: 365,
};

function outlook(sendCheck: SendCheck = "softBlock", initial: Partial<OutlookState> = HOT_POTATO) {
  const mock = outlookMock(initial);
  const server = fakeServer((call) =>
    call.url.endsWith("/api/policy") ? { json: { ...POLICY, sendCheck } } : { json: [] }
  );
  const api = createApi({ fetch: server.fetch });
  const handlers = createHandlers({ office: () => mock.office, api });
  return { mock, handlers, openPane: () => new PaneController(mock.host, api) };
}

describe("the mark", () => {
  it("is the two addresses, in any order and case, and nobody else's", () => {
    const kept = agreementFor([
      { name: "Sue", address: "Sue@Example.org" },
      { name: "Juan", address: "juan@example.com" },
    ]);
    expect(agreedOn(kept, [{ address: "juan@example.com" }, { address: "sue@example.org" }])).toBe(
      true
    );
    expect(agreedOn(kept, [{ address: "juan@example.com" }, { address: "ann@example.org" }])).toBe(
      false
    );
    expect(agreedOn(null, [{ address: "juan@example.com" }])).toBe(false);
    expect(agreedOn("not json", [{ address: "juan@example.com" }])).toBe(false);
  });
});

describe("They both already agreed, in the pane", () => {
  it("marks the draft so that the mark outlives the compose session, and clears the banner", async () => {
    const { mock, handlers, openPane } = outlook();
    await run(handlers.onNewMessageComposeHandler);
    expect(Object.keys(mock.state.notices)).toEqual(["doubleOptIn"]);
    const pane = openPane();
    await pane.start();
    expect(pane.current.draft.kind).toBe("offer");

    await pane.markAgreed();
    expect(pane.current.draft).toMatchObject({
      kind: "agreed",
      parties: [{ name: "Juan Perez" }, { name: "Sue Lee" }],
    });
    const kept = mock.state.customProperties[AGREED_KEY] ?? null;
    expect(agreedOn(kept, [{ address: "juan@example.com" }, { address: "sue@example.org" }])).toBe(
      true
    );
    expect(mock.state.notices).toEqual({});

    // Saved and reopened: the pane finds the mark on the draft itself.
    mock.saveAndReopen();
    const reopened = openPane();
    await reopened.start();
    expect(reopened.current.draft.kind).toBe("agreed");
  });

  it("can be marked from the convert view too, where the send check's button lands", async () => {
    const { mock, openPane } = outlook();
    const pane = openPane();
    await pane.start();
    pane.startConvert();
    await pane.markAgreed();
    expect(pane.current.draft.kind).toBe("agreed");
    expect(mock.state.customProperties[AGREED_KEY]).toBeDefined();
  });

  it("is taken back, and the offer shows again", async () => {
    const { mock, openPane } = outlook();
    const pane = openPane();
    await pane.start();
    await pane.markAgreed();
    await pane.unmarkAgreed();
    expect(pane.current.draft.kind).toBe("offer");
    expect(mock.state.customProperties).not.toHaveProperty(AGREED_KEY);
    expect(mock.state.session).not.toHaveProperty(AGREED_KEY);
  });

  it("says nothing about two other people: the offer shows again when a party changes", async () => {
    const { mock, openPane } = outlook();
    const pane = openPane();
    await pane.start();
    await pane.markAgreed();
    mock.state.cc = [person("Ann Lee", "ann@example.org")];
    mock.state.body = HOT_POTATO.body?.replaceAll("Sue", "Ann") ?? "";
    mock.state.subject = "Intro: Juan <> Ann";
    await pane.checkDraft();
    expect(pane.current.draft).toMatchObject({
      kind: "offer",
      verdict: { parties: [{ address: "juan@example.com" }, { address: "ann@example.org" }] },
    });
  });
});

describe("the send check and the mark", () => {
  it.each(["softBlock", "prompt", "off"] as const)(
    "lets a marked introduction go under %s",
    async (sendCheck) => {
      const { handlers, openPane } = outlook(sendCheck);
      await run(handlers.onNewMessageComposeHandler);
      const pane = openPane();
      await pane.start();
      await pane.markAgreed();
      expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
    }
  );

  it("lets it go after the draft was saved and reopened", async () => {
    const { mock, handlers } = outlook("softBlock", {
      ...HOT_POTATO,
      customProperties: {
        [AGREED_KEY]: agreementFor([
          { address: "juan@example.com" },
          { address: "sue@example.org" },
        ]),
      },
    });
    mock.saveAndReopen();
    expect(await run(handlers.onMessageSendHandler)).toEqual({ allowEvent: true });
  });

  it("stops it again once the mark is taken back, or when it names other people", async () => {
    const { handlers, openPane } = outlook();
    const pane = openPane();
    await pane.start();
    await pane.markAgreed();
    await pane.unmarkAgreed();
    expect(await run(handlers.onMessageSendHandler)).toMatchObject({ allowEvent: false });

    const other = outlook("softBlock", {
      ...HOT_POTATO,
      customProperties: {
        [AGREED_KEY]: agreementFor([
          { address: "juan@example.com" },
          { address: "ann@example.org" },
        ]),
      },
    });
    expect(await run(other.handlers.onMessageSendHandler)).toMatchObject({ allowEvent: false });
  });

  it("shows no banner on a recipients change for a marked draft", async () => {
    const { mock, handlers, openPane } = outlook();
    const pane = openPane();
    await pane.start();
    await pane.markAgreed();
    mock.state.noticeCalls = [];
    await run(handlers.onMessageRecipientsChangedHandler);
    expect(mock.state.noticeCalls.filter((c) => c.startsWith("replace"))).toEqual([]);
  });

  it("tells the connector the way through when both already agreed, as each policy allows", async () => {
    const prompt = await run(outlook("prompt").handlers.onMessageSendHandler);
    expect(prompt).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      errorMessage: SEND_MESSAGE_PROMPT,
    });
    expect(SEND_MESSAGE_PROMPT).toContain("Send Anyway");

    const block = await run(outlook("softBlock").handlers.onMessageSendHandler);
    expect(block).toMatchObject({ allowEvent: false, errorMessage: SEND_MESSAGE_BLOCK });
    expect(block).not.toHaveProperty("sendModeOverride");
    expect(SEND_MESSAGE_BLOCK).toContain("They both already agreed");
    // Outlook shows at most 500 characters.
    for (const message of [SEND_MESSAGE_PROMPT, SEND_MESSAGE_BLOCK])
      expect(message.length).toBeLessThanOrEqual(500);

    // Before Mailbox 1.14 there is no Send Anyway to point to: the manifest's SoftBlock holds.
    const old = outlook("prompt", { ...HOT_POTATO, mailboxVersion: "1.12" });
    expect(await run(old.handlers.onMessageSendHandler)).toEqual({
      allowEvent: false,
      errorMessage: SEND_MESSAGE_BLOCK,
    });
  });
});
