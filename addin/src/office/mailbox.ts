// The one place that touches Office.js. It takes the Office API as a parameter, typed as the
// narrow part it uses (OfficeApi in office-types.ts), so Outlook's real `Office` and the sandbox's
// stand-in both plug in; `officeApi()` proves at compile time that the real Office.js satisfies it.

import type { Person } from "../core";
import type { ComposeSnapshot, DraftChange, MailHost } from "../shared/host";
import type {
  Callback,
  ComposeItemLike,
  CustomPropertiesLike,
  NoticeLike,
  OfficeApi,
  ReadItemLike,
  RecipientLike,
} from "./office-types";

export type * from "./office-types";

/** Outlook gives a message being written a body it can set; a message being read has none. */
export function isComposeItem(item: ComposeItemLike | ReadItemLike): item is ComposeItemLike {
  return typeof (item.body as { setAsync?: unknown }).setAsync === "function";
}

/** The real Office.js global, checked against OfficeApi by the compiler. */
export function officeApi(): OfficeApi {
  return Office;
}

// The add-in shows one bar: the banner, then what the pane did, replace each other under this key.
const NOTICE_KEY = "doubleOptIn";
const NOTICE_LIMIT = 150; // Outlook's limit
// A resource id the manifest declares; Outlook shows it beside the informational bar.
const NOTICE_ICON = "Icon.16x16";

