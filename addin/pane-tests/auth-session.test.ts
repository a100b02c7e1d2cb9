// The pane's sign-in through the fetch wrapper: the server's settings, Office (hand-written fake),
// and Outlook's NAA broker seen through MSAL's client (hand-written fake). What is checked is what
// the server receives, and what the connector is told.

import { describe, expect, it } from "vitest";
import { paneSession } from "../src/auth/pane-session";
import { SignInError } from "../src/auth/problems";
import { officeSignInHost } from "../src/office/signin";
import { ApiProblem, createApi } from "../src/api/client";
import { fakeServer, type FakeCall } from "./outlook-mock";
import { NOW, TENANT, outlookBroker, type BrokerState } from "./outlook-broker-fake";
import { ORIGIN, signInOffice, type SignInOfficeState } from "./office-signin-fake";

const ENTRA = {
  mode: "entra",
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: ["api://intros/access_as_user"],
};

type Reply = { status?: number; json?: unknown };

function world(
  opts: {
    config?: unknown;
    broker?: Partial<BrokerState>;
    office?: Partial<SignInOfficeState>;
    api?: (call: FakeCall, n: number) => Reply;
  } = {}
) {
  const broker = outlookBroker(opts.broker);
  const office = signInOffice(opts.office);
  let apiCalls = 0;
  const server = fakeServer((call) =>
    call.url === "/addin/config.json"
      ? { json: opts.config ?? ENTRA }
      : (opts.api?.(call, ++apiCalls) ?? { json: [] })
  );
  const session = paneSession({
    host: officeSignInHost(office.office),
    origin: ORIGIN,
    fetch: server.fetch,
    createNaaClient: broker.create,
    now: () => NOW,
  });
  const api = createApi({ fetch: server.fetch, getToken: session.token });
  const apiCallsMade = () => server.calls.filter((c) => c.url.startsWith("/api/"));
  const bearer = (c: FakeCall | undefined) =>
    c?.headers.authorization?.replace(/^Bearer /, "") ?? null;
  const who = (c: FakeCall | undefined) => {
    const token = bearer(c);
    return token
      ? (JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as {
          preferred_username: string;
          serial: number;
        })
      : null;
  };
  return { broker, office, server, session, api, apiCallsMade, who };
}

async function failure(promise: Promise<unknown>): Promise<SignInError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x
  );
  expect(e).toBeInstanceOf(SignInError);
  return e as SignInError;
}

