// End to end in headless Chromium: what came of an introduction. Once the tenant's days after the
// final intro have passed, the card asks "Did Juan and Sue connect?" and keeps the connector's answer;
// when Sue writes to Juan in the final intro's thread with the connector copied, the card says they
// connected by itself. The connector's own record sits above the list. Screenshots under
// test-output/screenshots.

import { describe, expect, it } from "vitest";
import type { IntroResource } from "../src/api/client";
import { missingPrerequisite, sandboxWorld, shooter, until } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
const JUAN = "juan@example.com";
const SUE = "sue@example.org";
const CONNECTOR = "alex.demo@contoso.example";

/** Both say yes (recorded by the connector, as answers that came by mail); waits for the final intro. */
async function introduced(s: SandboxPage): Promise<IntroResource> {
  const intro = await s.createIntro();
  for (const party of intro.parties) {
    const answered = await fetch(`${s.url}/api/intros/${intro.id}/parties/${party.id}/answer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answer: "yes" }),
    });
    expect(answered.status).toBe(200);
  }
  return until("the final intro sent", async () => {
    const now = (await (await fetch(`${s.url}/api/intros/${intro.id}`)).json()) as IntroResource;
    return now.introducedAt ? now : null;
  });
}

describe.skipIf(missing !== null)("what came of an introduction", () => {
  const world = sandboxWorld();

  it("asks the connector once the days have passed, and counts the answer in their record", async () => {
    const shot = shooter("outcome");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const intro = await introduced(s);
    const card = s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`);
    await s.paneShows("the introduced intro", async () => (await card.count()) > 0);
    expect(await card.getByTestId("outcome-question").count()).toBe(0);
    await expect(s.pane.getByTestId("connector-record").textContent()).resolves.toBe(
      "Your record: 1 introduction · 1 both said yes · 0 connected"
    );

    await s.jumpBusinessDays(14);
    await s.paneShows(
      "the question",
      async () => (await card.getByTestId("outcome-question").count()) > 0
    );
    await expect(
      card.getByTestId("outcome-question").locator("legend").textContent()
    ).resolves.toBe("Did Juan and Sue connect?");
    await shot(s.page, "asked", ".pane-host");

    await card.getByRole("button", { name: "Connected", exact: true }).click();
    await card.getByTestId("outcome").waitFor();
    await expect(card.getByTestId("outcome").textContent()).resolves.toContain("They connected");
    await until(
      "the record counting it",
      async () =>
        (await s.pane.getByTestId("connector-record").textContent())?.endsWith("1 connected") ||
        null
    );
    const stored = (await (await fetch(`${s.url}/api/intros/${intro.id}`)).json()) as IntroResource;
    expect([stored.outcome, stored.outcomeBy]).toEqual(["connected", "connector"]);
    // Nothing went to the parties: each has the request and the final intro.
    for (const party of [JUAN, SUE]) expect(await s.waitForInbox(party, 2)).toHaveLength(2);
    await shot(s.page, "answered", ".pane-host");
    await s.context.close();
  }, 120_000);

  it("hears that they connected when one writes to the other with the connector copied", async () => {
    const s = await SandboxPage.open(world.browser, world.server.url);
    const intro = await introduced(s);
    const final = (await s.waitForInbox(SUE, 1)).find((m) => m.subject.startsWith("Introduction:"));
    expect(final).toBeDefined();
    const sent = await fetch(
      `${s.url}/graph/v1.0/users/${encodeURIComponent(SUE)}/messages/${encodeURIComponent(final!.id)}/reply`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          comment: "Lovely to meet you Juan! Does Tuesday work for a call? (Alex, thank you!)",
          message: {
            toRecipients: [{ emailAddress: { address: JUAN } }],
            ccRecipients: [{ emailAddress: { address: CONNECTOR } }],
          },
        }),
      }
    );
    expect(sent.status).toBe(202);
    const card = s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`);
    await s.paneShows(
      "the intro heard as connected",
      async () => (await card.getByTestId("outcome").count()) > 0,
      60_000
    );
    await expect(card.getByTestId("outcome").textContent()).resolves.toContain(
      "They connected: one wrote to the other with you in copy"
    );
    await s.context.close();
  }, 120_000);
});
