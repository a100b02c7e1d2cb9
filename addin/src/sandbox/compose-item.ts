// The sandbox's stand-in for Office.context.mailbox and its compose item: the part of Office.js the
// adapter uses (src/office/mailbox.ts, OfficeApi), with Office.js's callback shapes and its
// asynchrony. The compose page owns it; the task pane's frame reaches it through office-standin.ts.

import type {
  Callback,
  ComposeItemLike,
  CustomPropertiesLike,
  EnumValue,
  MailboxLike,
  NoticeLike,
  RecipientLike,
  RecipientsLike,
} from "../office/mailbox";
import { failure, ok, settle } from "./async-result";
import { loadCustomProperties, sessionData } from "./item-data";
import type { SandboxReadItem } from "./read-item";
import { ENUMS } from "./sandbox-office";

type Handler = (args: unknown) => void;

function invoke(handler: Handler, args: unknown): void {
  try {
    handler(args);
  } catch (e) {
    // A pane that was reloaded leaves dead handlers behind; Outlook would have dropped them.
    console.warn("sandbox: an event handler failed", e);
  }
}

const copy = (list: readonly RecipientLike[]) =>
  list.map((r) => ({
    displayName: r.displayName,
    emailAddress: r.emailAddress,
    recipientType: "externalUser",
  }));
const sameList = (a: readonly RecipientLike[], b: readonly RecipientLike[]) =>
  a.length === b.length &&
  a.every((r, i) => r.emailAddress === b[i]?.emailAddress && r.displayName === b[i]?.displayName);

/** What the compose page hears from the item: notices or recipients changed, or the draft was discarded. */
export interface ItemObserver {
  noticesChanged(notices: ReadonlyMap<string, NoticeLike>): void;
  recipientsChanged(): void;
  closed(): void;
}

export class SandboxItem implements ComposeItemLike {
  private recipients: Record<"to" | "cc", RecipientLike[]> = { to: [], cc: [] };
  private subjectText = "";
  private bodyText = "";
  private readonly handlers = new Set<Handler>();
  private readonly relaunchHandlers = new Set<Handler>();
  private readonly session = new Map<string, string>();
  private readonly notices = new Map<string, NoticeLike>();
  /** What the next pane gets from getInitializationContextAsync: a banner button's contextData. */
  initializationContext = "";
  closed = false;

  constructor(
    private readonly observer: ItemObserver,
    /** The add-in's custom properties as saved on the draft. */
    private readonly properties = new Map<string, string>()
  ) {}

  private field(name: "to" | "cc"): RecipientsLike {
    return {
      getAsync: (callback) => settle(callback, ok(copy(this.recipients[name]))),
      setAsync: (list, callback) => {
        this.setRecipients(name, list);
        settle(callback, ok(undefined));
      },
    };
  }

  readonly to = this.field("to");
  readonly cc = this.field("cc");
  readonly subject = {
    getAsync: (callback: Callback<string>) => settle(callback, ok(this.subjectText)),
    setAsync: (value: string, callback?: Callback<void>) => {
      this.subjectText = value;
      settle(callback, ok(undefined));
    },
  };
  readonly body = {
    getAsync: (coercionType: EnumValue, callback: Callback<string>) =>
      settle(
        callback,
        coercionType === ENUMS.CoercionType.Text
          ? ok(this.bodyText)
          : failure<string>("Only text is supported in the sandbox.", 9000)
      ),
    setAsync: (value: string, callback?: Callback<void>) => {
      this.bodyText = value;
      settle(callback, ok(undefined));
    },
  };

