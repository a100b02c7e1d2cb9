// What the add-in reads from an access token: who it is for, in which tenant, and until when. The
// server validates the signature; the add-in only compares the account with the mailbox's user
// before acting, so a token for another account is never sent.

import type { MailboxUser } from "../office/signin";

export interface TokenClaims {
  /** preferred_username, else upn, else email: the sign-in name. */
  username: string;
  tenantId: string | null;
  /** Milliseconds since the epoch, or null when the token does not say. */
  expiresAt: number | null;
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// By hand rather than atob/TextDecoder: event handlers may run in Outlook's JavaScript-only runtime.
/** Base64 or base64url (padded or not) to the UTF-8 text it encodes; throws when it is neither. */
export function base64Text(encoded: string): string {
  let bits = 0;
  let value = 0;
  let escaped = "";
  for (const char of encoded.replace(/=+$/, "")) {
    const digit = BASE64URL.indexOf(char === "+" ? "-" : char === "/" ? "_" : char);
    if (digit < 0) throw new Error("Not base64.");
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      escaped += "%" + ((value >> bits) & 0xff).toString(16).padStart(2, "0");
    }
  }
  // The percent-escaped bytes decode as UTF-8.
  return decodeURIComponent(escaped);
}

export function readClaims(token: string): TokenClaims {
  const payload = token.split(".")[1];
  let claims: Record<string, unknown>;
  try {
    claims = payload ? (JSON.parse(base64Text(payload)) as Record<string, unknown>) : {};
  } catch {
    claims = {};
  }
  const str = (name: string) => (typeof claims[name] === "string" ? (claims[name] as string) : "");
  const username = str("preferred_username") || str("upn") || str("email");
  if (!username) throw new Error("The sign-in returned a token that names no account.");
  return {
    username,
    tenantId: str("tid") || null,
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : null,
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Why the token's account is not the mailbox's user, or null when it is. The sign-in name may be
 * the primary address or the UPN (they differ in some tenants), so either matches; the tenant must
 * match whenever Office names it.
 */
export function accountMismatch(claims: TokenClaims, user: MailboxUser): string | null {
  const names = [user.address, user.upn].filter((n): n is string => !!n);
  const sameTenant = !user.tenantId || !claims.tenantId || same(user.tenantId, claims.tenantId);
  if (names.some((n) => same(n, claims.username)) && sameTenant) return null;
  const who = sameTenant ? claims.username : `${claims.username} (another organization)`;
  return `You are signed in as ${who}, but this mailbox belongs to ${user.address}. Sign in as ${user.address} to continue; nothing was sent.`;
}
