// The entry of events-auth.js: MSAL's nested app authentication for the event handlers, which
// events.js loads (auth-script.ts) only when an event needs a token.

import { naaBroker } from "../auth/naa";
import { AUTH_GLOBAL } from "./auth-script";

(window as unknown as Record<string, unknown>)[AUTH_GLOBAL] = naaBroker;
