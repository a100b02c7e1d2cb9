// The sandbox mailboxes beside the compose window: every message of GET /sandbox/mail, grouped by
// mailbox. Bodies are mail HTML, so they are rebuilt as text plus the http(s) links they contain;
// nothing from a message is ever parsed into this page as markup.

import { formatInstant } from "./clock";
import { el } from "./dom";

export interface MailRecipient {
  name: string | null;
  address: string;
}

export interface MailItem {
  id: string;
  mailbox: string;
  folder: string;
  from: MailRecipient | null;
  to: MailRecipient[];
  cc: MailRecipient[];
  bcc: MailRecipient[];
  replyTo: MailRecipient[];
  subject: string;
  body: string;
  sentAt: string | null;
  conversationId: string;
  /** The id Graph gives by default while the message stays in its folder; `id` is the immutable one. */
  restId: string;
}

const BLOCKS = new Set([
  "P",
  "DIV",
  "LI",
  "TR",
  "H1",
  "H2",
  "H3",
  "H4",
  "BLOCKQUOTE",
  "TABLE",
  "UL",
  "OL",
]);

/** The body as text nodes and safe links; the HTML is parsed into an inert document, never into this page. */
export function bodyNodes(body: string): Node {
  const out = document.createDocumentFragment();
  const isHtml = /^\s*</.test(body);
  if (!isHtml) {
    out.append(document.createTextNode(body));
    return out;
  }
  const parsed = new DOMParser().parseFromString(body, "text/html");
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.append(document.createTextNode((child.textContent ?? "").replace(/\s+/g, " ")));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "HEAD") continue;
        if (tag === "BR") out.append(document.createTextNode("\n"));
        else if (tag === "A" && /^https?:\/\//i.test(element.getAttribute("href") ?? "")) {
          out.append(
            el(
              "a",
              {
                href: element.getAttribute("href") ?? "",
                target: "_blank",
                rel: "noopener noreferrer",
              },
              element.textContent ?? ""
            )
          );
        } else {
          walk(element);
          if (BLOCKS.has(tag)) out.append(document.createTextNode("\n\n"));
        }
      }
    }
  };
  walk(parsed.body);
  while (out.lastChild?.nodeType === Node.TEXT_NODE && !(out.lastChild.textContent ?? "").trim())
    out.lastChild.remove();
  return out;
}

const who = (r: MailRecipient) =>
  r.name && r.name !== r.address ? `${r.name} <${r.address}>` : r.address;
const list = (rs: readonly MailRecipient[]) => rs.map(who).join("; ");

function header(label: string, value: string, testId: string): HTMLElement | null {
  return value
    ? el(
        "div",
        { class: "mail-header", "data-testid": testId },
        el("span", { class: "mail-header-label" }, `${label}: `),
        value
      )
    : null;
}

export interface MailboxHooks {
  /** Opens a message of the connector's Inbox for reading, with the add-in's pane beside it. */
  onRead?: (m: MailItem) => void;
  /** The controls under a message of a party's Inbox: replying as them, and the like. */
  partyActions?: (m: MailItem) => Node;
}

function message(
  m: MailItem,
  open: boolean,
  onRead: MailboxHooks["onRead"],
  actions: MailboxHooks["partyActions"]
): HTMLElement {
  const details = el(
    "details",
    {
      class: "mail",
      "data-testid": "mail",
      "data-mail-id": m.id,
      "data-rest-id": m.restId,
      "data-folder": m.folder,
      open,
    },
    el(
      "summary",
      {},
      el("span", { class: "mail-folder" }, m.folder),
      el("span", { class: "mail-subject" }, m.subject || "(no subject)"),
      el("span", { class: "mail-date" }, m.sentAt ? formatInstant(m.sentAt) : "draft")
    ),
    header("From", m.from ? who(m.from) : "", "mail-from"),
    header("To", list(m.to), "mail-to"),
    header("Cc", list(m.cc), "mail-cc"),
    header("Bcc", list(m.bcc), "mail-bcc"),
    header("Reply-To", list(m.replyTo), "mail-reply-to"),
    onRead &&
      el(
        "button",
        {
          type: "button",
          class: "btn btn-subtle",
          "data-testid": "mail-read",
          onClick: () => onRead(m),
        },
        "Read it with the add-in"
      ),
    actions?.(m),
    el("div", { class: "mail-body" }, bodyNodes(m.body))
  );
  return details;
}

/**
 * Newest first within each mailbox; the connector's own mailbox first, its Inbox readable with the
 * add-in; a party's Inbox with what the party can do with a message.
 */
export function renderMailboxes(
  container: HTMLElement,
  items: readonly MailItem[],
  connector: string,
  openIds: ReadonlySet<string>,
  hooks: MailboxHooks = {}
): void {
  const boxes = new Map<string, MailItem[]>();
  for (const m of items) boxes.set(m.mailbox, [...(boxes.get(m.mailbox) ?? []), m]);
  const names = [...boxes.keys()].sort((a, b) =>
    a === connector ? -1 : b === connector ? 1 : a.localeCompare(b)
  );
  const sections = names.map((name) => {
    const mails = [...(boxes.get(name) ?? [])].sort((a, b) =>
      (b.sentAt ?? "9").localeCompare(a.sentAt ?? "9")
    );
    return el(
      "section",
      { class: "mailbox", "data-testid": "mailbox", "data-mailbox": name },
      el(
        "h3",
        {},
        name === connector ? `${name} (you)` : name,
        el("span", { class: "count" }, ` ${mails.length}`)
      ),
      ...mails.map((m) =>
        m.folder !== "inbox"
          ? message(m, openIds.has(m.id), undefined, undefined)
          : name === connector
            ? message(m, openIds.has(m.id), hooks.onRead, undefined)
            : message(m, openIds.has(m.id), undefined, hooks.partyActions)
      )
    );
  });
  container.replaceChildren(
    ...(sections.length > 0
      ? sections
      : [
          el(
            "p",
            { class: "muted" },
            "No mail yet. Requests you send from the task pane show up here."
          ),
        ])
  );
}
