// What a party can do with a message in their sandbox Inbox: reply in their own words, have
// Exchange answer it automatically, or have it bounce. The reply goes through the Graph sandbox's
// own `reply` action, exactly as Graph takes it from a mail client, so the server hears it like
// any party's reply; the automatic reply and the bounce are the sandbox's stand-ins for mail
// Exchange writes itself.

import { el } from "./dom";
import type { MailItem } from "./mail-view";

type Kind = "reply" | "autoReply";

export const OUT_OF_OFFICE =
  "I'm out of the office until Monday with limited access to email. I'll reply when I'm back.";

/** The party as the message addressed them: their name when it gave one, else the mailbox. */
export function partyName(m: MailItem): string {
  const self = [...m.to, ...m.cc].find((r) => r.address.toLowerCase() === m.mailbox.toLowerCase());
  return self?.name?.trim() || m.mailbox;
}

/** The request for one action on a message; its body is exactly what the route takes. */
export function actionRequest(
  kind: Kind | "bounce",
  m: MailItem,
  text = ""
): { url: string; body: string | null } {
  const id = encodeURIComponent(m.id);
  switch (kind) {
    case "reply":
      return {
        url: `/graph/v1.0/users/${encodeURIComponent(m.mailbox)}/messages/${id}/reply`,
        body: JSON.stringify({ comment: text }),
      };
    case "autoReply":
      return { url: `/sandbox/mail/${id}/auto-reply`, body: JSON.stringify({ text }) };
    case "bounce":
      return { url: `/sandbox/mail/${id}/bounce`, body: null };
  }
}

/** Graph's error message or a problem's detail, else the status. */
async function failure(response: Response): Promise<string> {
  const json = (await response.json().catch(() => null)) as {
    error?: { message?: string };
    detail?: string;
    title?: string;
  } | null;
  return (
    json?.error?.message ||
    json?.detail ||
    json?.title ||
    `The sandbox answered ${response.status} ${response.statusText}`.trim()
  );
}

export interface MailActionsOptions {
  fetch: typeof fetch;
  /** Something was sent: the mailboxes should be read again. */
  changed(): void;
}

/**
 * The controls under a message of a party's Inbox. What is typed, and which box is open, outlive
 * the mailboxes being redrawn.
 */
export function mailActions(options: MailActionsOptions): (m: MailItem) => HTMLElement {
  const open = new Map<string, { kind: Kind; text: string }>();

  async function send(m: MailItem, kind: Kind | "bounce", status: HTMLElement): Promise<boolean> {
    const request = actionRequest(kind, m, open.get(m.id)?.text ?? "");
    status.textContent = "Sending…";
    const response = await options
      .fetch(request.url, {
        method: "POST",
        headers: request.body ? { "content-type": "application/json" } : {},
        body: request.body,
      })
      .catch((e: unknown) => e as Error);
    if (response instanceof Error || !response.ok) {
      status.textContent = response instanceof Error ? response.message : await failure(response);
      return false;
    }
    open.delete(m.id);
    status.textContent = kind === "bounce" ? "Bounced." : "Sent.";
    options.changed();
    return true;
  }

  return function controls(m: MailItem): HTMLElement {
    const name = partyName(m);
    const status = el("p", {
      class: "mail-action-status",
      "data-testid": "mail-action-status",
      role: "status",
    });
    const container = el("div", { class: "mail-actions", "data-testid": "mail-actions" });

    const box = (kind: Kind): HTMLElement => {
      const state = open.get(m.id) ?? { kind, text: kind === "autoReply" ? OUT_OF_OFFICE : "" };
      open.set(m.id, state);
      const label =
        kind === "reply" ? `${name}'s reply` : `${name}'s automatic reply (out of office)`;
      const id = `mail-action-${m.id}`;
      const text = el("textarea", {
        id,
        class: "mail-action-text",
        rows: 3,
        "data-testid": "mail-action-text",
        onInput: (e: Event) => (state.text = (e.target as HTMLTextAreaElement).value),
      });
      text.value = state.text;
      return el(
        "div",
        { class: "mail-action-box" },
        el("label", { for: id }, label),
        text,
        el(
          "div",
          { class: "mail-action-row" },
          el(
            "button",
            {
              type: "button",
              class: "btn btn-primary",
              "data-testid": "mail-action-send",
              onClick: () => void send(m, state.kind, status).then((sent) => sent && close()),
            },
            kind === "reply" ? "Send reply" : "Send automatic reply"
          ),
          el(
            "button",
            { type: "button", class: "btn btn-subtle", onClick: () => close() },
            "Cancel"
          )
        )
      );
    };

    const buttons = el(
      "div",
      { class: "mail-action-row" },
      el(
        "button",
        { type: "button", class: "btn", "data-testid": "mail-reply", onClick: () => show("reply") },
        `Reply as ${name}`
      ),
      el(
        "button",
        {
          type: "button",
          class: "btn btn-subtle",
          "data-testid": "mail-auto-reply",
          onClick: () => show("autoReply"),
        },
        "Automatic reply"
      ),
      el(
        "button",
        {
          type: "button",
          class: "btn btn-subtle",
          "data-testid": "mail-bounce",
          title: `As if ${m.mailbox} did not exist: the sender gets a non-delivery report`,
          onClick: () => void send(m, "bounce", status),
        },
        "Bounce"
      )
    );

    function show(kind: Kind): void {
      if (open.get(m.id)?.kind !== kind) open.delete(m.id);
      container.replaceChildren(buttons, box(kind), status);
      container.querySelector("textarea")?.focus();
    }
    function close(): void {
      open.delete(m.id);
      container.replaceChildren(buttons, status);
    }

    const kept = open.get(m.id);
    container.replaceChildren(buttons, ...(kept ? [box(kept.kind)] : []), status);
    return container;
  };
}
