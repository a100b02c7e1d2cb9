// What the pane needs from sign-in (the session in src/auth, or nothing in sandbox mode), which
// failures mean "sign in" rather than a problem to show, and the sign-in bar that says so.

import { SignInError } from "../auth/problems";
import { ApiProblem } from "../api/client";
import type { ProblemView } from "./convert";
import type { PaneStore } from "./state";

export interface PaneAuth {
  /** Shows the sign-in window; the next call to the server carries the new token. */
  signIn(): Promise<void>;
}

/** Why the connector must sign in for this failure, or null when it is some other problem. */
function signInReason(e: unknown): string | null {
  if (e instanceof SignInError) return e.message;
  // The fetch wrapper already renewed the token and signed in again before giving up on a 401.
  if (e instanceof ApiProblem && e.status === 401)
    return e.detail || "The server did not accept your sign-in. Sign in again.";
  return null;
}

/** The convert form's problem when sending needs a sign-in first; the bar above says why. */
export const NOT_SENT_SIGN_IN: ProblemView = {
  title: "Not sent yet: sign in first",
  detail: "Everything you typed is still here.",
  messages: [],
  fields: {},
};

/** The pane's "Sign in" bar: shown when a call needs a sign-in, nothing typed is lost meanwhile. */
export class SignInBar {
  /** `auth` is null in sandbox mode; `signedIn` runs after a sign-in (the server resumes held mail on the next call). */
  constructor(
    private readonly store: PaneStore,
    private readonly auth: PaneAuth | null,
    private readonly signedIn: () => Promise<void>
  ) {}

  /** True when the failure means "sign in": the pane then says so once, beside whatever was typed. */
  needsSignIn(e: unknown): boolean {
    const message = signInReason(e);
    if (message !== null) this.store.setSignIn({ needed: true, message });
    return message !== null;
  }

  /** A call went through: a bar left from an earlier failure goes, unless a sign-in is under way. */
  succeeded(): void {
    const { needed, busy } = this.store.current.signIn;
    if (needed && !busy) this.store.setSignIn({ needed: false, message: null });
  }

  /** The "Sign in" button: the sign-in window, then whatever follows a sign-in. */
  async signIn(): Promise<void> {
    if (this.store.current.signIn.busy) return;
    this.store.setSignIn({ busy: true });
    try {
      await this.auth?.signIn();
      this.store.setSignIn({ needed: false, busy: false, message: null });
    } catch (e) {
      this.store.setSignIn({
        needed: true,
        busy: false,
        message: signInReason(e) ?? (e instanceof Error ? e.message : String(e)),
      });
      return;
    }
    await this.signedIn();
  }
}
