// What the task pane needs from the mail client. Outlook provides it through the Office.js adapter
// (src/office/mailbox.ts); the pane's logic and its tests see only this interface.

import type { Person } from "../core";

/** The message being composed, as plain text. Outlook returns only resolved recipients. */
export interface ComposeSnapshot {
  to: Person[];
  cc: Person[];
  subject: string;
  body: string;
}

/** "recipients": To or Cc changed; "item": a pinned pane moved to another message. */
export type DraftChange = "recipients" | "item";

export interface MailHost {
  /** The signed-in user, who is the connector. */
  connector(): Person;
  readDraft(): Promise<ComposeSnapshot>;
  /** Calls the listener when recipients or the item change; resolves once the handlers are registered. */
  onChange(listener: (change: DraftChange) => void): Promise<void>;
  /** Whether this client can discard the draft for us (Mailbox 1.14). */
  canDiscard(): boolean;
  discardDraft(): Promise<void>;
  /** An informational bar on the message; best effort, never fails. */
  notify(message: string): Promise<void>;
  /** Per-draft memory that survives closing and reopening the pane (Mailbox 1.11); best effort. */
  remember(key: string, value: string): Promise<void>;
  recall(key: string): Promise<string | null>;
  /** Opens a message of the user's mailbox by its Graph (REST) id. */
  openMessage(restId: string): void;
  /** true/false from the Office theme, null when the client does not say. */
  isDarkTheme(): boolean | null;
}
