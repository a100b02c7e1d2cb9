// What the pane needs from sign-in (the session in src/auth, or nothing in sandbox mode), and which
// failures mean "sign in" rather than a problem to show.

import { SignInError } from "../auth/problems";
import { ApiProblem } from "../api/client";
import type { ProblemView } from "./convert";

export interface PaneAuth {
  /** Shows the sign-in window; the next call to the server carries the new token. */
  signIn(): Promise<void>;
}

/** Why the connector must sign in for this failure, or null when it is some other problem. */
export function signInReason(e: unknown): string | null {
  if (e instanceof SignInError) return e.message;
  // The fetch wrapper already renewed the token and signed in again before giving up on a 401.
  if (e instanceof ApiProblem && e.status === 401) return e.detail || "The server did not accept your sign-in. Sign in again.";
  return null;
}

/** The convert form's problem when sending needs a sign-in first; the bar above says why. */
export const NOT_SENT_SIGN_IN: ProblemView = { title: "Not sent yet: sign in first", detail: "Everything you typed is still here.", messages: [], fields: {} };
