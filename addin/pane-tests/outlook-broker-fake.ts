// A hand-written stand-in for Outlook's nested app authentication broker, seen through MSAL's
// client (the NaaClient boundary): Outlook's signed-in account, whether it has already consented to
// our scope, and what the sign-in window will do. Errors are MSAL's own classes and codes, as the
// real bridge maps them. Tokens are unsigned JWTs carrying the claims the add-in reads.

import {
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
} from "@azure/msal-browser";
import type { NaaClient, NaaClientFactory } from "../src/auth/naa";

export const TENANT = "8c1a2e1d-0000-4000-8000-00000000c0de";
export const NOW = Date.parse("2026-11-25T17:00:00Z");

const base64Url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * An access token for our API, for `username` in `tenant`, expiring `minutes` after NOW; `acrs`: the
 * authentication contexts it was issued for (conditional access met).
 */
export function accessToken(
  username: string,
  tenant = TENANT,
  minutes = 60,
  serial = 0,
  acrs?: string
): string {
  const claims = {
    aud: "api://intros",
    scp: "access_as_user",
    preferred_username: username,
    tid: tenant,
    exp: Math.floor(NOW / 1000) + minutes * 60,
    serial,
    ...(acrs ? { acrs: [acrs] } : {}),
  };
  return `${base64Url({ alg: "none", typ: "JWT" })}.${base64Url(claims)}.`;
}

/** What the sign-in window does when it opens. */
export type WindowOutcome =
  "signIn" | "cancel" | "blocked" | "inProgress" | { signInAs: string; tenant?: string };

export interface BrokerState {
  /** Outlook's signed-in account. */
  username: string;
  tenant: string;
  /** Whether Outlook can issue our token without showing anything (consented, session alive). */
  silentWorks: boolean;
  /** What the sign-in window does, in order; it signs in by default. */
  windows: WindowOutcome[];
  /** Token lifetime in minutes. */
  lifetime: number;
  /** Whether a claims request (an authentication context) can be met without a window, as after MFA earlier in the session. */
  claimsMetSilently: boolean;
}

/** The authentication context a JSON claims request asks for ({"access_token":{"acrs":{"value":…}}}). */
function requestedAcrs(claims: string | undefined): string | undefined {
  if (!claims) return undefined;
  const parsed = JSON.parse(claims) as { access_token?: { acrs?: { value?: string } } };
  return parsed.access_token?.acrs?.value;
}

export function outlookBroker(initial: Partial<BrokerState> = {}) {
  const state: BrokerState = {
    username: "alex.demo@contoso.example",
    tenant: TENANT,
    silentWorks: true,
    windows: [],
    lifetime: 60,
    claimsMetSilently: false,
    ...initial,
  };
  const calls: string[] = [];
  /** The claims request each call carried, in order (undefined: none). */
  const claims: Array<string | undefined> = [];
  const configs: unknown[] = [];
  let known: AccountInfo | null = null;
  let serial = 0;

  const issue = (username: string, tenant: string, asked?: string): AuthenticationResult => {
    known = {
      homeAccountId: `oid.${tenant}`,
      environment: "login.microsoftonline.com",
      tenantId: tenant,
      username,
      localAccountId: "oid",
    };
    const token = accessToken(username, tenant, state.lifetime, ++serial, requestedAcrs(asked));
    return {
      authority: "https://login.microsoftonline.com/organizations",
      uniqueId: "oid",
      tenantId: tenant,
      scopes: ["api://intros/access_as_user"],
      account: known,
      idToken: "",
      idTokenClaims: {},
      accessToken: token,
      fromCache: false,
      expiresOn: new Date(NOW + state.lifetime * 60_000),
      tokenType: "Bearer",
      correlationId: `c${serial}`,
    };
  };

  const client: NaaClient = {
    getAccount: (filter) =>
      known && (!filter.username || filter.username.toLowerCase() === known.username.toLowerCase())
        ? known
        : null,
    async acquireTokenSilent(request) {
      calls.push(request.forceRefresh ? "silent(forceRefresh)" : "silent");
      claims.push(request.claims);
      if (!state.silentWorks)
        throw new InteractionRequiredAuthError(
          "interaction_required",
          "corr",
          "AADSTS65001: consent required"
        );
      if (request.claims && !state.claimsMetSilently)
        throw new InteractionRequiredAuthError(
          "interaction_required",
          "corr",
          "AADSTS50076: multi-factor authentication required"
        );
      return issue(state.username, state.tenant, request.claims);
    },
    async ssoSilent(request) {
      calls.push("ssoSilent");
      claims.push(request.claims);
      if (!state.silentWorks || (request.claims && !state.claimsMetSilently))
        throw new InteractionRequiredAuthError("interaction_required", "corr");
      return issue(state.username, state.tenant, request.claims);
    },
    async acquireTokenPopup(request) {
      calls.push("popup");
      claims.push(request.claims);
      const outcome = state.windows.shift() ?? "signIn";
      if (outcome === "cancel") throw new ClientAuthError("user_canceled", "corr");
      if (outcome === "blocked") throw new BrowserAuthError("popup_window_error", "corr");
      if (outcome === "inProgress") throw new BrowserAuthError("interaction_in_progress", "corr");
      state.silentWorks = true;
      return outcome === "signIn"
        ? issue(state.username, state.tenant, request.claims)
        : issue(outcome.signInAs, outcome.tenant ?? state.tenant, request.claims);
    },
  };
  const create: NaaClientFactory = async (configuration) => {
    configs.push(configuration);
    return client;
  };
  return { state, calls, claims, configs, create };
}
