// The event handlers on the sandbox compose page in headless Chromium: the banner appears when an
// introduction gets its recipients, and its button opens the pane straight on the convert view; a
// converted draft that was saved and reopened is still let through at Send.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
if (missing) console.warn(`Skipping the browser tests: ${missing}.`);

describe.skipIf(missing !== null)("the event handlers on the sandbox page", () => {
  const world = sandboxWorld();

  it("shows one banner for an introduction, whose button opens the convert view", async () => {
    const shot = shooter("events");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.page.getByTestId("load-example").click();
    const banner = s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "Looks like an introduction — make it double opt-in?" });
    await banner.waitFor();
    await expect(s.page.getByTestId("compose-notice").count()).resolves.toBe(1);
    await shot(s.page, "banner");

    await banner.getByTestId("notice-action").click();
    await s.pane.getByTestId("send-requests").waitFor();
    await shot(s.page, "opened-from-banner");

    // Away from an intro: with one person left the banner goes.
    await s.page.getByTestId("compose-cc").fill("");
    await s.page.getByTestId("compose-cc").press("Tab");
    await banner.waitFor({ state: "detached" });
    await s.context.close();
  }, 60_000);

  it("lets a converted draft go at Send after it was saved and reopened", async () => {
    const shot = shooter("events-reopened");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.page.getByTestId("load-example").click();
    await s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "Looks like an introduction" })
      .getByTestId("notice-action")
      .click();
    await s.pane.getByTestId("send-requests").click();
    await s.pane.getByTestId("sent").waitFor();

    await s.page.getByTestId("compose-save-reopen").click();
    // The reopened draft's pane knows the requests went out, from the draft itself.
    await s.pane.getByTestId("sent").waitFor();
    await s.page.getByTestId("compose-send").click();
    await s.page
      .getByTestId("compose-notice")
      .filter({ hasText: "The sandbox does not send this draft" })
      .waitFor();
    await shot(s.page, "sent-after-reopen");
    await s.context.close();
  }, 60_000);
});
