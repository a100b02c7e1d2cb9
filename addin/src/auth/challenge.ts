// Entra ID's claims challenge: when conditional access (MFA, an authentication context) needs more
// than the connector's token shows, our API answers 401 with
//   WWW-Authenticate: Bearer error="insufficient_claims", claims="<base64 of a JSON claims request>"
// and the same base64 as the problem body's `claims`. The add-in asks MSAL for a token with exactly
// that JSON (the request's `claims`) and tries once more.

import { base64Text } from "./claims";

export interface Challenge {
  scheme: string;
  /** Parameter names in lower case; quoted values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/** The challenges of a WWW-Authenticate header (RFC 9110 11.6.1), leniently: a malformed part is skipped. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let i = 0;
  const skip = (chars: RegExp) => {
    while (i < header.length && chars.test(header[i] ?? "")) i++;
  };
  const token = () => {
    const start = i;
    while (i < header.length && TOKEN.test(header[i] ?? "")) i++;
    return header.slice(start, i);
  };
  const bare = () => {
    const start = i;
    while (i < header.length && !/[\s,]/.test(header[i] ?? "")) i++;
    return header.slice(start, i);
  };
  const quoted = () => {
    let value = "";
    for (i++; i < header.length && header[i] !== '"'; i++)
      value += header[i] === "\\" && i + 1 < header.length ? header[++i] : header[i];
    i++;
    return value;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const name = token();
    if (!name) {
      i++;
      continue;
    }
    skip(/[ \t]/);
    const current = out[out.length - 1];
    if (header[i] !== "=") {
      out.push({ scheme: name, params: {} });
      continue;
    }
    i++;
    skip(/[ \t]/);
    const value = header[i] === '"' ? quoted() : bare();
    // A token68 (`Basic dXNlcg==`) reads as a parameter here; only named parameters are looked up.
    if (current) current.params[name.toLowerCase()] = value;
  }
  return out;
}

/** The claims request a decoded challenge carries, if it is a JSON object; else null. */
function claimsJson(base64: string | undefined): string | null {
  if (!base64) return null;
  try {
    const text = base64Text(base64.trim());
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? text : null;
  } catch {
    return null;
  }
}

/** The JSON claims request of a Bearer insufficient_claims challenge in a WWW-Authenticate header. */
export function claimsFromHeader(header: string | null): string | null {
  if (!header) return null;
  for (const c of parseChallenges(header)) {
    if (c.scheme.toLowerCase() !== "bearer" || c.params.error !== "insufficient_claims") continue;
    const claims = claimsJson(c.params.claims);
    if (claims) return claims;
  }
  return null;
}

/**
 * The claims request of a 401: from WWW-Authenticate, else from the problem body's `claims` (a
 * cross-origin caller, such as the event handlers' runtime, may not be allowed to read the header).
 */
export function claimsChallenge(header: string | null, body: unknown): string | null {
  const fromHeader = claimsFromHeader(header);
  if (fromHeader) return fromHeader;
  const claims = body && typeof body === "object" ? (body as { claims?: unknown }).claims : null;
  return typeof claims === "string" ? claimsJson(claims) : null;
}
