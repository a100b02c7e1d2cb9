// The sandbox compose page: a compose window driving the stand-in mail item, the real task pane in
// a frame beside it, the sandbox mailboxes and the clock. Sandbox mode only.

import { calendarDaysFor, formatInstant } from "./clock";
import { DEMO_CONNECTOR, SandboxMailbox, type ItemObserver } from "./compose-item";
import { byTestId, el } from "./dom";
import { sandboxEvents, type SendBlocked } from "./events";
import { EXAMPLE } from "./example";
import { mailActions } from "./mail-actions";
import { renderMailboxes, type MailItem } from "./mail-view";
import { SandboxReadItem } from "./read-item";
import type { NoticeLike } from "../office/mailbox";
import { parseRecipients } from "./recipients-text";

const fields = {
  to: byTestId<HTMLInputElement>("compose-to"),
  cc: byTestId<HTMLInputElement>("compose-cc"),
  subject: byTestId<HTMLInputElement>("compose-subject"),
  body: byTestId<HTMLTextAreaElement>("compose-body"),
};
const notices = byTestId<HTMLDivElement>("compose-notices");
const frame = byTestId<HTMLIFrameElement>("taskpane-frame");
const mailboxes = byTestId<HTMLDivElement>("sandbox-mailboxes");

function showNotice(
  key: string,
  text: string,
  kind = "info",
  ...buttons: HTMLElement[]
): HTMLElement {
  const existing = notices.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  const bar = el(
    "div",
    {
      class: `notice notice-${kind}`,
      "data-key": key,
      "data-testid": "compose-notice",
      role: "status",
    },
    text,
    ...buttons
  );
  if (existing) existing.replaceWith(bar);
  else notices.append(bar);
  return bar;
}

const observer: ItemObserver = {
  noticesChanged(map: ReadonlyMap<string, NoticeLike>) {
    notices.querySelectorAll("[data-source=addin]").forEach((n) => n.remove());
    for (const [key, notice] of map) {
      const buttons = (notice.actions ?? []).map((a) =>
        noticeButton(a.actionText, () => openPane(a.contextData))
      );
      showNotice(`addin-${key}`, notice.message, "info", ...buttons).dataset.source = "addin";
    }
  },
  recipientsChanged: () => events.recipientsChanged(),
  closed() {
    byTestId("compose-fields").hidden = true;
    byTestId("compose-discarded").hidden = false;
    notices.replaceChildren();
  },
};

const mailbox = new SandboxMailbox(observer, (restId) => openMessage(restId));
window.sandboxOutlook = {
  mailbox,
  mailboxVersion: "1.15",
  // /sandbox?client=mac plays Outlook on Mac, whose pane hands files to the browser.
  browserWindow: new URLSearchParams(location.search).get("client") === "mac",
};
const events = sandboxEvents(window.sandboxOutlook, (outcome) =>
  outcome.allowEvent ? notSent() : sendBlocked(outcome)
);

const noticeButton = (label: string, onClick: () => void) =>
  el(
    "button",
    { type: "button", class: "btn btn-subtle", "data-testid": "notice-action", onClick },
    label
  );

/** As a banner's or Smart Alerts' button: the pane opens with the button's contextData. */
function openPane(contextData: string | undefined): void {
  // Reading a message took the pane away from the draft, so it opens on the draft again.
  const wasReading = mailbox.isReading;
  leaveReading();
  if (!wasReading && contextData && mailbox.draft?.relaunch(contextData)) return;
  if (mailbox.draft) mailbox.draft.initializationContext = contextData ?? "";
  frame.src = "/sandbox/pane";
}

// What Outlook would send; the sandbox stops here and says the message got past the send check.
const notSent = () =>
  showNotice(
    "sandbox-send",
    "Outlook would send this message now. The sandbox does not send this draft.",
    "info"
  );

function sendBlocked(outcome: SendBlocked): void {
  const buttons = [];
  if (outcome.commandId)
    buttons.push(noticeButton(outcome.cancelLabel ?? "Open", () => openPane(outcome.contextData)));
  if (outcome.sendModeOverride) buttons.push(noticeButton("Send anyway", notSent));
  showNotice("sandbox-send", outcome.errorMessage, "warning", ...buttons);
}

