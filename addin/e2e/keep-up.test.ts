// The pane and the send check as a connector meets them on the sandbox page in headless Chromium:
// a draft written To first and then the body gets the pane's verdict with no click, and the banner
// once its recipients change; "They both already agreed" lets the three-way mail past the send
// check under the default softBlock policy, also after the draft was saved and reopened.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
if (missing) console.warn(`Skipping the browser tests: ${missing}.`);

const BODY =
  "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models at Fabrikam. You are both deep into real-time fraud detection, so I think you'd enjoy comparing notes.\n\nJuan, meet Sue. Sue, meet Juan. I'll let you take it from here!\n\nBest,\nAlex";
const WOULD_SEND = "Outlook would send this message now";

describe.skipIf(missing !== null)("the pane keeping up, and a legitimate three-way send", () => {
  const world = sandboxWorld();

  it("gives a draft written To first, then the body, the intro verdict without a click", async () => {
    const shot = shooter("keep-up");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.createIntro([
      { name: "Priya Nair", email: "priya@example.com", about: "runs payments at Contoso" },
      { name: "Tom Berg", email: "tom@example.org", about: "builds risk models" },
    ]);
    await s.pane.getByRole("button", { name: /Refresh/ }).click();
    await s.pane.getByTestId("intro").first().waitFor();
    await s.page
      .getByTestId("compose-to")
      .fill("Juan Perez <juan@example.com>; Sue Lee <sue@example.org>");
    await s.page.getByTestId("compose-to").press("Tab");
    await s.pane.getByText("This draft doesn't look like an introduction").waitFor();

    // Typing the body raises no event anywhere; the connector stays in the compose window.
    await s.page.getByTestId("compose-subject").fill("Intro: Juan <> Sue");
    await s.page.getByTestId("compose-body").fill(BODY);
    await s.pane
      .getByRole("heading", { name: "This looks like an introduction of Juan Perez and Sue Lee" })
      .waitFor();
    await expect(
      s.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
    ).resolves.toBe("compose-body");
    await s.pane.getByTestId("both-agreed").waitFor();
    // The README's docs/taskpane.png is this screenshot.
    await shot(s.page, "spotted-pane", ".pane-host");

    // Outlook raised nothing for the body, so no banner yet; the next recipients change brings it.
    await expect(s.page.getByTestId("compose-notice").count()).resolves.toBe(0);
    await s.page.getByTestId("compose-to").fill("Juan Perez <juan@example.com>");
    await s.page.getByTestId("compose-to").press("Tab");
    await s.page.getByTestId("compose-cc").fill("Sue Lee <sue@example.org>");
    await s.page.getByTestId("compose-cc").press("Tab");
    await s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "Looks like an introduction — make it double opt-in?" })
      .waitFor();
    await shot(s.page, "banner");
    await s.context.close();
  }, 60_000);

  it("sends the three-way mail under softBlock once the connector says both already agreed", async () => {
    const shot = shooter("both-agreed");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const policy = (await (await fetch(`${world.server.url}/api/policy`)).json()) as {
      sendCheck: string;
    };
    expect(policy.sendCheck).toBe("softBlock");
    await s.page.getByTestId("load-example").click();
    const banner = s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "Looks like an introduction" });
    await banner.waitFor();

    // Send: the check stops it, and says what to do when both already agreed.
    await s.page.getByTestId("compose-send").click();
    const blocked = s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "If both already agreed to meet" });
    await blocked.waitFor();
    await expect(blocked.textContent()).resolves.toContain('"They both already agreed"');
    await expect(blocked.getByRole("button", { name: "Send anyway" }).count()).resolves.toBe(0);
    await shot(s.page, "blocked");

    // Its button opens the pane on the convert view, which has the same way through.
    await blocked.getByTestId("notice-action").click();
    await s.pane.getByTestId("send-requests").waitFor();
    await s.pane.getByTestId("both-agreed").click();
    await s.pane.getByTestId("draft-agreed").waitFor();
    await banner.waitFor({ state: "detached" });
    await shot(s.page, "agreed-pane", ".pane-host");

    await s.page.getByTestId("compose-send").click();
    await s.page.getByTestId("compose-notice").filter({ hasText: WOULD_SEND }).waitFor();
    await shot(s.page, "sent");

    // The mark is kept with the draft, and can be taken back.
    await s.page.getByTestId("compose-save-reopen").click();
    await s.pane.getByTestId("draft-agreed").waitFor();
    await s.page.getByTestId("compose-send").click();
    await s.page.getByTestId("compose-notice").filter({ hasText: WOULD_SEND }).waitFor();
    await s.pane.getByTestId("take-back-agreed").click();
    await s.pane.getByTestId("make-double-opt-in").waitFor();
    await s.page.getByTestId("compose-send").click();
    await s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "If both already agreed to meet" })
      .waitFor();
    await s.context.close();
  }, 90_000);
});