export function officeMailHost(office: OfficeApi): MailHost {
  const mailbox = office.context.mailbox;
  const supports = (version: string) =>
    office.context.requirements.isSetSupported("Mailbox", version);

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
    if (!isComposeItem(current)) throw new Error("This message is being read, not written.");
    return current;
  }

  /** The item being written, when there is one and the client implements `version`. */
  function composing(version: string): ComposeItemLike | null {
    const current = mailbox.item;
    return supports(version) && current && isComposeItem(current) ? current : null;
  }

  async function replaceNotice(details: NoticeLike): Promise<void> {
    const it = composing("1.3");
    if (it)
      await call<void>((cb) => it.notificationMessages.replaceAsync(NOTICE_KEY, details, cb)).catch(
        () => undefined
      );
  }

  const person = (r: RecipientLike): Person => ({
    name: r.displayName ?? "",
    address: r.emailAddress ?? "",
  });

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
      const it = composing("1.7");
      if (!it) return;
      await call<void>((cb) =>
        it.addHandlerAsync(office.EventType.RecipientsChanged, () => listener("recipients"), cb)
      ).catch(() => undefined);
    };
    await watchRecipients();
    if (supports("1.5")) {
      // A pinned pane stays open while the user moves to another message.
      const onItem = () => void watchRecipients().then(() => listener("item"));
      await call<void>((cb) =>
        mailbox.addHandlerAsync(office.EventType.ItemChanged, onItem, cb)
      ).catch(() => undefined);
    }
  }

  async function remember(key: string, value: string): Promise<void> {
    const it = composing("1.11");
    if (it)
      await call<void>((cb) => it.sessionData.setAsync(key, value, cb)).catch(() => undefined);
  }

  async function recall(key: string): Promise<string | null> {
    const it = composing("1.11");
    // A missing key is reported as a failure.
    return it
      ? call<string>((cb) => it.sessionData.getAsync(key, cb)).then(
          (v) => v || null,
          () => null
        )
      : null;
  }

  async function forget(key: string): Promise<void> {
    const it = composing("1.11");
    if (it) await call<void>((cb) => it.sessionData.removeAsync(key, cb)).catch(() => undefined);
  }

  const customProperties = (it: ComposeItemLike) =>
    call<CustomPropertiesLike>((cb) => it.loadCustomPropertiesAsync(cb));

  /** Changes the add-in's custom properties on the draft; best effort. */
  async function changeProperties(change: (properties: CustomPropertiesLike) => void) {
    const it = composing("1.1");
    if (!it) return;
    try {
      const properties = await customProperties(it);
      change(properties);
      await call<void>((cb) => properties.saveAsync(cb));
    } catch (e) {
      console.warn("Outlook could not keep this with the draft", e);
    }
  }

  return {
    connector: () => ({
      name: mailbox.userProfile.displayName,
      address: mailbox.userProfile.emailAddress,
    }),
    readDraft,
    readMessage() {
      const it = mailbox.item;
      if (!it || isComposeItem(it)) return null;
      return {
        itemId: it.itemId ?? "",
        conversationId: it.conversationId ?? "",
        internetMessageId: it.internetMessageId ?? "",
        subject: it.subject ?? "",
        from: it.from ? person(it.from) : { name: "", address: "" },
      };
    },
    onChange,
    canDiscard: () => supports("1.14"),
    discardDraft: () => call<void>((cb) => item().closeAsync({ discardItem: true }, cb)),
    supports,
    async notify(message) {
      await replaceNotice({
        type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: message.slice(0, NOTICE_LIMIT),
        icon: NOTICE_ICON,
        persistent: false,
      });
    },
    async showInsight(notice) {
      if (!supports("1.10")) return;
      await replaceNotice({
        type: office.MailboxEnums.ItemNotificationMessageType.InsightMessage,
        message: notice.message.slice(0, NOTICE_LIMIT),
        icon: NOTICE_ICON,
        actions: [
          {
            actionType: office.MailboxEnums.ActionType.ShowTaskPane,
            actionText: notice.actionText,
            commandId: notice.commandId,
            // A string: classic Outlook on Windows before Version 2402 takes nothing else.
            contextData: notice.contextData,
          },
        ],
      });
    },
    async clearNotice() {
      const it = composing("1.3");
      if (it)
        await call<void>((cb) => it.notificationMessages.removeAsync(NOTICE_KEY, cb)).catch(
          () => undefined
        );
    },
    remember,
    recall,
    forget,
    async keepWithDraft(key, value) {
      // Session data is the quick copy; the custom property is what outlives the compose session.
      await remember(key, value);
      await changeProperties((properties) => properties.set(key, value));
    },
    async dropFromDraft(key) {
      await forget(key);
      await changeProperties((properties) => properties.remove(key));
    },
    async keptWithDraft(key) {
      const cached = await recall(key);
      if (cached !== null) return cached;
      const it = composing("1.1");
      if (!it) return null;
      const value = await customProperties(it).then(
        (properties) => properties.get(key),
        () => null
      );
      if (typeof value !== "string" || !value) return null;
      await remember(key, value);
      return value;
    },
    async onRelaunch(listener) {
      const it = composing("1.15");
      if (!it) return;
      await call<void>((cb) =>
        it.addHandlerAsync(
          office.EventType.InitializationContextChanged,
          (args) => {
            const data = (args as { initializationContextData?: unknown } | null)
              ?.initializationContextData;
            if (typeof data === "string" && data) listener(data);
          },
          cb
        )
      ).catch(() => undefined);
    },
    async launchContext() {
      const it = composing("1.8");
      return it
        ? call<string>((cb) => it.getInitializationContextAsync(cb)).then(
            (v) => v || null,
            () => null
          )
        : null;
    },
    async openMessage(restId) {
      // displayMessageForm takes an EWS id; convertToEwsId converts REST ids (not immutable ones).
      const ewsId = mailbox.convertToEwsId(restId, office.MailboxEnums.RestVersion.v2_0);
      const open = mailbox.displayMessageFormAsync;
      if (supports("1.9") && open) await call<void>((cb) => open.call(mailbox, ewsId, cb));
      else mailbox.displayMessageForm(ewsId);
    },
    canOpenBrowserWindow() {
      return (
        office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1") &&
        typeof office.context.ui?.openBrowserWindow === "function"
      );
    },
    openBrowserWindow(url) {
      office.context.ui?.openBrowserWindow(url);
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
