// Conditional access through the fetch wrapper: our API answers 401 with Entra ID's claims challenge,
// and the add-in asks for a token with exactly those claims (silently if it can, else in a window),
// then tries once more. Outlook's broker and Office are hand-written fakes; what is checked is what
// the server receives and what MSAL is asked for.

import { describe, expect, it } from "vitest";
import { dialogMessage, readDialogRequest } from "../src/auth/dialog";
import { paneSession } from "../src/auth/pane-session";
import { SignInError } from "../src/auth/problems";
import { officeSignInHost } from "../src/office/signin";
import { ApiProblem, createApi } from "../src/api/client";
import type { CreateIntroRequest } from "../src/core";
import { fakeServer, type FakeCall } from "./outlook-mock";
import { NOW, accessToken, outlookBroker, type BrokerState } from "./outlook-broker-fake";
import { ORIGIN, signInOffice, type DialogScript } from "./office-signin-fake";

const ENTRA = {
  mode: "entra",
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: ["api://intros/access_as_user"],
};
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const BASE64 = Buffer.from(CLAIMS).toString("base64");
const CHALLENGE = `Bearer error="insufficient_claims", error_description="Your organization's policy needs you to sign in again.", claims="${BASE64}"`;
const PROBLEM = {
  title: "Your organization's policy needs you to sign in again",
  detail:
    "Microsoft Entra ID asks for a sign-in that meets your organization's conditional access policy.",
  claims: BASE64,
};
const INTRO: CreateIntroRequest = {
  parties: [],
  reason: "",
  requests: [],
  finalIntro: "send",
  language: "en",
};

const payload = (c: FakeCall | undefined) => {
  const token = c?.headers.authorization?.replace(/^Bearer /, "") ?? "";
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as {
    serial: number;
    acrs?: string[];
  };
};
const metContext = (c: FakeCall) => payload(c).acrs?.includes("c1") ?? false;

/** Our API as it is behind conditional access: a token without the authentication context is challenged. */
function conditionalAccess(how: { header?: boolean; always?: boolean } = {}) {
  return (c: FakeCall) =>
    !how.always && metContext(c)
      ? { json: { id: "i1" } }
      : {
          status: 401,
          json: PROBLEM,
          ...(how.header === false ? {} : { headers: { "www-authenticate": CHALLENGE } }),
        };
}

function world(
  api: (c: FakeCall) => { status?: number; json?: unknown; headers?: Record<string, string> },
  opts: { broker?: Partial<BrokerState>; nestedAppAuth?: boolean; dialogs?: DialogScript[] } = {}
) {
  const broker = outlookBroker(opts.broker);
  const office = signInOffice({
    nestedAppAuth: opts.nestedAppAuth ?? true,
    dialogs: opts.dialogs ?? [],
  });
  const server = fakeServer((c) => (c.url === "/addin/config.json" ? { json: ENTRA } : api(c)));
  const session = paneSession({
    host: officeSignInHost(office.office),
    origin: ORIGIN,
    fetch: server.fetch,
    createNaaClient: broker.create,
    now: () => NOW,
  });
  const client = createApi({ fetch: server.fetch, getToken: session.token });
  const apiCalls = () => server.calls.filter((c) => c.url.startsWith("/api/"));
  return { broker, office, session, api: client, apiCalls };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e
  );

describe("a claims challenge from our API", () => {
  it("is met in Outlook's sign-in window with exactly the claims asked for, and the create is sent once more", async () => {
    const w = world(conditionalAccess());
    await w.api.createIntro(INTRO, "key-1");
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)", "popup"]);
    expect(w.broker.claims).toEqual([undefined, CLAIMS, CLAIMS]);
    const calls = w.apiCalls();
    expect(calls.map(metContext)).toEqual([false, true]);
    expect(calls.map((c) => c.headers["idempotency-key"])).toEqual(["key-1", "key-1"]);
  });

  it("needs no window when Outlook can meet the claims silently", async () => {
    const w = world(conditionalAccess(), { broker: { claimsMetSilently: true } });
    await w.api.createIntro(INTRO, "key-1");
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)"]);
    expect(w.broker.claims).toEqual([undefined, CLAIMS]);
    expect(w.apiCalls().map(metContext)).toEqual([false, true]);
  });

  it("is read from the problem body when the header cannot be read", async () => {
    const w = world(conditionalAccess({ header: false }));
    await w.api.createIntro(INTRO, "key-1");
    expect(w.broker.claims).toEqual([undefined, CLAIMS, CLAIMS]);
    expect(w.apiCalls().map(metContext)).toEqual([false, true]);
  });

  it("is answered once: a second challenge ends in the server's problem, not another sign-in", async () => {
    const w = world(conditionalAccess({ always: true }));
    const e = await rejection(w.api.createIntro(INTRO, "key-1"));
    expect(e).toBeInstanceOf(ApiProblem);
    expect((e as ApiProblem).status).toBe(401);
    expect((e as ApiProblem).detail).toBe(PROBLEM.detail);
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)", "popup"]);
    expect(w.apiCalls()).toHaveLength(2);
  });

  it("keeps the cached token's claims once met, so the next call is not challenged again", async () => {
    const w = world(conditionalAccess());
    await w.api.createIntro(INTRO, "key-1");
    await w.api.createIntro(INTRO, "key-2");
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)", "popup"]);
    expect(w.apiCalls().map(metContext)).toEqual([false, true, true]);
  });

  it("waits for the connector's click where sign-in is an Office dialog, and sends the claims to the dialog page", async () => {
    const met = dialogMessage({
      kind: "token",
      accessToken: accessToken("alex.demo@contoso.example", undefined, 60, 7, "c1"),
      expiresOn: new Date(NOW + 3_600_000).toISOString(),
    });
    const w = world(conditionalAccess(), {
      nestedAppAuth: false,
      dialogs: [
        {
          messages: [
            {
              message: dialogMessage({
                kind: "token",
                accessToken: accessToken("alex.demo@contoso.example"),
                expiresOn: null,
              }),
            },
          ],
        },
        { messages: [{ message: met }] },
      ],
    });
    await w.session.signIn();
    const e = await rejection(w.api.createIntro(INTRO, "key-1"));
    expect(e).toBeInstanceOf(SignInError);
    expect((e as SignInError).kind).toBe("signInRequired");
    expect((e as SignInError).message).toMatch(/sign in again/);
    expect(w.office.state.opened).toHaveLength(1);

    await w.session.signIn();
    const opened = new URL(w.office.state.opened[1] ?? "");
    expect(readDialogRequest(opened.search)).toEqual({
      hint: "alex.demo@contoso.example",
      claims: CLAIMS,
    });
    await w.api.createIntro(INTRO, "key-1");
    expect(w.apiCalls().map(metContext)).toEqual([false, true]);
  });

  it("declares the add-in able to handle claims challenges (cp1) to MSAL", async () => {
    const w = world(() => ({ json: [] }));
    await w.api.listIntros();
    expect(w.broker.configs).toEqual([
      expect.objectContaining({ auth: expect.objectContaining({ clientCapabilities: ["cp1"] }) }),
    ]);
  });
});
