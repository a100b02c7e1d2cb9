// Sign-in failures, worded for the connector. Both flows (nested app authentication and the Office
// dialog) and the session speak in these kinds, so the pane shows one set of messages.

export type SignInProblemKind =
  /** No token without the connector's help: show "Sign in". */
  | "signInRequired"
  /** The connector closed or cancelled the sign-in window. */
  | "cancelled"
  /** The browser or Outlook did not let the sign-in window open. */
  | "blocked"
  /** Another sign-in window is already open. */
  | "inProgress"
  /** Signed in, but not as the mailbox's user. */
  | "wrongAccount"
  | "offline"
  | "failed";

export class SignInError extends Error {
  constructor(
    readonly kind: SignInProblemKind,
    message: string = SIGN_IN_MESSAGES[kind]
  ) {
    super(message);
    this.name = "SignInError";
  }
}

const SIGN_IN_MESSAGES: Record<SignInProblemKind, string> = {
  signInRequired: "Sign in to send requests and see your introductions.",
  cancelled: "Sign-in was cancelled. Nothing was sent; sign in when you are ready.",
  blocked: "The sign-in window could not open. Allow pop-ups for Outlook, then sign in again.",
  inProgress: "A sign-in window is already open. Finish signing in there, then try again.",
  wrongAccount: "You are signed in with another account than this mailbox's.",
  offline: "Sign-in needs a connection. Check your connection and try again.",
  failed: "Sign-in did not work. Try again in a moment.",
};

/** A token for our API and when it stops working (null: unknown, read it from the token). */
export interface TokenResult {
  accessToken: string;
  expiresOn: Date | null;
}

/** What a token must carry: `claims` is the JSON claims request of Entra ID's claims challenge. */
export interface TokenRequest {
  claims?: string;
}

/**
 * One way to get a token: nested app authentication or the Office dialog. `silent` never shows
 * anything and resolves null when the connector must sign in; `interactive` shows a sign-in window.
 * Both throw SignInError for every other failure.
 */
export interface Broker {
  /** Whether `interactive` may run without a click: NAA's window is the host's; a dialog may be blocked. */
  readonly promptsWithoutClick: boolean;
  silent(options: { forceRefresh: boolean } & TokenRequest): Promise<TokenResult | null>;
  interactive(options?: TokenRequest): Promise<TokenResult>;
}

export type Flow = "none" | "naa" | "dialog";

/** Sandbox mode has no tokens; NAA where Outlook offers NestedAppAuth 1.1; the Office dialog elsewhere. */
export function chooseFlow(mode: "sandbox" | "entra", supportsNestedAppAuth: boolean): Flow {
  if (mode === "sandbox") return "none";
  return supportsNestedAppAuth ? "naa" : "dialog";
}
