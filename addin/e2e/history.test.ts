// End to end in headless Chromium: a hot-potato draft of two people the connector introduced before.
// The convert view says so when the server answers, and the requests can still be sent.
// Screenshots under test-output/screenshots.

import { describe, expect, it } from "vitest";
import type { IntroResource } from "../src/api/client";
import { missingPrerequisite, sandboxWorld, shooter, until } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();

describe.skipIf(missing !== null)("what the convert view recalls", () => {
  const world = sandboxWorld();

  it("tells the connector they introduced the pair before, and still lets them ask", async () => {
    const shot = shooter("history");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const before = await s.createIntro();
    for (const party of before.parties) {
      const answered = await fetch(`${s.url}/api/intros/${before.id}/parties/${party.id}/answer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer: "yes" }),
      });
      expect(answered.status).toBe(200);
    }
    await until("the first intro introduced", async () => {
      const intro = (await (
        await fetch(`${s.url}/api/intros/${before.id}`)
      ).json()) as IntroResource;
      return intro.state === "introduced" && intro.introducedAt !== null;
    });

    await s.typeDraft({
      to: "Juan Perez <juan@example.com>",
      cc: "Sue Lee <sue@example.org>",
      subject: "Intro: Juan <> Sue",
      body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models at Fabrikam. You are both deep into real-time fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nBest,\nAlex",
    });
    await s.focusPane();
    await s.pane.getByTestId("make-double-opt-in").click();

    const history = s.pane.getByTestId("history");
    await history.waitFor();
    expect(await history.textContent()).toMatch(/^You introduced them on \d{1,2} [A-Z][a-z]{2}/);
    await shot(s.page, "recalled", ".pane-host");

    await s.pane.getByTestId("send-requests").click();
    await s.pane.getByTestId("sent").waitFor();
    await s.context.close();
  }, 120_000);
});
