// For event handlers (which may run in Outlook's JavaScript-only runtime): a token without ever
// showing anything, and the "sign in" notification to show instead. MSAL is not imported here: the
// caller hands in the broker, so the event handlers load MSAL only when they need a token. No DOM,
// storage or pop-up is touched here.

import {
  officeSignInApi,
  officeSignInHost,
  type MailboxUser,
  type OfficeSignInApi,
} from "../office/signin";
import { accountMismatch, readClaims } from "./claims";
import { fetchAuthConfig, type EntraConfig } from "./config";
import { SignInError, type Broker } from "./problems";

export type SilentToken =
  /** Call the API with this bearer token. */
  | { kind: "token"; token: string }
  /** Sandbox mode: call the API without a token. */
  | { kind: "none" }
  /** Show SIGN_IN_NOTICE: only the task pane can sign the connector in. */
  | { kind: "signIn"; reason: string }
  /** The server or the network is out of reach: nothing to ask of the connector. */
  | { kind: "unavailable"; reason: string };

/**
 * Nested app authentication's broker (naa.ts) for these settings. Throws SignInError("offline")
 * when MSAL cannot be loaded.
 */
export type BrokerFactory = (
  config: EntraConfig,
  user: () => Promise<MailboxUser>,
  origin: string
) => Promise<Broker>;

export interface SilentOptions {
  office?: OfficeSignInApi;
  /** Our server's origin; the JavaScript-only runtime has no location to take it from. */
  origin?: string;
  fetch?: typeof fetch;
  /** Absent where no broker can run at all, whoever signs in (a runtime without a page). */
  broker?: BrokerFactory;
  /** A claims challenge from the server (decoded JSON): asked for silently; a window is the pane's. */
  claims?: string;
}

/** Never prompts and never throws. */
export async function silentToken(options: SilentOptions = {}): Promise<SilentToken> {
  const origin = options.origin ?? (typeof location === "undefined" ? undefined : location.origin);
  if (!origin)
    return { kind: "unavailable", reason: "The add-in's server origin is unknown here." };
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let config;
  try {
    config = await fetchAuthConfig(doFetch, origin);
  } catch (e) {
    return { kind: "unavailable", reason: e instanceof Error ? e.message : String(e) };
  }
  if (config.mode !== "entra") return { kind: "none" };
  if (!options.broker)
    return { kind: "unavailable", reason: "Outlook's sign-in cannot be reached from here." };
  const host = officeSignInHost(options.office ?? officeSignInApi());
  // The Office dialog, the other way in, needs a click in the task pane.
  if (!host.supportsNestedAppAuth())
    return { kind: "signIn", reason: "This Outlook signs in from the task pane." };
  try {
    const user = await host.mailboxUser();
    const broker = await options.broker(config, async () => user, origin);
    const result = await broker.silent(
      options.claims === undefined
        ? { forceRefresh: false }
        : { forceRefresh: true, claims: options.claims }
    );
    if (!result) return { kind: "signIn", reason: "Outlook has no token for the add-in yet." };
    const mismatch = accountMismatch(readClaims(result.accessToken), user);
    return mismatch
      ? { kind: "signIn", reason: mismatch }
      : { kind: "token", token: result.accessToken };
  } catch (e) {
    if (e instanceof SignInError && e.kind === "offline")
      return { kind: "unavailable", reason: e.message };
    return { kind: "signIn", reason: e instanceof Error ? e.message : String(e) };
  }
}

/** notificationMessages key of the sign-in notification: replacing it never stacks two. */
export const SIGN_IN_NOTICE_KEY = "doubleOptInSignIn";
export const SIGN_IN_NOTICE_MESSAGE =
  "Double opt-in intros needs you to sign in before it can help with this message. Nothing is lost.";
export const SIGN_IN_ACTION_TEXT = "Sign in";
/** contextData of the action: the task pane, opened by it, can read why. */
export const SIGN_IN_CONTEXT = JSON.stringify({ open: "signIn" });

/**
 * The notification for notificationMessages.replaceAsync (Mailbox 1.10: an insight message whose
 * button opens the task pane). `commandId` is the id of the manifest's task pane button control.
 */
export function signInNotice(commandId: string) {
  return {
    type: "insightMessage",
    message: SIGN_IN_NOTICE_MESSAGE,
    icon: "Icon.16x16",
    actions: [
      {
        actionType: "showTaskPane",
        actionText: SIGN_IN_ACTION_TEXT,
        commandId,
        contextData: SIGN_IN_CONTEXT,
      },
    ],
  } as const;
}

/** Before Mailbox 1.10 a notification has no button: the text says where to sign in. */
export const SIGN_IN_NOTICE_PLAIN = {
  type: "informationalMessage",
  message: "Double opt-in intros needs you to sign in: open it from the ribbon. Nothing is lost.",
  icon: "Icon.16x16",
  persistent: false,
} as const;