describe("signing in from the task pane", () => {
  it("sends no token in sandbox mode and never creates an MSAL client", async () => {
    const w = world({ config: { mode: "sandbox" } });
    await w.api.listIntros();
    await w.api.listIntros();
    expect(w.apiCallsMade().map((c) => c.headers.authorization)).toEqual([undefined, undefined]);
    expect(w.broker.configs).toEqual([]);
    expect(w.broker.calls).toEqual([]);
  });

  it("carries a silently brokered token on every call, asking Outlook once while it stays fresh", async () => {
    const w = world();
    await w.api.listIntros();
    await w.api.listIntros();
    expect(w.apiCallsMade().map((c) => w.who(c)?.preferred_username)).toEqual([
      "alex.demo@contoso.example",
      "alex.demo@contoso.example",
    ]);
    expect(w.broker.calls).toEqual(["ssoSilent"]);
    expect(w.broker.configs).toEqual([
      {
        auth: {
          clientId: "client-1",
          authority: ENTRA.authority,
          redirectUri: `${ORIGIN}/auth-redirect.html`,
          clientCapabilities: ["cp1"],
        },
      },
    ]);
  });

  it("renews a token that expires within five minutes before using it", async () => {
    const w = world({ broker: { lifetime: 4 } });
    await w.api.listIntros();
    await w.api.listIntros();
    expect(w.broker.calls).toEqual(["ssoSilent", "silent"]);
    expect(w.apiCallsMade().map((c) => w.who(c)?.serial)).toEqual([1, 2]);
  });

  it("opens Outlook's sign-in window when the silent attempt needs interaction", async () => {
    const w = world({ broker: { silentWorks: false } });
    await w.api.listIntros();
    expect(w.broker.calls).toEqual(["ssoSilent", "popup"]);
    expect(w.who(w.apiCallsMade()[0])?.preferred_username).toBe("alex.demo@contoso.example");
  });

  it("opens one sign-in window for calls made at the same time", async () => {
    const w = world({ broker: { silentWorks: false } });
    await Promise.all([w.api.listIntros(), w.api.listIntros(), w.api.cancelIntro("i1")]);
    expect(w.broker.calls).toEqual(["ssoSilent", "popup"]);
    expect(w.apiCallsMade()).toHaveLength(3);
  });

  it("stops with a clear message and calls nothing when the connector cancels the sign-in window", async () => {
    const w = world({ broker: { silentWorks: false, windows: ["cancel"] } });
    const e = await failure(
      w.api.createIntro(
        {
          parties: [],
          reason: "",
          requests: [],
          finalIntro: "send",
          language: "en",
        },
        "key-1"
      )
    );
    expect(e.kind).toBe("cancelled");
    expect(e.message).toMatch(/cancelled.*Nothing was sent/);
    expect(w.apiCallsMade()).toEqual([]);
  });

  it("says to allow pop-ups when the sign-in window is blocked, and opens another only when the connector asks", async () => {
    const w = world({ broker: { silentWorks: false, windows: ["blocked"] } });
    expect((await failure(w.api.listIntros())).kind).toBe("blocked");
    expect((await failure(w.api.listIntros())).kind).toBe("signInRequired");
    expect(w.broker.calls).toEqual(["ssoSilent", "popup", "ssoSilent"]);
    await w.session.signIn();
    await w.api.listIntros();
    expect(w.broker.calls).toEqual(["ssoSilent", "popup", "ssoSilent", "popup"]);
    expect(w.apiCallsMade()).toHaveLength(1);
  });

  it("never sends a token for another account than the mailbox's user", async () => {
    const w = world({
      broker: { silentWorks: false, windows: [{ signInAs: "sam@fabrikam.example" }] },
    });
    const e = await failure(w.api.listIntros());
    expect(e.kind).toBe("wrongAccount");
    expect(e.message).toBe(
      "You are signed in as sam@fabrikam.example, but this mailbox belongs to alex.demo@contoso.example. Sign in as alex.demo@contoso.example to continue; nothing was sent."
    );
    expect(w.apiCallsMade()).toEqual([]);
  });

  it("refuses the same name from another tenant than the one Office names", async () => {
    const w = world({
      broker: { tenant: "00000000-0000-4000-8000-0000000fab00" },
      office: { context: { userPrincipalName: "alex.demo@contoso.example", tenantId: TENANT } },
    });
    expect((await failure(w.api.listIntros())).message).toContain("(another organization)");
    expect(w.apiCallsMade()).toEqual([]);
  });

  it("accepts the user principal name Office reports when it differs from the mailbox address", async () => {
    const w = world({
      broker: { username: "alex@contoso.onmicrosoft.example" },
      office: {
        address: "alex.demo@contoso.example",
        context: { userPrincipalName: "alex@contoso.onmicrosoft.example", tenantId: TENANT },
      },
    });
    await w.api.listIntros();
    expect(w.who(w.apiCallsMade()[0])?.preferred_username).toBe("alex@contoso.onmicrosoft.example");
  });

  it("answers a 401 with one retry on a renewed token", async () => {
    const w = world({
      api: (_c, n) => (n === 1 ? { status: 401, json: { title: "Unauthorized" } } : { json: [] }),
    });
    await w.api.listIntros();
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)"]);
    expect(w.apiCallsMade().map((c) => w.who(c)?.serial)).toEqual([1, 2]);
  });

  it("signs in after a renewed token is refused too, and then gives up with the server's problem", async () => {
    const w = world({
      api: () => ({
        status: 401,
        json: { title: "Unauthorized", detail: "The token's audience is not this API." },
      }),
    });
    const e = await w.api.listIntros().then(
      () => null,
      (x: unknown) => x
    );
    expect(e).toBeInstanceOf(ApiProblem);
    expect((e as ApiProblem).status).toBe(401);
    expect(w.broker.calls).toEqual(["ssoSilent", "silent(forceRefresh)", "popup"]);
    expect(w.apiCallsMade().map((c) => w.who(c)?.serial)).toEqual([1, 2, 3]);
  });
});
