// Where the event handlers get MSAL from: events-auth.js, a script of its own that events.js loads
// only when an event needs a token, so an event that the draft's cached policy answers never loads
// MSAL (most of what the handlers would otherwise weigh). Only a page can load it: classic
// Outlook's JavaScript-only runtime runs the one file the manifest names ("Imports aren't
// supported", Microsoft's event-based activation docs), and MSAL's nested app authentication needs
// window.crypto, which that runtime lacks (AzureAD/microsoft-authentication-library-for-js#8412).

import type { naaBroker } from "../auth/naa";
import { SignInError } from "../auth/problems";

/** Served beside events.js. */
export const AUTH_SCRIPT = "/events-auth.js";
/** The property of window that events-auth.js leaves naaBroker on. */
export const AUTH_GLOBAL = "doubleOptInEventsAuth";

export type NaaBroker = typeof naaBroker;

/** The part of the page this needs. */
export interface ScriptPage {
  createElement(tag: "script"): HTMLScriptElement;
  readonly head: { appendChild(node: HTMLScriptElement): unknown };
}

let loading: Promise<NaaBroker> | null = null;

/** naaBroker from events-auth.js on `origin`, loaded once per page; a failed load is tried again next time. */
export function loadNaaBroker(
  origin: string,
  page: ScriptPage,
  global: Record<string, unknown> = window as unknown as Record<string, unknown>
): Promise<NaaBroker> {
  if (!loading) {
    loading = new Promise<NaaBroker>((resolve, reject) => {
      const failed = () =>
        reject(new SignInError("offline", "The add-in's sign-in script could not be loaded."));
      const script = page.createElement("script");
      script.src = origin + AUTH_SCRIPT;
      script.onload = () => {
        const broker = global[AUTH_GLOBAL];
        if (typeof broker === "function") resolve(broker as NaaBroker);
        else failed();
      };
      script.onerror = failed;
      page.head.appendChild(script);
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