function applyRecipients(field: "to" | "cc"): void {
  const item = mailbox.draft;
  if (!item) return;
  const { resolved, unresolved } = parseRecipients(fields[field].value);
  item[field].setAsync(resolved, () => undefined);
  const shown = byTestId(`compose-${field}-resolved`);
  shown.replaceChildren(
    ...resolved.map((r) => el("span", { class: "chip", title: r.emailAddress }, r.displayName)),
    ...unresolved.map((u) =>
      el(
        "span",
        { class: "chip chip-unresolved", title: "Not resolved: no valid address" },
        `${u} (not resolved)`
      )
    )
  );
}

for (const field of ["to", "cc"] as const) {
  // Outlook resolves recipients when the field is left or an entry is ended with ; or Enter.
  fields[field].addEventListener("change", () => applyRecipients(field));
  fields[field].addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      applyRecipients(field);
    }
  });
  fields[field].addEventListener("input", () => {
    if (/[;,]\s*$/.test(fields[field].value)) applyRecipients(field);
  });
}
fields.subject.addEventListener("input", () =>
  mailbox.draft?.subject.setAsync(fields.subject.value)
);
fields.body.addEventListener("input", () => mailbox.draft?.body.setAsync(fields.body.value));
// Working on the draft again takes the pane back to it, as switching windows in Outlook.
byTestId("compose-fields").addEventListener("focusin", leaveReading);

function newMessage(): void {
  mailbox.newItem();
  events.composed();
  for (const input of Object.values(fields)) input.value = "";
  byTestId("compose-to-resolved").replaceChildren();
  byTestId("compose-cc-resolved").replaceChildren();
  notices.replaceChildren();
  byTestId("compose-fields").hidden = false;
  byTestId("compose-discarded").hidden = true;
  fields.to.focus();
}

function loadExample(): void {
  if (!mailbox.draft) newMessage();
  fields.to.value = EXAMPLE.to;
  fields.cc.value = EXAMPLE.cc;
  fields.subject.value = EXAMPLE.subject;
  fields.body.value = EXAMPLE.body;
  mailbox.draft?.subject.setAsync(EXAMPLE.subject);
  mailbox.draft?.body.setAsync(EXAMPLE.body);
  applyRecipients("to");
  applyRecipients("cc");
}

byTestId("new-message").addEventListener("click", newMessage);
byTestId("new-message-after-discard").addEventListener("click", newMessage);
byTestId("load-example").addEventListener("click", loadExample);
byTestId("compose-discard").addEventListener("click", () =>
  mailbox.draft?.closeAsync({ discardItem: true })
);
byTestId("compose-save-reopen").addEventListener("click", () => {
  if (!mailbox.reopenDraft()) return;
  // A new compose session: Outlook shows none of the last session's bars, and the pane starts afresh.
  notices.replaceChildren();
  frame.src = "/sandbox/pane";
});
byTestId("compose-send").addEventListener("click", () => {
  leaveReading();
  events.send();
});

// --- Mailboxes ---------------------------------------------------------------------------------

let lastMail = "";
const partyActions = mailActions({
  fetch: (input, init) => fetch(input, init),
  changed: () => void refreshMail(),
});

async function refreshMail(): Promise<void> {
  // Redrawing the mailboxes would take the text box from under someone typing a party's reply.
  if (
    document.activeElement instanceof HTMLTextAreaElement &&
    mailboxes.contains(document.activeElement)
  )
    return;
  const response = await fetch("/sandbox/mail", { headers: { accept: "application/json" } }).catch(
    () => null
  );
  if (!response?.ok) return;
  const text = await response.text();
  if (text === lastMail) return;
  lastMail = text;
  const open = new Set(
    Array.from(
      mailboxes.querySelectorAll<HTMLDetailsElement>("details[open]"),
      (d) => d.dataset.mailId ?? ""
    )
  );
  renderMailboxes(mailboxes, JSON.parse(text) as MailItem[], DEMO_CONNECTOR.emailAddress, open, {
    onRead: (m) => void readMessage(m),
    partyActions,
  });
}

