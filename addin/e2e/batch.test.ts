// End to end in headless Chromium: several intros at once. Three pasted pairs are reviewed and
// sent; the pane's progress reaches all asked, and the server holds three independent intros
// whose six private requests went out, one recipient each. Then pairs picked from a draft that
// names four people. Screenshots under test-output/screenshots.

import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();
const CONNECTOR = "alex.demo@contoso.example";

const PAIRS = [
  "Juan Perez <juan@example.com>, Sue Lee <sue@example.org>: you are both deep into fraud detection",
  "Ana Silva <ana@example.net>, Bo Chen <bo@example.net>: Ana is hiring for what Bo does",
  "kim.park@example.com and Lu Wang <lu@example.org>: both of you run platform teams",
];

describe.skipIf(missing !== null)("several intros at once", () => {
  const world = sandboxWorld();

  it("sends three pasted pairs as three independent intros, six private requests", async () => {
    const shot = shooter("batch");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.pane.getByTestId("batch-open").click();
    await s.pane.getByTestId("batch-pairs").fill([...PAIRS, "Pat <pat@example.com>"].join("\n"));
    await s.pane.getByTestId("batch-review").click();
    await s.pane.getByTestId("batch-line-problems").waitFor();
    expect(await s.pane.getByTestId("batch-line-problems").textContent()).toContain("Line 4:");
    await shot(s.page, "bad-line", ".pane-host");
    expect(await s.intros()).toEqual([]);

    await s.pane.getByTestId("batch-pairs").fill(PAIRS.join("\n"));
    await s.pane.getByTestId("batch-review").click();
    await s.pane.getByTestId("batch-send").waitFor();
    expect(await s.pane.getByTestId("batch-item").count()).toBe(3);
    expect(await s.pane.getByTestId("batch-request").count()).toBe(6);
    expect(await s.pane.getByTestId("batch-send").textContent()).toBe("Send 3 intros");
    await shot(s.page, "review", ".pane-host");

    await s.pane.getByTestId("batch-send").click();
    await s.pane
      .getByTestId("batch-progress")
      .filter({ hasText: "All 3 asked" })
      .waitFor({ timeout: 60_000 });
    await shot(s.page, "all-asked", ".pane-host");

    const intros = await s.intros();
    expect(intros).toHaveLength(3);
    expect(
      intros
        .map((i) =>
          i.parties
            .map((p) => p.email)
            .sort()
            .join(" ")
        )
        .sort()
    ).toEqual([
      "ana@example.net bo@example.net",
      "juan@example.com sue@example.org",
      "kim.park@example.com lu@example.org",
    ]);
    for (const intro of intros) {
      expect(intro.state).toBe("requested");
      expect(intro.parties.every((p) => p.requestedAt !== null)).toBe(true);
    }
    const sent = (await s.mail()).filter(
      (m) => m.mailbox === CONNECTOR && m.folder === "sentitems"
    );
    expect(sent).toHaveLength(6);
    for (const m of sent) expect(m.to).toHaveLength(1);
    const recipients = sent.map((m) => m.to[0]?.address).sort();
    expect(recipients).toEqual([
      "ana@example.net",
      "bo@example.net",
      "juan@example.com",
      "kim.park@example.com",
      "lu@example.org",
      "sue@example.org",
    ]);
    // Each request names the other person of its own pair, never another pair's.
    const toAna = sent.find((m) => m.to[0]?.address === "ana@example.net")!;
    expect(toAna.body).toContain("Bo Chen");
    expect(toAna.body).not.toContain("Juan");
    expect(toAna.body).not.toContain("bo@example.net");
    await s.context.close();
  }, 120_000);

  it("picks pairs from a draft that names four people", async () => {
    const shot = shooter("batch-pick");
    const s = await SandboxPage.open(world.browser, world.server.url);
    await s.typeDraft({
      to: "Juan Perez <juan@example.com>; Sue Lee <sue@example.org>",
      cc: "Ana Silva <ana@example.net>; Bo Chen <bo@example.net>",
      subject: "Intros after the meetup",
      body: "Hi all,\n\nGreat to see you at the meetup. I'd like to introduce you to each other: Juan runs the data platform team at Contoso, Sue is an expert in fraud models, Ana leads payments at Northwind and Bo builds risk tools.\n\nBest,\nAlex",
    });
    await s.focusPane();
    await s.pane.getByTestId("batch-pick").waitFor();
    await shot(s.page, "offer", ".pane-host");
    await s.pane.getByTestId("batch-pick").click();
    await s.pane.getByRole("checkbox", { name: "Juan Perez and Sue Lee" }).check();
    await s.pane.getByRole("checkbox", { name: "Ana Silva and Bo Chen" }).check();
    await shot(s.page, "pairs", ".pane-host");
    await s.pane.getByTestId("batch-review").click();
    expect(await s.pane.getByTestId("batch-send").textContent()).toBe("Send 2 intros");
    await s.pane.getByTestId("batch-send").click();
    await s.pane
      .getByTestId("batch-progress")
      .filter({ hasText: "All 2 asked" })
      .waitFor({ timeout: 60_000 });

    const intros = await s.intros();
    expect(intros.map((i) => i.parties.map((p) => p.name).join(" and ")).sort()).toEqual([
      "Ana Silva and Bo Chen",
      "Juan Perez and Sue Lee",
    ]);
    await s.pane.getByTestId("batch-discard").click();
    await s.page.getByTestId("compose-discarded").waitFor();

    const toBo = (await s.inbox("bo@example.net"))[0]!;
    // Drafted from the draft's own words about the other person of the pair.
    expect(toBo.body).toContain("<p>Hi Bo,</p>");
    expect(toBo.body).toContain("Ana Silva, who leads payments at Northwind");
    expect(toBo.body).not.toContain("Juan");
    await s.context.close();
  }, 120_000);
});