  /** As Outlook: RecipientsChanged fires when To or Cc really changed, after the change. */
  private setRecipients(name: "to" | "cc", list: readonly RecipientLike[]): void {
    if (this.closed || sameList(this.recipients[name], list)) return;
    this.recipients[name] = copy(list);
    const args = {
      type: ENUMS.EventType.RecipientsChanged,
      changedRecipientFields: {
        to: name === "to",
        cc: name === "cc",
        bcc: false,
        requiredAttendees: false,
        optionalAttendees: false,
        resources: false,
      },
    };
    for (const handler of this.handlers) setTimeout(() => invoke(handler, args), 0);
    // As OnMessageRecipientsChanged: the add-in's event handler runs too.
    setTimeout(() => this.observer.recipientsChanged(), 0);
  }

  addHandlerAsync(eventType: EnumValue, handler: Handler, callback?: Callback<void>): void {
    if (eventType === ENUMS.EventType.RecipientsChanged) this.handlers.add(handler);
    else if (eventType === ENUMS.EventType.InitializationContextChanged)
      this.relaunchHandlers.add(handler);
    else return settle(callback, failure<void>("The event type is not supported.", 5001));
    settle(callback, ok(undefined));
  }

  /**
   * A banner's or Smart Alerts' button pressed while the pane is open: Outlook hands the open pane
   * the button's contextData in InitializationContextChanged (Mailbox 1.15) instead of loading it
   * again. https://learn.microsoft.com/javascript/api/outlook/office.initializationcontextchangedeventargs
   * Returns false when no open pane listens, and the pane must be (re)opened with the context.
   */
  relaunch(contextData: string): boolean {
    if (this.closed || this.relaunchHandlers.size === 0) return false;
    const args = {
      type: ENUMS.EventType.InitializationContextChanged,
      initializationContextData: contextData,
    };
    for (const handler of this.relaunchHandlers) setTimeout(() => invoke(handler, args), 0);
    return true;
  }

  closeAsync(options: { discardItem: boolean }, callback?: Callback<void>): void {
    // The sandbox has no save dialog, so it closes only when told to discard.
    if (!options?.discardItem)
      return settle(callback, failure<void>("The operation is not supported.", 9040));
    this.closed = true;
    this.detachPane();
    settle(callback, ok(undefined));
    setTimeout(() => this.observer.closed(), 0);
  }

  /** One launch, one context: the pane opened next from the ribbon gets none. */
  getInitializationContextAsync(callback: Callback<string>): void {
    const context = this.initializationContext;
    this.initializationContext = "";
    settle(callback, ok(context));
  }

  // Office.NotificationMessages' limits: a key of at most 32 characters, a message of at most 150,
  // at most 5 notifications on a message (https://learn.microsoft.com/javascript/api/outlook/office.notificationmessages).
  readonly notificationMessages = {
    replaceAsync: (key: string, details: NoticeLike, callback?: Callback<void>) => {
      if (!key || key.length > 32)
        return settle(
          callback,
          failure<void>("The key is empty or longer than 32 characters.", 9041)
        );
      if (!details?.message || details.message.length > 150)
        return settle(callback, failure<void>("The message is empty or too long.", 9041));
      if (!this.notices.has(key) && this.notices.size >= 5)
        return settle(
          callback,
          failure<void>("NumberOfNotificationMessagesExceeded: a message has at most 5.", 9041)
        );
      this.notices.set(key, { ...details });
      this.observer.noticesChanged(this.notices);
      settle(callback, ok(undefined));
    },
    removeAsync: (key: string, callback?: Callback<void>) => {
      this.notices.delete(key);
      this.observer.noticesChanged(this.notices);
      settle(callback, ok(undefined));
    },
  };

  readonly sessionData = sessionData(this.session);

  loadCustomPropertiesAsync(callback: Callback<CustomPropertiesLike>): void {
    settle(callback, ok(loadCustomProperties(this.properties)));
  }

  /**
   * The draft saved and opened again: the same message and its custom properties in a new compose
   * session, with no session data, notices or pane handlers.
   */
  reopened(): SandboxItem {
    const next = new SandboxItem(this.observer, this.properties);
    next.recipients = { to: copy(this.recipients.to), cc: copy(this.recipients.cc) };
    next.subjectText = this.subjectText;
    next.bodyText = this.bodyText;
    this.closed = true;
    this.detachPane();
    return next;
  }

