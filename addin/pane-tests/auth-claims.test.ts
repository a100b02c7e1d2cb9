// The pure parts of signing in: the server's settings, the token's account and the flow to use.

import { describe, expect, it } from "vitest";
import { accountMismatch, readClaims } from "../src/auth/claims";
import { parseAuthConfig } from "../src/auth/config";
import { chooseFlow } from "../src/auth/problems";

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
