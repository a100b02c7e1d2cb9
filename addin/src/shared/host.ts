// What the task pane and the event handlers need from the mail client. Outlook provides it through
// the Office.js adapter (src/office/mailbox.ts); their logic and tests see only this interface.

import type { Person } from "../core";

/** The message being composed, as plain text. Outlook returns only resolved recipients. */
export interface ComposeSnapshot {
  to: Person[];
  cc: Person[];
  subject: string;
  body: string;
}

/** A message the connector is reading: a party's reply, say. */
export interface ReadMessage {
  itemId: string;
  /** The thread in the connector's mailbox, which the server knows each request by. */
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: Person;
}

/** "recipients": To or Cc changed; "item": a pinned pane moved to another message. */
export type DraftChange = "recipients" | "item";

/** The add-in's banner on the message, with one button that opens the task pane. */
export interface InsightNotice {
  message: string;
  actionText: string;
  /** The manifest's id of the task pane button. */
  commandId: string;
  /** Handed to the pane, which reads it with launchContext(). */
  contextData: string;
}

export interface MailHost {
  /** The signed-in user, who is the connector. */
  connector(): Person;
  readDraft(): Promise<ComposeSnapshot>;
  /** The message open for reading; null when a message is being written (or none is open). */
  readMessage(): ReadMessage | null;
  /** Calls the listener when recipients or the item change; resolves once the handlers are registered. */
  onChange(listener: (change: DraftChange) => void): Promise<void>;
  /** Whether this client can discard the draft for us (Mailbox 1.14). */
  canDiscard(): boolean;
  discardDraft(): Promise<void>;
  /** Whether the client implements the Mailbox requirement set `version` ("1.12"). */
  supports(version: string): boolean;
  /** An informational bar on the message, replacing the add-in's bar; best effort, never fails. */
  notify(message: string): Promise<void>;
  /** The add-in's bar as an insight with a button (Mailbox 1.10); best effort, never fails. */
  showInsight(notice: InsightNotice): Promise<void>;
  /** Removes the add-in's bar, whatever it says; best effort, never fails. */
  clearNotice(): Promise<void>;
  /** Memory for this compose session: survives closing and reopening the pane, not saving the draft (Mailbox 1.11); best effort. */
  remember(key: string, value: string): Promise<void>;
  recall(key: string): Promise<string | null>;
  forget(key: string): Promise<void>;
  /** Kept with the draft itself, so it survives saving and reopening it (custom properties); best effort. */
  keepWithDraft(key: string, value: string): Promise<void>;
  /** What keepWithDraft kept, from this session's memory when it has it. */
  keptWithDraft(key: string): Promise<string | null>;
  /** Takes back what keepWithDraft kept, from the session and the draft; best effort. */
  dropFromDraft(key: string): Promise<void>;
  /** The contextData of the Smart Alerts or banner button that opened the pane (Mailbox 1.8); null when none. */
  launchContext(): Promise<string | null>;
  /** Calls the listener with the contextData when such a button relaunches the pane already open (Mailbox 1.15). */
  onRelaunch(listener: (contextData: string) => void): Promise<void>;
  /** Opens a message of the user's mailbox by its Graph REST id; rejects when Outlook says it cannot. */
  openMessage(restId: string): Promise<void>;
  /** true/false from the Office theme, null when the client does not say. */
  isDarkTheme(): boolean | null;
  /**
   * Whether the pane should hand files to the user's browser (OpenBrowserWindowApi 1.1: Outlook on
   * Mac and classic Outlook on Windows, whose webview saves no file the page makes).
   */
  canOpenBrowserWindow(): boolean;
  /** Opens an https URL in the user's browser; only where canOpenBrowserWindow says so. */
  openBrowserWindow(url: string): void;
}
