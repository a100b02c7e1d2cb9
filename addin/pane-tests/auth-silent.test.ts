// What event handlers get: a token without anything shown, or the word to show the sign-in
// notification; never a sign-in window.

import { describe, expect, it } from "vitest";
import {
  SIGN_IN_NOTICE_KEY,
  SIGN_IN_NOTICE_PLAIN,
  signInNotice,
  silentToken,
} from "../src/auth/silent";
import { naaBroker } from "../src/auth/naa";
import { SignInError } from "../src/auth/problems";
import { fakeServer } from "./outlook-mock";
import { accessToken, outlookBroker, type BrokerState } from "./outlook-broker-fake";
import { ORIGIN, signInOffice, type SignInOfficeState } from "./office-signin-fake";

const ENTRA = {
  mode: "entra",
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: ["api://intros/access_as_user"],
};

function run(
  opts: {
    config?: unknown;
    broker?: Partial<BrokerState>;
    office?: Partial<SignInOfficeState>;
    unreachable?: boolean;
    claims?: string;
    /** false: no page to load MSAL into; "fails": its script does not load. */
    msal?: false | "fails";
  } = {}
) {
  const broker = outlookBroker(opts.broker);
  const office = signInOffice(opts.office);
  const server = fakeServer((call) =>
    opts.unreachable
      ? new TypeError("fetch failed")
      : call.url === `${ORIGIN}/addin/config.json`
        ? { json: opts.config ?? ENTRA }
        : { status: 404 }
  );
  const result = silentToken({
    office: office.office,
    origin: ORIGIN,
    fetch: server.fetch,
    ...(opts.msal === false
      ? {}
      : {
          broker: async (...args: Parameters<typeof naaBroker>) => {
            if (opts.msal === "fails") throw new SignInError("offline", "No script.");
            return naaBroker(args[0], args[1], args[2], broker.create);
          },
        }),
    ...(opts.claims === undefined ? {} : { claims: opts.claims }),
  });
  return { broker, office, server, result };
}

describe("a token for event handlers", () => {
  it("asks silently with a claims challenge's claims, and never opens a window for them", async () => {
    const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    const met = run({ claims, broker: { claimsMetSilently: true } });
    const token = await met.result;
    expect(token.kind).toBe("token");
    expect(met.broker.claims).toContain(claims);
    expect(met.broker.calls).not.toContain("acquireTokenPopup");

    const unmet = run({ claims });
    expect((await unmet.result).kind).toBe("signIn");
    expect(unmet.broker.calls).not.toContain("acquireTokenPopup");
  });

  it("is a token when Outlook can broker one silently", async () => {
    const r = run();
    expect(await r.result).toEqual({
      kind: "token",
      token: accessToken("alex.demo@contoso.example", undefined, 60, 1),
    });
    expect(r.broker.calls).toEqual(["ssoSilent"]);
  });

  it("is none in sandbox mode, where the API takes calls without a token", async () => {
    const r = run({ config: { mode: "sandbox" } });
    expect(await r.result).toEqual({ kind: "none" });
    expect(r.broker.configs).toEqual([]);
  });

  it("asks for the sign-in notification, without a window, when Outlook needs the connector", async () => {
    const r = run({ broker: { silentWorks: false } });
    expect(await r.result).toMatchObject({ kind: "signIn" });
    expect(r.broker.calls).toEqual(["ssoSilent"]);
  });

  it("asks for the sign-in notification where only the task pane's dialog can sign in", async () => {
    const r = run({ office: { nestedAppAuth: false } });
    expect(await r.result).toMatchObject({ kind: "signIn" });
    expect(r.broker.configs).toEqual([]);
    expect(r.office.state.opened).toEqual([]);
  });

  it("never returns a token for another account than the mailbox's user", async () => {
    const r = run({ broker: { username: "sam@fabrikam.example" } });
    expect(await r.result).toEqual({
      kind: "signIn",
      reason: expect.stringContaining("signed in as sam@fabrikam.example"),
    });
  });

  it("is unavailable, not a sign-in, when the server cannot be reached", async () => {
    expect(await run({ unreachable: true }).result).toMatchObject({ kind: "unavailable" });
  });

  it("is unavailable, not a sign-in, where MSAL cannot run or its script does not load", async () => {
    const noPage = run({ msal: false });
    expect(await noPage.result).toMatchObject({ kind: "unavailable" });
    expect(noPage.office.state.opened).toEqual([]);
    expect(await run({ msal: "fails" }).result).toMatchObject({ kind: "unavailable" });
  });

  it("is still none in sandbox mode where MSAL cannot run", async () => {
    expect(await run({ config: { mode: "sandbox" }, msal: false }).result).toEqual({
      kind: "none",
    });
  });
});

describe("the sign-in notification", () => {
  it("is an insight message whose button opens the task pane", () => {
    const notice = signInNotice("openPaneButton");
    expect(notice.type).toBe("insightMessage");
    expect(notice.message.length).toBeLessThanOrEqual(150);
    expect(notice.actions).toEqual([
      {
        actionType: "showTaskPane",
        actionText: "Sign in",
        commandId: "openPaneButton",
        contextData: '{"open":"signIn"}',
      },
    ]);
    expect(SIGN_IN_NOTICE_PLAIN.message.length).toBeLessThanOrEqual(150);
    expect(SIGN_IN_NOTICE_KEY.length).toBeLessThanOrEqual(32);
  });
});
