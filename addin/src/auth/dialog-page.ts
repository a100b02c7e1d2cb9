// /auth-dialog.html, opened by the task pane in an Office dialog where Outlook has no nested app
// authentication. It signs in with MSAL's redirect flow (the dialog may leave our origin for the
// sign-in pages and come back through /auth-redirect.html), then answers the pane with one message.

import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
} from "@azure/msal-browser";
import { dialogPageApi } from "../office/signin";
import { CLIENT_CAPABILITIES, fetchAuthConfig, REDIRECT_PAGE } from "./config";
import { dialogMessage, readDialogRequest, type DialogAnswer } from "./dialog";
import { msalProblem, needsInteraction } from "./msal-errors";

const office = dialogPageApi();

function answer(a: DialogAnswer): void {
  office.context.ui.messageParent(dialogMessage(a));
}

const token = (r: AuthenticationResult): DialogAnswer => ({
  kind: "token",
  accessToken: r.accessToken,
  expiresOn: r.expiresOn?.toISOString() ?? null,
});

async function signIn(): Promise<DialogAnswer | null> {
  const config = await fetchAuthConfig((input, init) => fetch(input, init));
  if (config.mode !== "entra")
    return {
      kind: "error",
      problem: "failed",
      detail: "This server runs in sandbox mode: there is nothing to sign in to.",
    };
  const { hint, claims } = readDialogRequest(location.search);
  const withClaims = claims ? { claims } : {};
  const redirectUri = new URL(REDIRECT_PAGE, location.origin).toString();
  const client = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri,
      clientCapabilities: [...CLIENT_CAPABILITIES],
    },
    // Kept across dialogs, so the next sign-in on this computer needs no typing.
    cache: { cacheLocation: "localStorage" },
  });
  const back = await client.handleRedirectPromise();
  if (back) return token(back);
  const account = hint ? client.getAccount({ username: hint }) : null;
  if (account) {
    try {
      return token(
        await client.acquireTokenSilent({ scopes: config.scopes, account, ...withClaims })
      );
    } catch (e) {
      if (!needsInteraction(e)) throw e;
    }
  }
  // Leaves this page; MSAL brings the answer back to it through the redirect page.
  await client.acquireTokenRedirect({
    scopes: config.scopes,
    redirectUri,
    ...(hint ? { loginHint: hint } : {}),
    ...withClaims,
  });
  return null;
}

void office.onReady().then(async () => {
  try {
    const result = await signIn();
    if (result) answer(result);
  } catch (e) {
    const problem = msalProblem(e);
    answer({ kind: "error", problem: problem.kind, detail: problem.message });
  }
});
