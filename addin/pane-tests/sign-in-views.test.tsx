// @vitest-environment happy-dom
// Signing in as the connector sees it, in a DOM: the whole pane on Office (mocks), the fake server
// and the fake Outlook broker. An intro whose mail is held says so in plain words with a Sign in
// button; a failed sign-in leaves the pane signed out with everything typed still there.

import { render } from "preact";
import { describe, expect, it } from "vitest";
import { paneSession } from "../src/auth/pane-session";
import { officeSignInHost } from "../src/office/signin";
import { createApi, type IntroResource } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { App } from "../src/taskpane/ui/app";
import { NOW, outlookBroker, type BrokerState } from "./outlook-broker-fake";
import { fakeServer, outlookMock, person, settle, type FakeCall } from "./outlook-mock";
import { ORIGIN, signInOffice } from "./office-signin-fake";

const ENTRA = {
  mode: "entra",
  clientId: "client-1",
  authority: "https://login.microsoftonline.com/organizations",
  scopes: ["api://intros/access_as_user"],
};

function held(needsSignIn: boolean): IntroResource {
  return {
    id: "i1",
    state: "requested",
    createdAt: "2026-11-25T17:00:00Z",
    reason: "",
    finalIntro: "send",
    language: "en",
    introducedAt: null,
    finalDraftId: null,
    events: [],
    needsSignIn,
    parties: ["Juan Perez", "Sue Lee"].map((name, i) => ({
      id: `p${i}`,
      name,
      email: `p${i}@example.com`,
      about: "",
      alreadyAgreed: false,
      answer: "pending" as const,
      notNowUntil: null,
      requestedAt: null,
      followedUpAt: null,
      answeredAt: null,
    })),
  };
}

async function mount(
  broker: Partial<BrokerState>,
  lists: IntroResource[][],
  onPost: (call: FakeCall) => { status?: number; json?: unknown } = () => ({
    status: 201,
    json: held(false),
  })
) {
  const outlook = outlookMock({
    to: [person("Juan Perez", "juan@example.com")],
    cc: [person("Sue Lee", "sue@example.org")],
    subject: "Intro: Juan <> Sue",
    body: "Hi Juan and Sue,\n\nI'd like to introduce you two. You are both deep into fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nAlex",
  });
  const outlookBrokerFake = outlookBroker(broker);
  let gets = 0;
  const server = fakeServer((call) => {
    if (call.url === "/addin/config.json") return { json: ENTRA };
    if (call.url === "/api/status") return { json: { mailOnHold: null } };
    if (call.url === "/api/intros/record")
      return { json: { made: 1, bothSaidYes: 0, connected: 0, since: null } };
    if (call.method === "POST") return onPost(call);
    return { json: lists[Math.min(gets++, lists.length - 1)] };
  });
  const session = paneSession({
    host: officeSignInHost(signInOffice().office),
    origin: ORIGIN,
    fetch: server.fetch,
    createNaaClient: outlookBrokerFake.create,
    now: () => NOW,
  });
  const controller = new PaneController(
    outlook.host,
    createApi({ fetch: server.fetch, getToken: session.token }),
    session
  );
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  const click = async (el: Element | null | undefined) => {
    expect(el, "element to click").toBeTruthy();
    (el as HTMLElement).click();
    await settle();
    await settle();
  };
  return { root, controller, server, broker: outlookBrokerFake, click };
}

describe("signing in, in the pane", () => {
  it("says an intro waits for the connector to sign in again, and Sign in reloads the list", async () => {
    const { root, server, broker, click } = await mount({}, [[held(true)], [held(false)]]);
    const note = root.querySelector('[data-testid="intro"] [data-testid="needs-sign-in"]');
    expect(note?.textContent).toContain("Waiting for you to sign in again — nothing is lost");
    const button = note?.querySelector('[data-testid="sign-in"]');
    expect(button?.getAttribute("aria-label")).toBe(
      "Sign in to send this introduction's waiting mail"
    );

    await click(button);
    expect(broker.calls).toEqual(["ssoSilent", "popup"]);
    const gets = server.calls.filter((c) => c.url.startsWith("/api/intros?"));
    expect(gets).toHaveLength(2);
    // The list is asked for again with the token from the sign-in window: the server resumes on that call.
    expect(gets[1]?.headers.authorization).not.toBe(gets[0]?.headers.authorization);
    expect(root.querySelector('[data-testid="needs-sign-in"]')).toBeNull();
    expect(root.querySelector('[data-testid="intro"]')).not.toBeNull();
  });

  it("keeps what was typed while signed out, and sends it once signed in", async () => {
    const { root, controller, server, broker, click } = await mount(
      { silentWorks: false, windows: ["cancel", "blocked"] },
      [[]]
    );
    // Opening the pane asked once; the connector cancelled.
    const bar = () => root.querySelector('[data-testid="sign-in-bar"]');
    expect(bar()?.textContent).toContain("Sign-in was cancelled");
    expect(root.querySelector('[role="alert"]')).toBeNull();

    controller.startConvert();
    controller.editParty(0, { about: "runs the data platform at Contoso" });
    await controller.send();
    await settle();
    // No second window the connector did not ask for.
    expect(broker.calls.filter((c) => c === "popup")).toHaveLength(1);
    expect(bar()?.textContent).toContain("Sign in to send requests");
    expect(controller.current.draft).toMatchObject({
      kind: "convert",
      sending: false,
      problem: { title: "Not sent yet: sign in first" },
    });
    expect(server.calls.filter((c) => c.method === "POST")).toEqual([]);

    await click(bar()?.querySelector('[data-testid="sign-in"]'));
    expect(bar()?.textContent).toContain("Allow pop-ups");
    await click(bar()?.querySelector('[data-testid="sign-in"]'));
    expect(bar()).toBeNull();
    const draft = controller.current.draft;
    expect(draft.kind === "convert" && draft.form.parties[0]?.about).toBe(
      "runs the data platform at Contoso"
    );
    await controller.send();
    const post = server.calls.find((c) => c.method === "POST");
    expect(post?.headers.authorization).toMatch(/^Bearer /);
    expect(post?.body).toMatchObject({
      parties: [{ about: "runs the data platform at Contoso" }, {}],
    });
  });

  it("shows no sign-in while Outlook brokers the token silently", async () => {
    const { root, controller, broker } = await mount({}, [[held(false)]]);
    expect(broker.calls).toEqual(["ssoSilent"]);
    expect(controller.current.signIn.needed).toBe(false);
    expect(root.querySelector('[data-testid="sign-in"]')).toBeNull();
  });
});