  /** Forgets the task pane's handlers: a reloaded pane registers again. */
  detachPane(): void {
    this.handlers.clear();
    this.relaunchHandlers.clear();
  }
}

export const DEMO_CONNECTOR = {
  displayName: "Alex Demo",
  emailAddress: "alex.demo@contoso.example",
};

export class SandboxMailbox implements MailboxLike {
  private current: SandboxItem;
  /** A message of the connector's mailbox open for reading; the draft waits meanwhile. */
  private reading: SandboxReadItem | null = null;
  private readonly itemHandlers = new Set<Handler>();
  readonly userProfile = { ...DEMO_CONNECTOR, timeZone: "UTC", accountType: "enterprise" };

  constructor(
    private readonly observer: ItemObserver,
    /** Shows the message whose REST id this is; false when no message has it. */
    private readonly onOpenMessage: (restId: string) => Promise<boolean>
  ) {
    this.current = new SandboxItem(observer);
  }

  /** What Office.context.mailbox.item is: the message being read, else the draft. */
  get item(): SandboxItem | SandboxReadItem | null {
    return this.reading ?? this.draft;
  }

  /** The draft of the compose window, whether or not a message is being read. */
  get draft(): SandboxItem | null {
    return this.current.closed ? null : this.current;
  }

  get isReading(): boolean {
    return this.reading !== null;
  }

  /** Opens a message for reading, as selecting it in Outlook's reading pane. */
  read(message: SandboxReadItem): void {
    this.reading = message;
  }

  /** Back to the compose window's draft. */
  stopReading(): void {
    this.reading = null;
  }

  /** The draft saved and opened again; null when it was discarded. The pane opens on it afresh. */
  reopenDraft(): SandboxItem | null {
    if (this.current.closed) return null;
    this.reading = null;
    this.current = this.current.reopened();
    return this.current;
  }

  /** A new compose window: the pinned pane hears ItemChanged. */
  newItem(): SandboxItem {
    this.reading = null;
    this.current = new SandboxItem(this.observer);
    for (const handler of this.itemHandlers)
      setTimeout(() => invoke(handler, { type: ENUMS.EventType.ItemChanged }), 0);
    return this.current;
  }

  addHandlerAsync(eventType: EnumValue, handler: Handler, callback?: Callback<void>): void {
    if (eventType !== ENUMS.EventType.ItemChanged)
      return settle(callback, failure<void>("The event type is not supported.", 5001));
    this.itemHandlers.add(handler);
    settle(callback, ok(undefined));
  }

  /** Opens a message by its EWS id; an id of no message opens nothing and says nothing, as Outlook does. */
  displayMessageForm(itemId: string): void {
    void this.onOpenMessage(ewsToRest(itemId));
  }

  /** Mailbox 1.9: the same, reporting an id of no message as a failure. */
  displayMessageFormAsync(itemId: string, callback?: Callback<void>): void {
    void this.onOpenMessage(ewsToRest(itemId)).then((found) =>
      settle(
        callback,
        found ? ok(undefined) : failure<void>("The item does not exist or has been deleted.", 9013)
      )
    );
  }

  /** A REST id as the EWS id Outlook opens items by (only REST ids convert; an immutable id does not). */
  convertToEwsId(id: string): string {
    return restToEws(id);
  }

  detachPane(): void {
    this.itemHandlers.clear();
    this.current.detachPane();
  }
}

// REST ids are URL-safe base64 ("-" and "_"); the EWS form of the same id uses "/" and "+".
function restToEws(id: string): string {
  return id.replaceAll("-", "/").replaceAll("_", "+");
}

function ewsToRest(id: string): string {
  return id.replaceAll("/", "-").replaceAll("+", "_");
}
