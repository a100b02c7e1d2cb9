// Where Outlook has no nested app authentication: the pane signs in through our page in an Office
// dialog (hand-written Office fake), never loads MSAL itself, and words every dialog failure.

import { describe, expect, it } from "vitest";
import { dialogMessage, parseDialogMessage } from "../src/auth/dialog";
import { paneSession } from "../src/auth/pane-session";
import { SignInError } from "../src/auth/problems";
import { officeSignInHost } from "../src/office/signin";
import { createApi } from "../src/api/client";
import { fakeServer } from "./outlook-mock";
import { NOW, accessToken, outlookBroker } from "./outlook-broker-fake";
import { ORIGIN, signInOffice, type DialogScript } from "./office-signin-fake";

const ENTRA = {
  mode: "entra",
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: ["api://intros/access_as_user"],
};
const tokenFor = (username: string) =>
  dialogMessage({
    kind: "token",
    accessToken: accessToken(username),
    expiresOn: new Date(NOW + 3_600_000).toISOString(),
  });

function world(...dialogs: DialogScript[]) {
  const office = signInOffice({ nestedAppAuth: false, dialogs });
  const broker = outlookBroker();
  const server = fakeServer((call) =>
    call.url === "/addin/config.json" ? { json: ENTRA } : { json: [] }
  );
  const session = paneSession({
    host: officeSignInHost(office.office),
    origin: ORIGIN,
    fetch: server.fetch,
    createNaaClient: broker.create,
    now: () => NOW,
  });
  const api = createApi({ fetch: server.fetch, getToken: session.token });
  const apiCalls = () => server.calls.filter((c) => c.url.startsWith("/api/"));
  return { office, broker, session, api, apiCalls };
}

async function signInFailure(w: ReturnType<typeof world>): Promise<SignInError> {
  const e = await w.session.signIn().then(
    () => null,
    (x: unknown) => x
  );
  expect(e).toBeInstanceOf(SignInError);
  return e as SignInError;
}

describe("signing in through the Office dialog", () => {
  it("asks the connector to sign in rather than opening a dialog nobody clicked for", async () => {
    const w = world();
    const e = await w.api.listIntros().then(
      () => null,
      (x: unknown) => x
    );
    expect(e).toBeInstanceOf(SignInError);
    expect((e as SignInError).kind).toBe("signInRequired");
    expect(w.office.state.opened).toEqual([]);
    expect(w.apiCalls()).toEqual([]);
    expect(w.broker.configs).toEqual([]);
  });

  it("opens our dialog page for the mailbox's user and carries the token it returns", async () => {
    const w = world({ messages: [{ message: tokenFor("alex.demo@contoso.example") }] });
    await w.session.signIn();
    await w.api.listIntros();
    expect(w.office.state.opened).toEqual([
      `${ORIGIN}/auth-dialog.html?hint=alex.demo%40contoso.example`,
    ]);
    expect(w.office.state.closed).toBe(1);
    expect(w.apiCalls()[0]?.headers.authorization).toBe(
      `Bearer ${accessToken("alex.demo@contoso.example")}`
    );
    expect(w.session.signedInAs).toBe("alex.demo@contoso.example");
  });

  it("ignores a message from another origin than our page", async () => {
    const w = world({
      messages: [
        { message: tokenFor("alex.demo@contoso.example"), origin: "https://evil.example" },
      ],
      thenEvent: 12006,
    });
    expect((await signInFailure(w)).kind).toBe("cancelled");
    expect(w.session.signedInAs).toBeNull();
  });

  it("refuses a token the dialog returns for another account", async () => {
    const w = world({ messages: [{ message: tokenFor("sam@fabrikam.example") }] });
    const e = await signInFailure(w);
    expect(e.kind).toBe("wrongAccount");
    await expect(w.api.listIntros()).rejects.toBeInstanceOf(SignInError);
    expect(w.apiCalls()).toEqual([]);
  });

  it("relays the problem the dialog page reports", async () => {
    const w = world({
      messages: [{ message: dialogMessage({ kind: "error", problem: "offline", detail: "" }) }],
    });
    const e = await signInFailure(w);
    expect(e.kind).toBe("offline");
    expect(e.message).toMatch(/connection/);
  });

  it.each([
    [{ event: 12006 }, "cancelled", /cancelled/],
    [{ openFails: 12007 }, "inProgress", /already open/],
    [{ openFails: 12009 }, "blocked", /Choose Allow/],
    [{ openFails: 12011 }, "blocked", /blocked the sign-in window/],
    [{ openFails: 12004 }, "failed", /trusted https address \(12004\)/],
    [{ event: 12002 }, "failed", /could not be found/],
  ] as const)("words dialog outcome %j as %s", async (script, kind, message) => {
    const w = world(script);
    const e = await signInFailure(w);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
  });

  it("treats an unexpected answer from the dialog as a failed sign-in", () => {
    expect(parseDialogMessage("<html>")).toMatchObject({ kind: "error", problem: "failed" });
    expect(
      parseDialogMessage(JSON.stringify({ kind: "error", problem: "takeOver" }))
    ).toMatchObject({ problem: "failed" });
    expect(parseDialogMessage(JSON.stringify({ kind: "token", accessToken: "" }))).toMatchObject({
      kind: "error",
    });
  });
});