// --- Reading a message ---------------------------------------------------------------------------

/** The pane opened from a received message's ribbon button: Outlook's read item, with the ids Graph has. */
async function readMessage(m: MailItem): Promise<void> {
  // Outlook knows a message's Internet-Message-ID; the sandbox asks Graph, as the server would.
  const graph: { internetMessageId?: string } = await fetch(
    `/graph/v1.0/users/${encodeURIComponent(m.mailbox)}/messages/${encodeURIComponent(m.id)}?$select=internetMessageId`
  )
    .then((r) => (r.ok ? (r.json() as Promise<{ internetMessageId?: string }>) : {}))
    .catch(() => ({}));
  mailbox.read(
    new SandboxReadItem({
      itemId: m.id,
      conversationId: m.conversationId,
      internetMessageId: graph.internetMessageId ?? "",
      subject: m.subject,
      from: m.from
        ? { displayName: m.from.name ?? m.from.address, emailAddress: m.from.address }
        : null,
      body: m.body,
    })
  );
  showNotice(
    "reading",
    `The task pane is open on "${m.subject || "(no subject)"}", a message you received.`,
    "info",
    noticeButton("Back to the draft", leaveReading)
  );
  frame.src = "/sandbox/pane";
}

function leaveReading(): void {
  if (!mailbox.isReading) return;
  mailbox.stopReading();
  notices.querySelector('[data-key="reading"]')?.remove();
  frame.src = "/sandbox/pane";
}

/** Shows the message whose REST id this is, as Outlook opens a message; false when none has it. */
async function openMessage(restId: string): Promise<boolean> {
  await refreshMail();
  const mail = mailboxes.querySelector<HTMLDetailsElement>(
    `details[data-rest-id="${CSS.escape(restId)}"]`
  );
  if (!mail) return false;
  mail.open = true;
  mail.classList.add("highlight");
  mail.scrollIntoView({ block: "center" });
  mail.querySelector("summary")?.focus();
  return true;
}

byTestId("mail-refresh").addEventListener("click", () => void refreshMail());
setInterval(() => {
  if (document.visibilityState === "visible") void refreshMail();
}, 2000);

// --- Clock -------------------------------------------------------------------------------------

let now = new Date();

function showClock(iso: string): void {
  now = new Date(iso);
  byTestId("clock-now").textContent = formatInstant(now);
}

async function loadClock(): Promise<void> {
  const response = await fetch("/sandbox/clock").catch(() => null);
  if (response?.ok) showClock(((await response.json()) as { now: string }).now);
}

byTestId("clock-jump").addEventListener("click", async () => {
  const button = byTestId<HTMLButtonElement>("clock-jump");
  const status = byTestId("clock-status");
  const businessDays = Math.max(
    1,
    Math.min(60, Math.round(Number(byTestId<HTMLInputElement>("clock-days").value) || 1))
  );
  await loadClock();
  const days = calendarDaysFor(now, businessDays);
  button.disabled = true;
  status.textContent = "Jumping…";
  const response = await fetch(`/sandbox/clock/advance?days=${days}`, { method: "POST" }).catch(
    () => null
  );
  button.disabled = false;
  if (!response?.ok) {
    status.textContent = "The clock did not move.";
    return;
  }
  showClock(((await response.json()) as { now: string }).now);
  status.textContent = `Jumped ${businessDays} business days (${days} calendar days).`;
  await refreshMail();
});

byTestId("sandbox-reset").addEventListener("click", async () => {
  await fetch("/sandbox/reset", { method: "POST" }).catch(() => null);
  lastMail = "";
  newMessage();
  frame.src = "/sandbox/pane";
  await Promise.all([refreshMail(), loadClock()]);
});

// The frame loads only now, so the stand-in finds window.sandboxOutlook.
frame.src = "/sandbox/pane";
void loadClock();
void refreshMail();
events.composed();
// A browser reload may restore what was typed; the new item gets it too.
mailbox.draft?.subject.setAsync(fields.subject.value);
mailbox.draft?.body.setAsync(fields.body.value);
applyRecipients("to");
applyRecipients("cc");
