// The task pane's only entry: Office.onReady, then the pane on Office.js through the adapter.

import { render } from "preact";
import { paneSession } from "../auth/pane-session";
import { officeApi, officeMailHost } from "../office/mailbox";
import { officeSignInApi, officeSignInHost } from "../office/signin";
import { createApi } from "../api/client";
import { PaneController } from "./controller";
import { App } from "./ui/app";

function say(text: string): void {
  const p = document.createElement("p");
  p.className = "pane muted";
  p.textContent = text;
  document.getElementById("root")?.replaceChildren(p);
}

if (typeof Office === "undefined") {
  say(
    "Office.js could not be loaded. This pane runs inside Outlook, or on the sandbox page at /sandbox."
  );
} else {
  Office.onReady(() => {
    if (!Office.context?.mailbox)
      return say("Open this pane from a message you are writing in Outlook.");
    const host = officeMailHost(officeApi());
    // Outlook's theme wins; without one (the sandbox), the CSS follows prefers-color-scheme.
    const dark = host.isDarkTheme();
    if (dark !== null) document.documentElement.dataset.theme = dark ? "dark" : "light";
    // Sandbox mode reads the server's settings and stops there: no MSAL, no token.
    const session = paneSession({
      host: officeSignInHost(officeSignInApi()),
      origin: location.origin,
    });
    const controller = new PaneController(host, createApi({ getToken: session.token }), session);
    const root = document.getElementById("root");
    if (!root) return;
    root.replaceChildren();
    render(<App controller={controller} />, root);
    window.addEventListener("focus", () => void controller.focused());
    void controller.start().finally(() =>
      controller.keepUp({
        visible: () => document.visibilityState === "visible",
        onChange(listener) {
          document.addEventListener("visibilitychange", listener);
          return () => document.removeEventListener("visibilitychange", listener);
        },
      })
    );
  });
}
