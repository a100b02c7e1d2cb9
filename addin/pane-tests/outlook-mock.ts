// An Outlook compose item on office-addin-mock (host "outlook"), with Office.js's callback shapes,
// and a fake server for the pane's fetch wrapper. Tests change `state` and fire the registered
// handlers as Outlook would.

import { OfficeMockObject } from "office-addin-mock";
import type { NoticeLike, OfficeApi, RecipientLike } from "../src/office/mailbox";
import { officeMailHost } from "../src/office/mailbox";
import type { MailHost } from "../src/shared/host";

type Result = { status: string; value?: unknown; error?: { message: string } };
type Cb = (r: Result) => void;

export interface OutlookState {
  to: RecipientLike[];
  cc: RecipientLike[];
  subject: string;
  body: string;
  /** The highest Mailbox requirement set the client supports. */
  mailboxVersion: string;
  /** sessionData: this compose session's memory, gone once the draft is saved and reopened. */
  session: Record<string, string>;
  /** The add-in's custom properties as saved on the item. */
  customProperties: Record<string, string>;
  notices: Record<string, NoticeLike>;
  /** Every notificationMessages call, in order: "replace:key" or "remove:key". */
  noticeCalls: string[];
  /** What getInitializationContextAsync gives: the contextData of the button that opened the pane. */
  initializationContext: string;
  closedWith: unknown;
  opened: string[];
  failReads: string | null;
  /** Reading the body throws, as a broken client would. */
  throwOnBody: boolean;
  theme: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined;
  /** OpenBrowserWindowApi 1.1, as Outlook on Mac and classic Outlook on Windows have it. */
  browserWindow: boolean;
  /** Every URL handed to openBrowserWindow. */
  browserOpened: string[];
  recipientHandlers: Array<(args: unknown) => void>;
  relaunchHandlers: Array<(args: unknown) => void>;
  itemHandlers: Array<(args: unknown) => void>;
  coercions: unknown[];
}

export const person = (displayName: string, emailAddress: string): RecipientLike => ({
  displayName,
  emailAddress,
});

const later = (cb: Cb | undefined, r: Result) => cb && setTimeout(() => cb(r), 0);
const ok = (value?: unknown): Result => ({ status: "succeeded", value });
const failed = (message: string): Result => ({ status: "failed", error: { message } });

