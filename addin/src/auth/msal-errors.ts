// MSAL's errors in the connector's words, for both MSAL clients: the nestable one in the pane and
// the standard one on the dialog page. Imports MSAL, so only those two bundles carry it.

import { AuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { SignInError } from "./problems";

// Codes that mean "nobody is signed in here yet" rather than a failure.
const SIGN_IN_NEEDED = new Set([
  "no_account_found",
  "no_account_error",
  "login_required",
  "consent_required",
  "interaction_required",
]);
// "user_canceled" from Outlook's broker, "user_cancelled" from MSAL's own pop-up.
const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const BLOCKED = new Set(["popup_window_error", "empty_window_error", "block_nested_popups"]);

const codeOf = (e: unknown) => (e instanceof AuthError ? e.errorCode : "");

/** Whether a silent attempt failed only because the connector has to sign in. */
export function needsInteraction(e: unknown): boolean {
  return e instanceof InteractionRequiredAuthError || SIGN_IN_NEEDED.has(codeOf(e));
}

/** The original code stays in the message, for support. */
export function msalProblem(e: unknown): SignInError {
  if (e instanceof SignInError) return e;
  const code = codeOf(e);
  if (CANCELLED.has(code)) return new SignInError("cancelled");
  if (BLOCKED.has(code)) return new SignInError("blocked");
  if (code === "interaction_in_progress") return new SignInError("inProgress");
  if (code === "no_network_connectivity") return new SignInError("offline");
  return new SignInError(
    "failed",
    `Sign-in did not work${code ? ` (${code})` : ""}. Try again in a moment.`
  );
}
