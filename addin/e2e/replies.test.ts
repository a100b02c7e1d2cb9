// End to end in headless Chromium: the parties reply by email instead of clicking their links.
// A reply the server cannot read waits for the connector, who records it with one click in the
// task pane; another is opened in the connector's mailbox, where the pane (read mode) shows the
// intro it answers and the connector ignores it. A party's reply typed on the sandbox page is heard
// like any other. Screenshots under test-output/screenshots.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter, until } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
const CONNECTOR = "alex.demo@contoso.example";
const JUAN = "juan@example.com";
const SUE = "sue@example.org";

describe.skipIf(missing !== null)("the parties' replies in the task pane", () => {
  const world = sandboxWorld();

  it("records a reply that waits with one click, and ignores another from the reply itself", async () => {
    const shot = shooter("replies");
    const url = world.server.url;
    const s = await SandboxPage.open(world.browser, url);
    await s.createIntro();

    await s.replyByMail(JUAN, "Who is Sue exactly? What would we talk about?");
    const card = s.pane.locator('[data-testid="intro"]');
    await s.paneShows(
      "Juan's reply waiting for review in the pane",
      async () => (await card.getByTestId("needs-review").count()) > 0
    );
    const juan = card.locator('[data-testid="intro-party"]', { hasText: "Juan Perez" });
    await expect(juan.getByTestId("reply").textContent()).resolves.toContain("Who is Sue exactly?");
    await shot(s.page, "needs-review", ".pane-host");

    await juan.getByTestId("decide-yes").click();
    await juan.locator('[data-testid="reply"][data-status="recorded"]').waitFor();
    await expect(card.getByTestId("needs-review").count()).resolves.toBe(0);
    await expect(juan.getAttribute("data-answer")).resolves.toBe("yes");
    await expect(juan.getByTestId("answered-by").textContent()).resolves.toContain(
      "recorded by you"
    );
    await shot(s.page, "recorded", ".pane-host");

    await s.replyByMail(SUE, "Hmm, maybe. Can you tell me more about him first?");
    await until("Sue's reply in the connector's Inbox and heard", async () => {
      const [intro] = await s.intros();
      return (intro?.parties[1]?.replies ?? []).length > 0 || null;
    });
    await s.page.getByTestId("mail-refresh").click();
    const inbox = s.page.locator(`[data-testid="mailbox"][data-mailbox="${CONNECTOR}"]`);
    const fromSue = inbox.locator('[data-testid="mail"][data-folder="inbox"]', {
      hasText: SUE,
    });
    await fromSue.first().waitFor();
    await fromSue.first().locator("summary").click();
    await fromSue.first().getByTestId("mail-read").click();

    await s.pane.getByTestId("reading").waitFor();
    await expect(s.pane.getByTestId("reading").textContent()).resolves.toContain(SUE);
    const readCard = s.pane.locator('[data-testid="intro"]');
    await readCard.waitFor();
    await expect(readCard.count()).resolves.toBe(1);
    const sue = readCard.locator('[data-testid="intro-party"]', { hasText: "Sue Lee" });
    await expect(sue.getByTestId("reply").textContent()).resolves.toContain("tell me more");
    await shot(s.page, "read-mode", ".pane-host");

    await sue.getByTestId("decide-ignore").click();
    await sue.locator('[data-testid="reply"][data-status="ignored"]').waitFor();
    await expect(sue.getAttribute("data-answer")).resolves.toBe("pending");
    await expect(readCard.getByTestId("needs-review").count()).resolves.toBe(0);
    await shot(s.page, "ignored", ".pane-host");

    // A message that belongs to no introduction.
    await fetch(`${url}/graph/v1.0/users/someone%40example.net/sendMail`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        message: {
          subject: "Lunch on Friday?",
          body: { contentType: "Text", content: "Are you free?" },
          toRecipients: [{ emailAddress: { address: CONNECTOR } }],
        },
      }),
    });
    await s.page.getByTestId("mail-refresh").click();
    const lunch = inbox.locator('[data-testid="mail"][data-folder="inbox"]', {
      hasText: "Lunch on Friday?",
    });
    await lunch.first().waitFor();
    await lunch.first().locator("summary").click();
    await lunch.first().getByTestId("mail-read").click();
    await s.pane.getByTestId("intro-list-empty").waitFor();
    await expect(s.pane.getByTestId("intro-list-empty").textContent()).resolves.toBe(
      "This message isn't part of an introduction you made with the add-in."
    );

    await s.context.close();
  }, 120_000);

  it("hears a reply typed as a party on the sandbox page", async () => {
    const shot = shooter("reply-as-party");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.createIntro();
    await s.waitForInbox(SUE, 1);
    await s.page.getByTestId("mail-refresh").click();
    const mailbox = s.page.locator(`[data-testid="mailbox"][data-mailbox="${SUE}"]`);
    const request = mailbox.locator('[data-testid="mail"][data-folder="inbox"]').first();
    await request.locator("summary").click();
    await expect(request.getByTestId("mail-reply").textContent()).resolves.toBe("Reply as Sue Lee");

    await request.getByTestId("mail-reply").click();
    await request.getByTestId("mail-action-text").fill("Yes, happy to meet!");
    await shot(s.page, "typed", `[data-testid="mailbox"][data-mailbox="${SUE}"]`);
    await request.getByTestId("mail-action-send").click();
    // Her mail client keeps what she sent, as Graph's reply does.
    await mailbox.locator('[data-testid="mail"][data-folder="sentitems"]').first().waitFor();

    const sue = s.pane.locator('[data-testid="intro-party"]', { hasText: "Sue Lee" });
    await s.paneShows(
      "Sue's yes by email in the pane",
      async () => (await sue.count()) > 0 && (await sue.getAttribute("data-answer")) === "yes"
    );
    await expect(sue.getByTestId("answered-by").textContent()).resolves.toContain(
      "answered by email"
    );
    await expect(sue.getByTestId("reply-understood").textContent()).resolves.toBe(
      "Understood: yes"
    );
    await expect(sue.getByTestId("reply").textContent()).resolves.toContain("Yes, happy to meet!");
    await shot(s.page, "heard");
    await s.context.close();
  }, 120_000);
});
