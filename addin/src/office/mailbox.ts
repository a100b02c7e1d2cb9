// The one place that touches Office.js. It takes the Office API as a parameter, typed as the
// narrow part this file uses (OfficeApi below), so Outlook's real `Office` and the sandbox's
// stand-in both plug in; `officeApi()` proves at compile time that the real Office.js satisfies it.

import type { Person } from "../core";
import type { ComposeSnapshot, DraftChange, MailHost } from "../taskpane/host";

/** Office.js enums are strings at run time ("succeeded", "olkRecipientsChanged"); the typings call them numbers. */
export type EnumValue = string | number;

export interface AsyncResultLike<T> {
  status: EnumValue;
  value: T;
  error?: { message: string } | null;
}
export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface RecipientLike {
  displayName: string;
  emailAddress: string;
}

export interface RecipientsLike {
  getAsync(callback: Callback<RecipientLike[]>): void;
  setAsync(recipients: RecipientLike[], callback: Callback<void>): void;
}

export interface NoticeLike {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface ComposeItemLike {
  to: RecipientsLike;
  cc: RecipientsLike;
  subject: { getAsync(callback: Callback<string>): void };
  body: { getAsync(coercionType: EnumValue, callback: Callback<string>): void };
  addHandlerAsync(eventType: EnumValue, handler: (args: unknown) => void, callback?: Callback<void>): void;
  closeAsync(options: { discardItem: boolean }, callback?: Callback<void>): void;
  notificationMessages: {
    replaceAsync(key: string, details: NoticeLike, callback?: Callback<void>): void;
  };
  sessionData: {
    getAsync(name: string, callback: Callback<string>): void;
    setAsync(name: string, value: string, callback?: Callback<void>): void;
  };
}

export interface MailboxLike {
  item?: ComposeItemLike | null | undefined;
  userProfile: { displayName: string; emailAddress: string };
  addHandlerAsync(eventType: EnumValue, handler: (args: unknown) => void, callback?: Callback<void>): void;
  displayMessageForm(itemId: string): void;
  convertToEwsId(id: string, restVersion: string): string;
}

/** Exactly what this adapter uses of the `Office` global. */
export interface OfficeApi {
  AsyncResultStatus: { readonly Succeeded: EnumValue };
  EventType: { readonly RecipientsChanged: EnumValue; readonly ItemChanged: EnumValue };
  CoercionType: { readonly Text: EnumValue };
  MailboxEnums: {
    ItemNotificationMessageType: { readonly InformationalMessage: string };
    RestVersion: { readonly v2_0: string };
  };
  context: {
    mailbox: MailboxLike;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined;
  };
}

/** The real Office.js global, checked against OfficeApi by the compiler. */
export function officeApi(): OfficeApi {
  return Office;
}

const NOTICE_KEY = "doubleOptIn";
// A resource id the manifest declares; Outlook shows it beside the informational bar.
const NOTICE_ICON = "Icon.16x16";

export function officeMailHost(office: OfficeApi): MailHost {
  const mailbox = office.context.mailbox;
  const supports = (version: string) => office.context.requirements.isSetSupported("Mailbox", version);

  function call<T>(invoke: (callback: Callback<T>) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      invoke((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new Error(result.error?.message || "Outlook could not complete that."));
      });
    });
  }

  function item(): ComposeItemLike {
    const current = mailbox.item;
    if (!current) throw new Error("No message is open.");
    return current;
  }

  const person = (r: RecipientLike): Person => ({ name: r.displayName ?? "", address: r.emailAddress ?? "" });

  async function readDraft(): Promise<ComposeSnapshot> {
    const it = item();
    const [to, cc, subject, body] = await Promise.all([
      call<RecipientLike[]>((cb) => it.to.getAsync(cb)),
      call<RecipientLike[]>((cb) => it.cc.getAsync(cb)),
      call<string>((cb) => it.subject.getAsync(cb)),
      call<string>((cb) => it.body.getAsync(office.CoercionType.Text, cb)),
    ]);
    return { to: to.map(person), cc: cc.map(person), subject: subject ?? "", body: body ?? "" };
  }

  async function onChange(listener: (change: DraftChange) => void): Promise<void> {
    const watchRecipients = async () => {
      // RecipientsChanged arrived with Mailbox 1.7; older clients re-check when the pane gets focus.
      if (!supports("1.7") || !mailbox.item) return;
      const it = mailbox.item;
      await call<void>((cb) => it.addHandlerAsync(office.EventType.RecipientsChanged, () => listener("recipients"), cb)).catch(() => undefined);
    };
    await watchRecipients();
    if (supports("1.5")) {
      // A pinned pane stays open while the user moves to another message.
      const onItem = () => void watchRecipients().then(() => listener("item"));
      await call<void>((cb) => mailbox.addHandlerAsync(office.EventType.ItemChanged, onItem, cb)).catch(() => undefined);
    }
  }

  return {
    connector: () => ({ name: mailbox.userProfile.displayName, address: mailbox.userProfile.emailAddress }),
    readDraft,
    onChange,
    canDiscard: () => supports("1.14"),
    discardDraft: () => call<void>((cb) => item().closeAsync({ discardItem: true }, cb)),
    async notify(message) {
      if (!supports("1.3") || !mailbox.item) return;
      const it = mailbox.item;
      const details: NoticeLike = {
        type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: message.slice(0, 150), // Outlook's limit
        icon: NOTICE_ICON,
        persistent: false,
      };
      await call<void>((cb) => it.notificationMessages.replaceAsync(NOTICE_KEY, details, cb)).catch(() => undefined);
    },
    async remember(key, value) {
      if (!supports("1.11") || !mailbox.item) return;
      const it = mailbox.item;
      await call<void>((cb) => it.sessionData.setAsync(key, value, cb)).catch(() => undefined);
    },
    async recall(key) {
      if (!supports("1.11") || !mailbox.item) return null;
      const it = mailbox.item;
      // A missing key is reported as a failure.
      return call<string>((cb) => it.sessionData.getAsync(key, cb)).then((v) => v || null, () => null);
    },
    openMessage(restId) {
      mailbox.displayMessageForm(mailbox.convertToEwsId(restId, office.MailboxEnums.RestVersion.v2_0));
    },
    isDarkTheme() {
      const theme = office.context.officeTheme;
      if (!theme) return null;
      if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
      const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
      if (!hex) return null;
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
    },
  };
}