export function outlookMock(initial: Partial<OutlookState> = {}) {
  const state: OutlookState = {
    to: [],
    cc: [],
    subject: "",
    body: "",
    mailboxVersion: "1.14",
    session: {},
    customProperties: {},
    notices: {},
    noticeCalls: [],
    initializationContext: "",
    closedWith: null,
    opened: [],
    failReads: null,
    throwOnBody: false,
    theme: undefined,
    browserWindow: false,
    browserOpened: [],
    recipientHandlers: [],
    relaunchHandlers: [],
    itemHandlers: [],
    coercions: [],
    ...initial,
  };
  const recipients = (field: "to" | "cc") => ({
    getAsync: (cb: Cb) =>
      later(
        cb,
        state.failReads
          ? failed(state.failReads)
          : ok(state[field].map((r) => ({ ...r, recipientType: "externalUser" })))
      ),
    setAsync: (list: RecipientLike[], cb: Cb) => {
      state[field] = list;
      later(cb, ok());
    },
  });
  const version = (v = "1.1") => {
    const [a = 0, b = 0] = v.split(".").map(Number);
    const [c = 0, d = 0] = state.mailboxVersion.split(".").map(Number);
    return a < c || (a === c && b <= d);
  };
  const mock = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: {
        RecipientsChanged: "olkRecipientsChanged",
        ItemChanged: "olkItemSelectedChanged",
        InitializationContextChanged: "olkInitializationContextChanged",
      },
      CoercionType: { Text: "text", Html: "html" },
      MailboxEnums: {
        ItemNotificationMessageType: {
          InformationalMessage: "informationalMessage",
          InsightMessage: "insightMessage",
        },
        ActionType: { ShowTaskPane: "showTaskPane" },
        SendModeOverride: { PromptUser: "promptUser" },
        RestVersion: { v2_0: "v2.0" },
      },
      context: {
        requirements: {
          isSetSupported: (name: string, v?: string) =>
            (name === "Mailbox" && version(v)) ||
            (name === "OpenBrowserWindowApi" && state.browserWindow),
        },
        mailbox: {
          userProfile: { displayName: "Alex Demo", emailAddress: "alex.demo@contoso.example" },
          addHandlerAsync: (type: string, handler: (a: unknown) => void, cb?: Cb) => {
            if (type === "olkItemSelectedChanged") state.itemHandlers.push(handler);
            later(cb, ok());
          },
          displayMessageForm: (id: string) => state.opened.push(id),
          // Opens only what convertToEwsId made of a REST id, as Outlook finds only real EWS ids.
          displayMessageFormAsync: (id: string, cb?: Cb) => {
            state.opened.push(`async:${id}`);
            later(cb, id.includes("AAMkREST") ? ok() : failed("The item does not exist."));
          },
          convertToEwsId: (id: string, v: string) => `ews(${v}):${id}`,
          item: {
            to: recipients("to"),
            cc: recipients("cc"),
            subject: { getAsync: (cb: Cb) => later(cb, ok(state.subject)) },
            body: {
              getAsync: (coercion: unknown, cb: Cb) => {
                if (state.throwOnBody) throw new Error("The body cannot be read.");
                state.coercions.push(coercion);
                later(cb, ok(state.body));
              },
              setAsync: (value: string, cb?: Cb) => {
                state.body = value;
                later(cb, ok());
              },
            },
            addHandlerAsync: (type: string, handler: (a: unknown) => void, cb?: Cb) => {
              if (type === "olkRecipientsChanged") state.recipientHandlers.push(handler);
              if (type === "olkInitializationContextChanged") state.relaunchHandlers.push(handler);
              later(cb, ok());
            },
            closeAsync: (options: unknown, cb?: Cb) => {
              state.closedWith = options;
              later(cb, ok());
            },
            loadCustomPropertiesAsync: (cb: Cb) => {
              // A copy: changes reach the item only through saveAsync.
              const loaded = { ...state.customProperties };
              later(
                cb,
                ok({
                  get: (name: string) => loaded[name],
                  set: (name: string, value: string) => void (loaded[name] = String(value)),
                  remove: (name: string) => void delete loaded[name],
                  saveAsync: (done?: Cb) => {
                    state.customProperties = { ...loaded };
                    later(done, ok());
                  },
                })
              );
            },
            getInitializationContextAsync: (cb: Cb) => later(cb, ok(state.initializationContext)),
            notificationMessages: {
              replaceAsync: (key: string, details: NoticeLike, cb?: Cb) => {
                state.noticeCalls.push(`replace:${key}`);
                state.notices[key] = details;
                later(cb, ok());
              },
              removeAsync: (key: string, cb?: Cb) => {
                state.noticeCalls.push(`remove:${key}`);
                if (!(key in state.notices))
                  return later(cb, failed("The notification does not exist."));
                delete state.notices[key];
                later(cb, ok());
              },
            },
            sessionData: {
              getAsync: (name: string, cb: Cb) =>
                later(
                  cb,
                  name in state.session
                    ? ok(state.session[name])
                    : failed("The key does not exist.")
                ),
              setAsync: (name: string, value: string, cb?: Cb) => {
                state.session[name] = value;
                later(cb, ok());
              },
              removeAsync: (name: string, cb?: Cb) => {
                delete state.session[name];
                later(cb, ok());
              },
            },
          },
        },
      },
    },
    "outlook" as unknown as ConstructorParameters<typeof OfficeMockObject>[1]
  );
  const office = mock as unknown as OfficeApi;
  // The mock copies plain values when it is built, so the theme is set on the built object.
  (office.context as { officeTheme?: OutlookState["theme"] }).officeTheme = state.theme;
  office.context.ui = { openBrowserWindow: (url: string) => void state.browserOpened.push(url) };
  const host: MailHost = officeMailHost(office);
  return {
    state,
    office,
    host,
    fireRecipientsChanged: () =>
      state.recipientHandlers.forEach((h) => h({ type: "olkRecipientsChanged" })),
    /** Saving the draft and opening it again: a new compose session, custom properties kept. */
    saveAndReopen: () => {
      state.session = {};
    },
    fireRelaunch: (initializationContextData: string) =>
      state.relaunchHandlers.forEach((h) =>
        h({ type: "olkInitializationContextChanged", initializationContextData })
      ),
    fireItemChanged: () => state.itemHandlers.forEach((h) => h({ type: "olkItemSelectedChanged" })),
  };
}

/** Waits for the callbacks Office.js (and the mock) runs on the next turns. */
export const settle = () => new Promise((r) => setTimeout(r, 5));

export interface FakeCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fake server for the pane's fetch wrapper: a handler per call, every call recorded. */
export function fakeServer(
  handle: (
    call: FakeCall
  ) => { status?: number; json?: unknown; type?: string; headers?: Record<string, string> } | Error
) {
  const calls: FakeCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: FakeCall = {
      method: init?.method ?? "GET",
      url: String(input),
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : null,
    };
    calls.push(call);
    const answer = handle(call);
    if (answer instanceof Error) throw answer;
    const status = answer.status ?? 200;
    return new Response(answer.json === undefined ? null : JSON.stringify(answer.json), {
      status,
      headers: {
        "content-type":
          answer.type ?? (status >= 400 ? "application/problem+json" : "application/json"),
        ...answer.headers,
      },
    });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}
