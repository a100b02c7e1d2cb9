// End to end in headless Chromium: what the connector can still do about a closed intro. A "no"
// read from a party's reply is corrected in the task pane and the intro opens again; a "not now"
// without a date is asked again, and a new intro between the same two people sends its requests.
// Screenshots under test-output/screenshots.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
const JUAN = "juan@example.com";
const SUE = "sue@example.org";

describe.skipIf(missing !== null)("closed introductions in the task pane", () => {
  const world = sandboxWorld();

  const inState = (s: SandboxPage, state: string) =>
    s.pane.locator(`[data-testid="intro"][data-state="${state}"]`);

  it("reopens an intro that a decline misread from a reply closed", async () => {
    const shot = shooter("reopen");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const intro = await s.createIntro();

    await s.replyByMail(JUAN, "No thanks, I'm not interested.");
    await s.paneShows(
      "the intro closed by Juan's reply",
      async () => (await inState(s, "declined").count()) > 0
    );
    const card = s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`);
    const juan = card.locator('[data-testid="intro-party"]', { hasText: "Juan Perez" });
    await expect(juan.getAttribute("data-answer")).resolves.toBe("no");
    await expect(juan.getByTestId("answered-by").textContent()).resolves.toContain(
      "answered by email"
    );

    await juan.getByTestId("correct-reply").click();
    await expect(juan.getByTestId("correction").textContent()).resolves.toContain(
      "We misread this reply — record instead:"
    );
    await expect(juan.getByTestId("decide-no").count()).resolves.toBe(0);
    await shot(s.page, "correcting", ".pane-host");
    await juan.getByTestId("decide-yes").click();

    await card.and(s.pane.locator('[data-state="requested"]')).waitFor();
    await expect(card.getByTestId("intro-state").textContent()).resolves.toBe(
      "Waiting for answers"
    );
    await expect(juan.getAttribute("data-answer")).resolves.toBe("yes");
    await expect(juan.getByTestId("answered-by").textContent()).resolves.toContain(
      "recorded by you"
    );
    await expect(card.getByRole("button", { name: "Cancel introduction" }).count()).resolves.toBe(
      1
    );
    const [stored] = await s.intros();
    expect(stored?.state).toBe("requested");
    await shot(s.page, "reopened", ".pane-host");
    await s.context.close();
  }, 120_000);

  it("asks again both people of an intro closed by a not now without a date", async () => {
    const shot = shooter("ask-again");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const first = await s.createIntro();

    await s.replyByMail(SUE, "I'd love to but I'm really busy right now. Maybe another time?");
    await s.paneShows(
      "the intro closed by Sue's not now",
      async () => (await inState(s, "declined").count()) > 0
    );
    const closed = s.pane.locator(`[data-testid="intro"][data-intro-id="${first.id}"]`);
    const sue = closed.locator('[data-testid="intro-party"]', { hasText: "Sue Lee" });
    await expect(sue.getAttribute("data-answer")).resolves.toBe("notNow");

    await closed.getByTestId("ask-again").click();
    const people = await closed.getByTestId("ask-again-people").textContent();
    expect(people).toContain(`Juan Perez <${JUAN}>`);
    expect(people).toContain(`Sue Lee <${SUE}>`);
    await shot(s.page, "confirm", ".pane-host");
    await closed.getByTestId("ask-again-confirm").click();

    await closed.getByTestId("asked-again").waitFor();
    const fresh = inState(s, "requested");
    await fresh.waitFor();
    await expect(fresh.count()).resolves.toBe(1);
    const names = await fresh.locator(".party-name").allTextContents();
    expect(names).toEqual(["Juan Perez", "Sue Lee"]);
    // Both private requests of the new intro go out: a second one in each inbox.
    await s.waitForInbox(JUAN, 2);
    await s.waitForInbox(SUE, 2);
    const intros = await s.intros();
    expect(intros).toHaveLength(2);
    const again = intros.find((i) => i.id !== first.id);
    expect(again?.parties.map((p) => [p.email, p.about])).toEqual([
      [JUAN, "runs XYZ at Contoso"],
      [SUE, "expert in XYZ"],
    ]);
    expect(again?.reason).toBe(first.reason);
    await shot(s.page, "asked-again", ".pane-host");
    await s.context.close();
  }, 120_000);
});
