// The pure parts of signing in: the server's settings, the token's account, the flow to use and
// the claims challenge our API answers with when conditional access needs more.

import { describe, expect, it } from "vitest";
import { claimsChallenge, claimsFromHeader, parseChallenges } from "../src/auth/challenge";
import { accountMismatch, readClaims } from "../src/auth/claims";
import { parseAuthConfig } from "../src/auth/config";
import { chooseFlow } from "../src/auth/problems";

const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const BASE64 = Buffer.from(CLAIMS).toString("base64");
const CHALLENGE = `Bearer error="insufficient_claims", error_description="Your organization's policy needs you to sign in again.", claims="${BASE64}"`;
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;

describe("the server's sign-in settings", () => {
  it("accept sandbox mode and a complete Entra ID configuration", () => {
    expect(parseAuthConfig({ mode: "sandbox" })).toEqual({ mode: "sandbox" });
    const entra = {
      mode: "entra",
      clientId: "c",
      authority: "https://login.microsoftonline.com/organizations",
      scopes: ["api://c/access_as_user"],
    };
    expect(parseAuthConfig(entra)).toEqual(entra);
  });

  it.each([
    [{}, /no known mode/],
    [
      {
        mode: "entra",
        clientId: "c",
        authority: "https://login.microsoftonline.com/organizations",
        scopes: [],
      },
      /no scopes/,
    ],
    [
      {
        mode: "entra",
        clientId: "",
        authority: "https://login.microsoftonline.com/organizations",
        scopes: ["s"],
      },
      /no clientId/,
    ],
    [
      {
        mode: "entra",
        clientId: "c",
        authority: "http://login.example/organizations",
        scopes: ["s"],
      },
      /not an https address/,
    ],
  ])("refuse %j rather than guess", (value, message) => {
    expect(() => parseAuthConfig(value)).toThrow(message);
  });
});

describe("the token's account", () => {
  it("is read from preferred_username, else upn, with the tenant and expiry", () => {
    expect(
      readClaims(jwt({ preferred_username: "Zoë@contoso.example", tid: "t1", exp: 1_800_000_000 }))
    ).toEqual({
      username: "Zoë@contoso.example",
      tenantId: "t1",
      expiresAt: 1_800_000_000_000,
    });
    expect(readClaims(jwt({ upn: "zoe@contoso.example" })).username).toBe("zoe@contoso.example");
    expect(() => readClaims(jwt({ tid: "t1" }))).toThrow(/names no account/);
    expect(() => readClaims("not a token")).toThrow(/names no account/);
  });

  it("matches the mailbox's user by address or UPN, whatever the case, in the same tenant", () => {
    const user = {
      address: "Alex.Demo@contoso.example",
      upn: "alex@contoso.onmicrosoft.example",
      tenantId: "t1",
    };
    expect(
      accountMismatch(
        { username: "alex.demo@CONTOSO.example", tenantId: "t1", expiresAt: null },
        user
      )
    ).toBeNull();
    expect(
      accountMismatch(
        { username: "alex@contoso.onmicrosoft.example", tenantId: null, expiresAt: null },
        user
      )
    ).toBeNull();
    expect(
      accountMismatch(
        { username: "alex.demo@contoso.example", tenantId: "t2", expiresAt: null },
        user
      )
    ).toMatch(/another organization/);
    expect(
      accountMismatch({ username: "sam@contoso.example", tenantId: "t1", expiresAt: null }, user)
    ).toMatch(/^You are signed in as sam@contoso.example/);
  });
});

describe("the flow", () => {
  it("is none in sandbox mode, NAA where NestedAppAuth 1.1 is supported, the dialog elsewhere", () => {
    expect(chooseFlow("sandbox", true)).toBe("none");
    expect(chooseFlow("entra", true)).toBe("naa");
    expect(chooseFlow("entra", false)).toBe("dialog");
  });
});

describe("reading a claims challenge", () => {
  it("takes the claims of Entra ID's Bearer challenge, among other parameters", () => {
    expect(claimsFromHeader(CHALLENGE)).toBe(CLAIMS);
    expect(
      claimsFromHeader(
        `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${BASE64}"`
      )
    ).toBe(CLAIMS);
  });

  it("reads quoted values with commas, escaped quotes and equals signs intact", () => {
    expect(
      parseChallenges(
        'Basic realm="a, b", Bearer error_description="say \\"again\\", please", claims="ab==" , error=insufficient_claims'
      )
    ).toEqual([
      { scheme: "Basic", params: { realm: "a, b" } },
      {
        scheme: "Bearer",
        params: {
          error_description: 'say "again", please',
          claims: "ab==",
          error: "insufficient_claims",
        },
      },
    ]);
  });

  it("matches the scheme and parameter names in any case, and takes unquoted base64", () => {
    expect(claimsFromHeader(`bearer ERROR="insufficient_claims", Claims=${BASE64}`)).toBe(CLAIMS);
  });

  it("takes base64url claims as well as base64", () => {
    const utf8 = '{"access_token":{"acrs":{"essential":true,"value":"c1"}},"note":"ü?>"}';
    const url = Buffer.from(utf8).toString("base64url");
    expect(claimsFromHeader(`Bearer error="insufficient_claims", claims="${url}"`)).toBe(utf8);
  });

  it.each([
    ["no header", null],
    ["another error", `Bearer error="invalid_token", claims="${BASE64}"`],
    ["no claims", 'Bearer error="insufficient_claims", error_description="x"'],
    ["claims that are not base64", 'Bearer error="insufficient_claims", claims="{not base64}"'],
    [
      "claims that are not a JSON object",
      `Bearer error="insufficient_claims", claims="${Buffer.from("[1]").toString("base64")}"`,
    ],
    ["another scheme", `Basic error="insufficient_claims", claims="${BASE64}"`],
  ])("finds none with %s", (_name, header) => {
    expect(claimsFromHeader(header)).toBeNull();
  });

  it("reads an unterminated quoted value to the end of the header", () => {
    expect(claimsFromHeader(`Bearer error="insufficient_claims", claims="${BASE64}`)).toBe(CLAIMS);
  });

  it("falls back to the problem body's claims, and to none when neither has them", () => {
    expect(claimsChallenge(null, { title: "x", claims: BASE64 })).toBe(CLAIMS);
    expect(claimsChallenge('Bearer error="invalid_token"', { title: "x" })).toBeNull();
    expect(claimsChallenge(null, null)).toBeNull();
  });
});
