// The Office.js adapter on an office-addin-mock Outlook item.

import { describe, expect, it, vi } from "vitest";
import { officeMailHost } from "../src/office/mailbox";
import { outlookMock, person } from "./outlook-mock";

describe("the Office.js adapter", () => {
  it("reads To, Cc, subject and the body as text into a snapshot", async () => {
    const { host, state } = outlookMock({
      to: [person("Juan Perez", "juan@example.com")],
      cc: [person("Sue Lee", "sue@example.org")],
      subject: "Intro: Juan <> Sue",
      body: "Juan, meet Sue.",
    });
    await expect(host.readDraft()).resolves.toEqual({
      to: [{ name: "Juan Perez", address: "juan@example.com" }],
      cc: [{ name: "Sue Lee", address: "sue@example.org" }],
      subject: "Intro: Juan <> Sue",
      body: "Juan, meet Sue.",
    });
    expect(state.coercions).toEqual(["text"]);
  });

  it("gives the signed-in user as the connector", () => {
    expect(outlookMock().host.connector()).toEqual({
      name: "Alex Demo",
      address: "alex.demo@contoso.example",
    });
  });

  it("rejects with Outlook's own message when a read fails", async () => {
    const { host } = outlookMock({ failReads: "The item is not available." });
    await expect(host.readDraft()).rejects.toThrow("The item is not available.");
  });

  it("hears recipient changes on the item and item changes on the mailbox", async () => {
    const mock = outlookMock();
    const listener = vi.fn();
    await mock.host.onChange(listener);
    mock.fireRecipientsChanged();
    expect(listener).toHaveBeenLastCalledWith("recipients");
    mock.fireItemChanged();
    await vi.waitFor(() => expect(listener).toHaveBeenLastCalledWith("item"));
    // The new item gets its own RecipientsChanged handler.
    expect(mock.state.recipientHandlers).toHaveLength(2);
  });

  it("registers no RecipientsChanged handler before Mailbox 1.7", async () => {
    const mock = outlookMock({ mailboxVersion: "1.5" });
    await mock.host.onChange(() => undefined);
    expect(mock.state.recipientHandlers).toHaveLength(0);
    expect(mock.state.itemHandlers).toHaveLength(1);
  });

  it("discards the draft with closeAsync only where Mailbox 1.14 is supported", async () => {
    const modern = outlookMock();
    expect(modern.host.canDiscard()).toBe(true);
    await modern.host.discardDraft();
    expect(modern.state.closedWith).toEqual({ discardItem: true });
    expect(outlookMock({ mailboxVersion: "1.13" }).host.canDiscard()).toBe(false);
  });

  it("shows an informational notification of at most 150 characters", async () => {
    const { host, state } = outlookMock();
    await host.notify("x".repeat(200));
    expect(state.notices["doubleOptIn"]).toMatchObject({
      type: "informationalMessage",
      message: "x".repeat(150),
    });
  });

  it("keeps per-draft memory in sessionData and reads a missing key as null", async () => {
    const { host, state } = outlookMock();
    await expect(host.recall("doubleOptIn")).resolves.toBeNull();
    await host.remember("doubleOptIn", '{"introId":"i1"}');
    expect(state.session).toEqual({ doubleOptIn: '{"introId":"i1"}' });
    await expect(host.recall("doubleOptIn")).resolves.toBe('{"introId":"i1"}');
  });

  it("keeps what must outlive the compose session in custom properties, cached in sessionData", async () => {
    const mock = outlookMock();
    await mock.host.keepWithDraft("doubleOptIn", '{"introId":"i1"}');
    expect(mock.state.customProperties).toEqual({ doubleOptIn: '{"introId":"i1"}' });
    expect(mock.state.session).toEqual({ doubleOptIn: '{"introId":"i1"}' });
    mock.saveAndReopen();
    await expect(mock.host.recall("doubleOptIn")).resolves.toBeNull();
    await expect(mock.host.keptWithDraft("doubleOptIn")).resolves.toBe('{"introId":"i1"}');
    expect(mock.state.session).toEqual({ doubleOptIn: '{"introId":"i1"}' });
    await expect(mock.host.keptWithDraft("other")).resolves.toBeNull();
  });

  it("keeps custom properties before Mailbox 1.11, which has no sessionData", async () => {
    const mock = outlookMock({ mailboxVersion: "1.10" });
    await mock.host.keepWithDraft("k", "v");
    expect(mock.state.session).toEqual({});
    await expect(mock.host.keptWithDraft("k")).resolves.toBe("v");
  });

  it("hears a relaunch of the open pane with its context only from Mailbox 1.15", async () => {
    const older = outlookMock({ mailboxVersion: "1.14" });
    await older.host.onRelaunch(() => undefined);
    expect(older.state.relaunchHandlers).toHaveLength(0);
    const mock = outlookMock({ mailboxVersion: "1.15" });
    const heard: string[] = [];
    await mock.host.onRelaunch((data) => heard.push(data));
    mock.fireRelaunch('{"source":"banner"}');
    mock.fireRelaunch("");
    expect(heard).toEqual(['{"source":"banner"}']);
  });

  it("does without sessionData before Mailbox 1.11", async () => {
    const { host, state } = outlookMock({ mailboxVersion: "1.10" });
    await host.remember("k", "v");
    expect(state.session).toEqual({});
    await expect(host.recall("k")).resolves.toBeNull();
  });

  it("opens a message by its REST id converted to an EWS id, and says when Outlook cannot", async () => {
    const { host, state } = outlookMock();
    await host.openMessage("AAMkREST-id");
    await expect(host.openMessage("AAkALgImmutable")).rejects.toThrow("The item does not exist.");
    expect(state.opened).toEqual([
      "async:ews(v2.0):AAMkREST-id",
      "async:ews(v2.0):AAkALgImmutable",
    ]);
  });

  it("opens without an answer before Mailbox 1.9", async () => {
    const { host, state } = outlookMock({ mailboxVersion: "1.8" });
    await host.openMessage("AAMkREST-id");
    expect(state.opened).toEqual(["ews(v2.0):AAMkREST-id"]);
  });

  it("takes dark or light from the Office theme, and null without one", () => {
    expect(outlookMock({ theme: { isDarkTheme: true } }).host.isDarkTheme()).toBe(true);
    expect(outlookMock({ theme: { bodyBackgroundColor: "#FFFFFF" } }).host.isDarkTheme()).toBe(
      false
    );
    expect(outlookMock({ theme: { bodyBackgroundColor: "#1f1f1f" } }).host.isDarkTheme()).toBe(
      true
    );
    expect(outlookMock().host.isDarkTheme()).toBeNull();
  });

  it("shows the banner as an insight with one button, and only where Mailbox 1.10 is supported", async () => {
    const modern = outlookMock();
    await modern.host.showInsight({
      message: "Looks like an intro",
      actionText: "Open",
      commandId: "paneButton",
      contextData: "{}",
    });
    expect(modern.state.notices["doubleOptIn"]).toEqual({
      type: "insightMessage",
      message: "Looks like an intro",
      icon: "Icon.16x16",
      actions: [
        {
          actionType: "showTaskPane",
          actionText: "Open",
          commandId: "paneButton",
          contextData: "{}",
        },
      ],
    });
    await modern.host.clearNotice();
    expect(modern.state.notices).toEqual({});
    const older = outlookMock({ mailboxVersion: "1.9" });
    await older.host.showInsight({
      message: "Looks like an intro",
      actionText: "Open",
      commandId: "paneButton",
      contextData: "{}",
    });
    expect(older.state.noticeCalls).toEqual([]);
  });

  it("reads the launch context, an empty one as null, and forgets sessionData keys", async () => {
    const { host, state } = outlookMock({
      initializationContext: '{"source":"send"}',
      session: { k: "v" },
    });
    await expect(host.launchContext()).resolves.toBe('{"source":"send"}');
    state.initializationContext = "";
    await expect(host.launchContext()).resolves.toBeNull();
    await host.forget("k");
    expect(state.session).toEqual({});
    expect(host.supports("1.14")).toBe(true);
    expect(host.supports("1.15")).toBe(false);
  });

  it("tells a message being read from one being written, and reads its thread and sender", async () => {
    const { host, office } = outlookMock();
    expect(host.readMessage()).toBeNull();
    (office.context.mailbox as { item: unknown }).item = {
      itemId: "AAMk1",
      conversationId: "AAQk1",
      internetMessageId: "<r1@example.com>",
      subject: "RE: Would you like to meet Sue Lee?",
      from: person("Juan Perez", "juan@example.com"),
      body: { getAsync: () => undefined },
    };
    const reading = officeMailHost(office);
    expect(reading.readMessage()).toEqual({
      itemId: "AAMk1",
      conversationId: "AAQk1",
      internetMessageId: "<r1@example.com>",
      subject: "RE: Would you like to meet Sue Lee?",
      from: { name: "Juan Perez", address: "juan@example.com" },
    });
    await expect(reading.readDraft()).rejects.toThrow("This message is being read, not written.");
    await expect(reading.recall("key")).resolves.toBeNull();
  });
});
