// How the add-in signs in, as the server says at GET /addin/config.json: sandbox mode has no tokens;
// Entra ID mode names the app registration, the authority and our API's own scope.

export interface EntraConfig {
  mode: "entra";
  clientId: string;
  authority: string;
  scopes: string[];
}

export type AuthConfig = { mode: "sandbox" } | EntraConfig;

const CONFIG_PATH = "/addin/config.json";
/** Where Outlook has no nested app authentication, this page signs in inside an Office dialog. */
export const DIALOG_PAGE = "/auth-dialog.html";
/** MSAL's redirect target (its "redirect bridge"): the app registration lists it as a single-page-application redirect URI. */
export const REDIRECT_PAGE = "/auth-redirect.html";
/**
 * MSAL's auth.clientCapabilities: "cp1" tells Entra ID the add-in handles claims challenges
 * (continuous access evaluation), so it may issue long-lived tokens and revoke them by challenge.
 */
export const CLIENT_CAPABILITIES: readonly string[] = ["cp1"];

const text = (value: unknown, field: string): string => {
  if (typeof value !== "string" || value.trim() === "")
    throw new Error(`The server's sign-in settings have no ${field}.`);
  return value;
};

/** Checks the server's answer; anything unexpected is an error rather than a guess about the mode. */
export function parseAuthConfig(value: unknown): AuthConfig {
  const body = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  if (body.mode === "sandbox") return { mode: "sandbox" };
  if (body.mode !== "entra") throw new Error("The server's sign-in settings name no known mode.");
  const scopes = Array.isArray(body.scopes)
    ? body.scopes.filter((s): s is string => typeof s === "string" && s !== "")
    : [];
  if (scopes.length === 0) throw new Error("The server's sign-in settings have no scopes.");
  const authority = text(body.authority, "authority");
  if (!/^https:\/\//.test(authority))
    throw new Error("The server's sign-in authority is not an https address.");
  return { mode: "entra", clientId: text(body.clientId, "clientId"), authority, scopes };
}

export async function fetchAuthConfig(doFetch: typeof fetch, baseUrl = ""): Promise<AuthConfig> {
  let response: Response;
  try {
    response = await doFetch(`${baseUrl}${CONFIG_PATH}`, {
      headers: { accept: "application/json" },
    });
  } catch {
    throw new Error(
      "The server could not be reached to learn how to sign in. Check your connection and try again."
    );
  }
  if (!response.ok)
    throw new Error(`The server's sign-in settings could not be read (${response.status}).`);
  return parseAuthConfig(await response.json());
}
