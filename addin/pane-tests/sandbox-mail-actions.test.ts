// @vitest-environment happy-dom
// The sandbox page's controls on a message in a party's Inbox: a reply in the party's words goes
// out through Graph's own reply action, an automatic reply and a bounce through the sandbox's
// routes; a refusal is shown, and what was typed survives the mailboxes being redrawn.

import { describe, expect, it } from "vitest";
import { OUT_OF_OFFICE, mailActions, partyName } from "../src/sandbox/mail-actions";
import type { MailItem } from "../src/sandbox/mail-view";

const request: MailItem = {
  id: "AAMk/Juan+1=",
  mailbox: "juan@example.com",
  folder: "inbox",
  from: { name: "Alex Demo", address: "alex.demo@contoso.example" },
  to: [{ name: "Juan Perez", address: "Juan@Example.com" }],
  cc: [],
  bcc: [],
  replyTo: [],
  subject: "Would you like to meet Sue Lee?",
  body: "Hi Juan, …",
  sentAt: "2026-11-25T17:00:00Z",
  conversationId: "AAQk1",
  restId: "AQMkADJuan-1",
};

interface Call {
  url: string;
  method: string | undefined;
  body: unknown;
}

function controls(answer: () => Response = () => new Response(null, { status: 202 })) {
  const calls: Call[] = [];
  let changed = 0;
  const make = mailActions({
    fetch: async (url, init) => {
      calls.push({
        url: String(url),
        method: init?.method,
        body: typeof init?.body === "string" ? JSON.parse(init.body) : init?.body,
      });
      return answer();
    },
    changed: () => changed++,
  });
  const host = document.createElement("div");
  document.body.replaceChildren(host);
  host.append(make(request));
  const $ = <T extends HTMLElement>(testId: string) =>
    host.querySelector<T>(`[data-testid="${testId}"]`);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { calls, changed: () => changed, host, make, $, settle };
}

describe("a party's controls in the sandbox mailboxes", () => {
  it("replies as the party through Graph's reply action, then asks for the mailboxes again", async () => {
    const { calls, changed, $, settle } = controls();
    expect($("mail-reply")?.textContent).toBe("Reply as Juan Perez");

    $("mail-reply")?.click();
    const text = $<HTMLTextAreaElement>("mail-action-text");
    if (!text) throw new Error("no reply box");
    text.value = "Yes, happy to meet!";
    text.dispatchEvent(new Event("input"));
    $("mail-action-send")?.click();
    await settle();

    expect(calls).toEqual([
      {
        url: "/graph/v1.0/users/juan%40example.com/messages/AAMk%2FJuan%2B1%3D/reply",
        method: "POST",
        body: { comment: "Yes, happy to meet!" },
      },
    ]);
    expect(changed()).toBe(1);
    expect($("mail-action-text")).toBeNull();
    expect($("mail-action-status")?.textContent).toBe("Sent.");
  });

  it("sends an automatic reply with the text shown, and bounces with no body", async () => {
    const { calls, $, settle } = controls(() => new Response("[]", { status: 201 }));
    $("mail-auto-reply")?.click();
    expect($<HTMLTextAreaElement>("mail-action-text")?.value).toBe(OUT_OF_OFFICE);
    $("mail-action-send")?.click();
    await settle();
    $("mail-bounce")?.click();
    await settle();

    expect(calls).toEqual([
      {
        url: "/sandbox/mail/AAMk%2FJuan%2B1%3D/auto-reply",
        method: "POST",
        body: { text: OUT_OF_OFFICE },
      },
      { url: "/sandbox/mail/AAMk%2FJuan%2B1%3D/bounce", method: "POST", body: null },
    ]);
    expect($("mail-action-status")?.textContent).toBe("Bounced.");
  });

  it("shows a refusal and keeps what was typed, also when the mailboxes are drawn again", async () => {
    const graphError = { error: { code: "ErrorItemNotFound", message: "The item was not found." } };
    const { changed, host, make, $, settle } = controls(
      () => new Response(JSON.stringify(graphError), { status: 404 })
    );
    $("mail-reply")?.click();
    const text = $<HTMLTextAreaElement>("mail-action-text")!;
    text.value = "Maybe later";
    text.dispatchEvent(new Event("input"));
    $("mail-action-send")?.click();
    await settle();

    expect($("mail-action-status")?.textContent).toBe("The item was not found.");
    expect(changed()).toBe(0);
    host.replaceChildren(make(request));
    expect($<HTMLTextAreaElement>("mail-action-text")?.value).toBe("Maybe later");
  });

  it("names the party by address when the message gave no name", () => {
    expect(partyName({ ...request, to: [{ name: null, address: "juan@example.com" }] })).toBe(
      "juan@example.com"
    );
  });
});
