// The narrow part of Office.js the add-in uses, as structural types: Outlook's real `Office`
// (checked by officeApi() in mailbox.ts), the sandbox's stand-in and the tests' mocks all fit them.

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

/** The one action an InsightMessage may carry: open the task pane with some context (Mailbox 1.10). */
export interface NoticeActionLike {
  actionType: string;
  actionText: string;
  commandId: string;
  contextData: string;
}

export interface NoticeLike {
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
  actions?: NoticeActionLike[];
}

/** Office.CustomProperties (Mailbox 1.1): a copy of the add-in's properties on the item, written back by saveAsync. */
export interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  remove(name: string): void;
  saveAsync(callback?: Callback<void>): void;
}

export interface ComposeItemLike {
  to: RecipientsLike;
  cc: RecipientsLike;
  subject: { getAsync(callback: Callback<string>): void };
  body: {
    getAsync(coercionType: EnumValue, callback: Callback<string>): void;
    /** Only a message being written has it; a read item's body cannot be changed. */
    setAsync(data: string, callback?: Callback<void>): void;
  };
  addHandlerAsync(
    eventType: EnumValue,
    handler: (args: unknown) => void,
    callback?: Callback<void>
  ): void;
  closeAsync(options: { discardItem: boolean }, callback?: Callback<void>): void;
  /** What a Smart Alerts or InsightMessage button passed to the pane; "" when none (Mailbox 1.8). */
  getInitializationContextAsync(callback: Callback<string>): void;
  notificationMessages: {
    replaceAsync(key: string, details: NoticeLike, callback?: Callback<void>): void;
    removeAsync(key: string, callback?: Callback<void>): void;
  };
  /** The add-in's custom properties, which Outlook keeps with the saved draft (Mailbox 1.1). */
  loadCustomPropertiesAsync(callback: Callback<CustomPropertiesLike>): void;
  sessionData: {
    getAsync(name: string, callback: Callback<string>): void;
    setAsync(name: string, value: string, callback?: Callback<void>): void;
    removeAsync(name: string, callback?: Callback<void>): void;
  };
}

/** A message opened for reading (Mailbox 1.1): plain properties, no setters. */
export interface ReadItemLike {
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: RecipientLike | null | undefined;
  body: { getAsync(coercionType: EnumValue, callback: Callback<string>): void };
}

export interface MailboxLike {
  item?: ComposeItemLike | ReadItemLike | null | undefined;
  userProfile: { displayName: string; emailAddress: string };
  addHandlerAsync(
    eventType: EnumValue,
    handler: (args: unknown) => void,
    callback?: Callback<void>
  ): void;
  displayMessageForm(itemId: string): void;
  /** Mailbox 1.9: like displayMessageForm, and says when the item cannot be opened. */
  displayMessageFormAsync?(itemId: string, callback?: Callback<void>): void;
  convertToEwsId(id: string, restVersion: string): string;
}

/** Exactly what the adapter uses of the `Office` global. */
export interface OfficeApi {
  AsyncResultStatus: { readonly Succeeded: EnumValue };
  EventType: {
    readonly RecipientsChanged: EnumValue;
    readonly ItemChanged: EnumValue;
    /** A banner or Smart Alerts button relaunched the open pane with new contextData (Mailbox 1.15). */
    readonly InitializationContextChanged: EnumValue;
  };
  CoercionType: { readonly Text: EnumValue };
  MailboxEnums: {
    ItemNotificationMessageType: {
      readonly InformationalMessage: string;
      readonly InsightMessage: string;
    };
    ActionType: { readonly ShowTaskPane: string };
    RestVersion: { readonly v2_0: string };
  };
  context: {
    mailbox: MailboxLike;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined;
    /** OpenBrowserWindowApi 1.1: Outlook on Mac and classic Outlook on Windows only. */
    ui?: { openBrowserWindow(url: string): void } | undefined;
  };
}
