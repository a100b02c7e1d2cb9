// /auth-redirect.html: where the sign-in pages send their answer. MSAL's redirect bridge hands it to
// the page that started the sign-in (the dialog page, or a pop-up's opener) and leaves.

import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch(() => {
  document.body.textContent =
    "Sign-in could not finish. Close this window and sign in again from the task pane.";
});
