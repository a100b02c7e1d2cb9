// End to end in headless Chromium on the sandbox compose page, against the real server: the task
// pane spots a hot-potato draft, converts it, the parties answer by link, the final intro goes out;
// a silent party is followed up once and then expires; a draft that is no intro gets no offer.
// Each step saves a screenshot under test-output/screenshots.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter, until } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
if (missing) console.warn(`Skipping the browser tests: ${missing}.`);

const CONNECTOR = "alex.demo@contoso.example";

describe.skipIf(missing !== null)("the sandbox compose page in Chromium", () => {
  const world = sandboxWorld();

  it("turns a hot-potato draft into a double opt-in intro that ends introduced", async () => {
    const shot = shooter("intro");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.typeDraft({
      to: "Juan Perez <juan@example.com>",
      cc: "Sue Lee <sue@example.org>",
      subject: "Intro: Juan <> Sue",
      body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models at Fabrikam. You are both deep into real-time fraud detection, so I think you'd enjoy comparing notes.\n\nJuan, meet Sue. Sue, meet Juan. I'll let you take it from here!\n\nBest,\nAlex",
    });
    await s.focusPane();
    const offer = s.pane.getByTestId("make-double-opt-in");
    await offer.waitFor();
    await expect(
      s.pane
        .getByRole("heading", { name: "This looks like an introduction of Juan Perez and Sue Lee" })
        .count()
    ).resolves.toBe(1);
    await shot(s.page, "spotted");
    await shot(s.page, "spotted-pane", ".pane-host");

    // By keyboard: the offer's button is a real button.
    await offer.focus();
    await offer.press("Enter");
    await s.pane.getByTestId("send-requests").waitFor();
    await expect(s.pane.getByTestId("party-0").textContent()).resolves.toContain(
      "juan@example.com"
    );
    await expect(s.pane.getByTestId("party-1").textContent()).resolves.toContain("sue@example.org");
    const firstRequest = await s.pane.locator("#body-0").inputValue();
    expect(firstRequest.length).toBeGreaterThan(80);
    // What Juan gains, drafted from the connector's words in his terms; the connector sharpens it.
    await expect(s.pane.locator("#why-0").inputValue()).resolves.toContain(
      "real-time fraud detection"
    );
    await s.pane
      .locator("#why-0")
      .fill("Sue built the fraud models your team is about to replace.");
    await shot(s.page, "convert-pane", ".pane-host");

    await s.pane.getByTestId("send-requests").click();
    await s.pane.getByTestId("sent").waitFor();
    // Sandbox mode: the pane read the server's sign-in settings, then neither loaded MSAL nor sent a token.
    expect(s.requests.some((r) => r.url.endsWith("/addin/config.json"))).toBe(true);
    expect(
      s.requests.filter((r) => /\/(naa-|auth-dialog|auth-redirect)/.test(r.url)).map((r) => r.url)
    ).toEqual([]);
    expect(
      s.requests.filter((r) => r.url.includes("/api/") && r.authorization).map((r) => r.url)
    ).toEqual([]);
    expect(s.requests.filter((r) => r.url.includes("/api/intros")).length).toBeGreaterThan(1);
    await s.page.getByTestId("compose-notice").first().waitFor();
    await shot(s.page, "sent");

    const [juanRequest] = await s.waitForInbox("juan@example.com", 1);
    const [sueRequest] = await s.waitForInbox("sue@example.org", 1);
    for (const [request, own, other] of [
      [juanRequest, "juan@example.com", "sue@example.org"],
      [sueRequest, "sue@example.org", "juan@example.com"],
    ] as const) {
      expect(request?.to.map((r) => r.address)).toEqual([own]);
      expect(request?.cc).toEqual([]);
      expect(request?.body).not.toContain(other);
    }
    await s.page.getByTestId("mail-refresh").click();
    await shot(s.page, "requests-in-inboxes");

    await s.pane.getByTestId("discard-draft").click();
    await s.page.getByTestId("compose-discarded").waitFor();
    await shot(s.page, "draft-discarded");

    const juanPage = await s.answerByLink(
      "juan@example.com",
      "introduction",
      "Yes, introduce us",
      "Sue built the fraud models your team is about to replace."
    );
    await juanPage.screenshot({
      path: `${(await shot(s.page, "juan-answered-mailboxes")).replace("juan-answered-mailboxes", "juan-consent-page")}`,
    });
    await s.answerByLink("sue@example.org", "introduction", "Yes, introduce us");

    const finalIntro = await until("the final intro in Juan's inbox", async () => {
      const box = await s.inbox("juan@example.com");
      return box.find((m) => m.to.length === 2) ?? null;
    });
    expect(finalIntro.to.map((r) => r.address).sort()).toEqual([
      "juan@example.com",
      "sue@example.org",
    ]);
    expect(finalIntro.replyTo.map((r) => r.address).sort()).toEqual([
      "juan@example.com",
      "sue@example.org",
    ]);
    const sent = (await s.mail()).find(
      (m) => m.mailbox === CONNECTOR && m.folder === "sentitems" && m.subject === finalIntro.subject
    );
    expect(sent?.bcc.map((r) => r.address)).toEqual([CONNECTOR]);
    expect((await s.inbox("sue@example.org")).some((m) => m.subject === finalIntro.subject)).toBe(
      true
    );

    await s.waitForIntroState("introduced");
    const card = s.pane.locator('[data-testid="intro"][data-state="introduced"]');
    await expect(card.getByTestId("intro-state").textContent()).resolves.toMatch(/^Introduced/);
    await expect(card.locator('[data-answer="yes"]').count()).resolves.toBe(2);
    await s.page.getByTestId("mail-refresh").click();
    await shot(s.page, "introduced");
    await shot(s.page, "introduced-pane", ".pane-host");
    await s.context.close();
  }, 180_000);

  it("follows up once with a silent party, then shows the intro expired", async () => {
    const shot = shooter("silent");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.typeDraft({
      to: "Maria Garcia <maria@example.com>; Tom Berg <tom@example.net>",
      cc: "",
      subject: "Maria, meet Tom",
      body: "Hi Maria and Tom,\n\nI want to introduce you to each other. Maria is building a climate analytics startup, and Tom invests in early-stage climate companies. I think you two should talk.\n\nMaria, meet Tom. Tom, meet Maria.\n\nCheers,\nAlex",
    });
    await s.focusPane();
    await s.pane.getByTestId("make-double-opt-in").click();
    // Maria asked for the intro, so she already agreed; only Tom gets a request.
    await s.pane.getByTestId("party-0").getByRole("checkbox").check();
    await shot(s.page, "maria-already-agreed", ".pane-host");
    await s.pane.getByTestId("send-requests").click();
    await s.pane.getByTestId("sent").waitFor();
    await expect(
      s.pane.getByRole("heading", { name: "Requests sent to Tom Berg" }).count()
    ).resolves.toBe(1);
    await s.waitForInbox("tom@example.net", 1);
    expect(await s.inbox("maria@example.com")).toEqual([]);
    await shot(s.page, "requested");

    await s.jumpBusinessDays(8);
    const afterFirstJump = await s.waitForInbox("tom@example.net", 2);
    expect(afterFirstJump).toHaveLength(2);
    await s.waitForIntroState("requested");
    await expect(
      s.pane.locator('[data-testid="intro-party"]').nth(1).textContent()
    ).resolves.toContain("followed up");
    await s.page.getByTestId("mail-refresh").click();
    await shot(s.page, "followed-up");

    await s.jumpBusinessDays(8);
    await s.waitForIntroState("expired");
    expect(await s.inbox("tom@example.net")).toHaveLength(2);
    expect(await s.inbox("maria@example.com")).toEqual([]);
    const [intro] = await s.intros();
    expect(intro?.state).toBe("expired");
    expect(intro?.parties.map((p) => p.answer)).toEqual(["yes", "expired"]);
    await shot(s.page, "expired");
    await shot(s.page, "expired-pane", ".pane-host");
    await s.context.close();
  }, 180_000);

  it("shows the server's problem and keeps the form, then waits for review with an answer recorded by hand", async () => {
    const shot = shooter("review");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.typeDraft({
      to: "Ana Silva <ana@example.com>",
      cc: "Ben Okafor <ben@example.org>",
      subject: "Intro: Ana <> Ben",
      body: "Hi Ana and Ben,\n\nLet me introduce you to each other. Ana leads design at Northwind and Ben is hiring a design lead at Tailspin. I think you'd have a great conversation.\n\nAna, meet Ben. Ben, meet Ana.\n\nAlex",
    });
    await s.focusPane();
    await s.pane.getByTestId("make-double-opt-in").click();
    await s.pane.getByText("Let me review it first").click();
    const tooLong = "Hi Ana,\n\n" + "This is far too long. ".repeat(480);
    await s.pane.locator("#body-0").fill(tooLong);
    await s.pane.getByTestId("send-requests").click();
    const alert = s.pane.getByRole("alert");
    await alert.waitFor();
    await expect(s.pane.locator("#err-request-0-body").textContent()).resolves.toContain(
      "At most 10000 characters"
    );
    expect(await s.pane.locator("#body-0").inputValue()).toBe(tooLong);
    expect(
      await s.pane.getByText("Let me review it first").locator("..").locator("input").isChecked()
    ).toBe(true);
    await shot(s.page, "problem-pane", ".pane-host");

    await s.pane
      .locator("#body-0")
      .fill(
        "Hi Ana,\n\nBen is hiring a design lead at Tailspin; would you like an introduction?\n\nAlex"
      );
    await s.pane.getByTestId("send-requests").click();
    await s.pane.getByTestId("sent").waitFor();
    await s.waitForInbox("ana@example.com", 1);
    await s.waitForInbox("ben@example.org", 1);
    await s.answerByLink("ana@example.com", "introduction", "Yes, introduce us");

    // Ben answered by replying; the connector records it in the pane.
    await s.waitForIntroState("requested");
    await s.pane.getByRole("button", { name: "Record Ben Okafor's answer" }).click();
    await s.pane.getByLabel("Ben Okafor answered by mail:").selectOption("yes");
    await s.pane.getByRole("button", { name: "Save" }).click();
    await s.waitForIntroState("ready");
    const ready = s.pane.locator('[data-testid="intro"][data-state="ready"]');
    await expect(ready.locator('[data-answer="yes"]').count()).resolves.toBe(2);
    await shot(s.page, "ready-pane", ".pane-host");

    await ready.getByRole("button", { name: "Open the final draft" }).click();
    const draft = s.page.locator('[data-testid="mail"][data-folder="drafts"][open]');
    await draft.waitFor();
    await expect(draft.getByTestId("mail-to").textContent()).resolves.toMatch(
      /ana@example\.com.*ben@example\.org|ben@example\.org.*ana@example\.com/
    );
    expect((await s.inbox("ana@example.com")).filter((m) => m.to.length === 2)).toEqual([]);
    await shot(s.page, "final-draft-opened");
    await s.context.close();
  }, 180_000);

  it("offers nothing for a draft that is not an introduction", async () => {
    const shot = shooter("not-intro");
    const s = await SandboxPage.open(world.browser, world.server.url, "dark");
    await s.typeDraft({
      to: "Juan Perez <juan@example.com>",
      cc: "Sue Lee <sue@example.org>",
      subject: "Thursday's review",
      body: "Hi Juan and Sue,\n\nCould we move Thursday's design review to 3pm? The room is booked before that. Please bring the latest numbers.\n\nThanks,\nAlex",
    });
    await s.focusPane();
    await s.pane
      .getByTestId("draft-quiet")
      .filter({ hasText: "doesn't look like an introduction" })
      .waitFor();
    expect(await s.pane.getByTestId("make-double-opt-in").count()).toBe(0);
    await shot(s.page, "quiet-dark");
    await shot(s.page, "quiet-dark-pane", ".pane-host");
    await s.context.close();
  }, 120_000);
});
