// Signing in through an Office dialog, where Outlook has no nested app authentication: our page
// /auth-dialog.html signs in with MSAL's redirect flow and answers with one message (below).
// Nothing here loads MSAL: the dialog page does.

import { DialogError, type MailboxUser, type SignInHost } from "../office/signin";
import { DIALOG_PAGE } from "./config";
import {
  SignInError,
  type Broker,
  type SignInProblemKind,
  type TokenRequest,
  type TokenResult,
} from "./problems";

/** What the pane asks of the dialog page, in its address: whom to sign in, and a claims challenge to meet. */
export interface DialogRequest extends TokenRequest {
  hint?: string;
}

export function dialogUrl(origin: string, request: DialogRequest): string {
  const url = new URL(DIALOG_PAGE, origin);
  if (request.hint) url.searchParams.set("hint", request.hint);
  if (request.claims) url.searchParams.set("claims", request.claims);
  return url.toString();
}

/** The dialog page's side of dialogUrl: its location.search. */
export function readDialogRequest(search: string): DialogRequest {
  const params = new URLSearchParams(search);
  const hint = params.get("hint");
  const claims = params.get("claims");
  return { ...(hint ? { hint } : {}), ...(claims ? { claims } : {}) };
}

/** What the dialog page sends back to the pane through messageParent. */
export type DialogAnswer =
  | { kind: "token"; accessToken: string; expiresOn: string | null }
  | { kind: "error"; problem: SignInProblemKind; detail: string };

export function dialogMessage(answer: DialogAnswer): string {
  return JSON.stringify(answer);
}

export function parseDialogMessage(text: string): DialogAnswer {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    value = {};
  }
  if (value.kind === "token" && typeof value.accessToken === "string" && value.accessToken) {
    return {
      kind: "token",
      accessToken: value.accessToken,
      expiresOn: typeof value.expiresOn === "string" ? value.expiresOn : null,
    };
  }
  if (value.kind === "error" && typeof value.problem === "string" && value.problem in KINDS) {
    return {
      kind: "error",
      problem: value.problem as SignInProblemKind,
      detail: typeof value.detail === "string" ? value.detail : "",
    };
  }
  return {
    kind: "error",
    problem: "failed",
    detail: "The sign-in window answered something unexpected.",
  };
}

// The kinds a message from the dialog page may carry.
const KINDS: Record<SignInProblemKind, true> = {
  signInRequired: true,
  cancelled: true,
  blocked: true,
  inProgress: true,
  wrongAccount: true,
  offline: true,
  failed: true,
};

/** Office's dialog codes, in the connector's words. */
function dialogProblem(code: number): SignInError {
  switch (code) {
    case 12006:
      return new SignInError("cancelled");
    case 12007:
      return new SignInError("inProgress");
    case 12009:
      return new SignInError(
        "blocked",
        "The sign-in window was not allowed to open. Choose Allow when Outlook asks, then sign in again."
      );
    case 12011:
      return new SignInError(
        "blocked",
        "Your browser blocked the sign-in window. Allow pop-ups for Outlook, then sign in again."
      );
    case 12002:
      return new SignInError(
        "failed",
        "The sign-in page could not be found. Ask your administrator to check the add-in's installation."
      );
    case 12003:
    case 12004:
    case 12005:
      return new SignInError(
        "failed",
        `The sign-in page is not on the add-in's trusted https address (${code}). Ask your administrator to check the add-in's manifest.`
      );
    default:
      return new SignInError(
        "failed",
        `The sign-in window closed unexpectedly (${code}). Try again.`
      );
  }
}

export function dialogBroker(
  host: SignInHost,
  user: () => Promise<MailboxUser>,
  origin: string
): Broker {
  return {
    promptsWithoutClick: false,
    // Tokens from a dialog live in the pane's session; the dialog itself is the only way to get one.
    silent: async () => null,
    async interactive({ claims } = {}): Promise<TokenResult> {
      const url = dialogUrl(origin, {
        hint: (await user()).address,
        ...(claims ? { claims } : {}),
      });
      let text: string;
      try {
        text = await host.dialog(url);
      } catch (e) {
        throw e instanceof DialogError ? dialogProblem(e.code) : new SignInError("failed");
      }
      const answer = parseDialogMessage(text);
      if (answer.kind === "error")
        throw new SignInError(answer.problem, answer.detail || undefined);
      const expires = answer.expiresOn ? new Date(answer.expiresOn) : null;
      return {
        accessToken: answer.accessToken,
        expiresOn: expires && !Number.isNaN(expires.getTime()) ? expires : null,
      };
    },
  };
}
