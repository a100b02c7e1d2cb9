// End to end in headless Chromium: the admin page in the task pane (the sandbox's demo connector
// is a tenant admin) sets the tenant policy, downloads the tenant's record, and answers an access
// and an erasure request; and a connector downloads their own record. Screenshots under
// test-output/screenshots.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingPrerequisite, sandboxWorld, shooter } from "./harness";
import { SandboxPage } from "./sandbox-page";

const missing = missingPrerequisite();

const CSV_HEADER =
  "introId,createdAt,state,language,connectorName,connectorEmail,partyName,partyEmail,requestShown,requestSubject,event,at,channel,replyExcerpt";

async function policy(url: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${url}/api/policy`)).json()) as Record<string, unknown>;
}

/** The file a click in the pane downloads, as text, with the name the browser was given. */
async function downloaded(s: SandboxPage, click: () => Promise<void>) {
  const [download] = await Promise.all([s.page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

describe.skipIf(missing !== null)("the admin page", () => {
  const world = sandboxWorld();

  it("sets the policy, downloads the tenant's record, and looks up and erases a person", async () => {
    const shot = shooter("admin");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const intro = await s.createIntro();
    const [request] = await s.waitForInbox("juan@example.com", 1);
    const link = /https?:\/\/[^\s"<>]+\/consent\/[^\s"<>)\]]+/.exec(request?.body ?? "")?.[0];
    expect(link).toBeDefined();

    await s.pane.getByTestId("admin-open").click();
    const form = s.pane.getByTestId("policy-form");
    await form.waitFor();
    await shot(s.page, "policy", ".pane-host");

    // Out of range: the server's words beside the setting, and the policy stays as it was.
    const followUp = s.pane.getByTestId("setting-followUpAfterBusinessDays");
    await followUp.getByRole("spinbutton").fill("99");
    await s.pane.getByTestId("policy-save").click();
    await expect
      .poll(() => followUp.locator(".field-error").textContent())
      .toContain("from 1 to 60");
    expect((await policy(s.url)).followUpAfterBusinessDays).toBe(7);
    await shot(s.page, "policy-refused", ".pane-host");

    await followUp.getByRole("spinbutton").fill("10");
    await s.pane.getByTestId("setting-sendCheck").getByRole("combobox").selectOption("prompt");
    await s.pane.getByTestId("policy-save").click();
    await s.pane.getByTestId("policy-saved").waitFor();
    expect(await policy(s.url)).toMatchObject({
      followUpAfterBusinessDays: 10,
      sendCheck: "prompt",
    });

    const tenant = await downloaded(s, () => s.pane.getByTestId("admin-export-csv").click());
    expect(tenant.name).toMatch(/^intro-record-tenant-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(tenant.text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(CSV_HEADER);
    expect(tenant.text).toContain(intro.id);

    // Not an address: the server's words beside the field, and nothing to erase.
    await s.pane.getByTestId("subject-email").fill("juan at example.com");
    await s.pane.getByTestId("subject-look-up").click();
    await s.pane.locator("#subject-email-error").waitFor();
    expect(await s.pane.getByTestId("subject-erase").count()).toBe(0);

    await s.pane.getByTestId("subject-email").fill("juan@example.com");
    await s.pane.getByTestId("subject-look-up").click();
    const summary = s.pane.getByTestId("subject-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      "Introduced by Alex Demo (alex.demo@contoso.example)"
    );
    expect(await summary.textContent()).toContain("1 consent link");
    await shot(s.page, "looked-up", ".pane-host");

    await s.pane.getByTestId("subject-erase").click();
    expect(await s.pane.getByTestId("erase-warning").textContent()).toContain(
      "Erase juan@example.com from 1 introduction?"
    );
    await shot(s.page, "confirm-erasure", ".pane-host");
    await s.pane.getByTestId("erase-confirm").click();
    const counts = s.pane.getByTestId("erased-counts");
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(
      /^Removed: 1 introduction, 1 person, \d+ events?, \d+ mails?, 1 consent link, 0 replies\.$/
    );
    await shot(s.page, "erased", ".pane-host");

    const consent = await fetch(link!);
    expect(consent.status).toBe(404);
    expect(await consent.text()).toContain("This link is not valid");
    await s.pane.getByTestId("subject-look-up").click();
    await expect
      .poll(() => s.pane.getByTestId("subject-headline").textContent())
      .toBe("Nothing is held about juan@example.com as a person introduced.");

    // Back in the list, the intro shows what the erasure left: cancelled, the party erased.
    await s.pane.getByTestId("admin-back").click();
    const card = s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`);
    await expect.poll(() => card.getAttribute("data-state")).toBe("cancelled");
    expect(await card.textContent()).toContain("(erased)");
    await s.context.close();
  }, 120_000);

  it("offers no admin page to a connector who is not an admin", async () => {
    const s = await SandboxPage.open(world.browser, world.server.url);
    // Every call now goes as a connector of the tenant without the admin role.
    await s.context.route("**/api/**", (route) =>
      route.continue({
        headers: {
          ...route.request().headers(),
          authorization: "Sandbox sandbox-tenant/someone/sam@contoso.example/Sam",
        },
      })
    );
    const refused: number[] = [];
    s.page.on("response", (r) => {
      if (r.url().includes("/api/admin/") && r.status() === 403) refused.push(r.status());
    });
    await s.page.reload();
    await s.pane.getByTestId("intro-list").waitFor({ state: "attached" });
    // Sam is not an admin: the one question the pane asks is refused, and no entry shows.
    await expect.poll(() => refused.length).toBe(1);
    await s.pane.getByTestId("download-record").waitFor();
    expect(await s.pane.getByTestId("admin-open").count()).toBe(0);
    await s.context.close();
  }, 60_000);

  it("downloads the connector's own record as CSV", async () => {
    const shot = shooter("record-download");
    const s = await SandboxPage.open(world.browser, world.server.url);
    const intro = await s.createIntro();
    await s.pane.getByRole("button", { name: /Refresh/ }).click();
    await s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`).waitFor();
    await shot(s.page, "list", ".pane-host");

    const record = await downloaded(s, () => s.pane.getByTestId("download-record").click());
    expect(record.name).toMatch(/^intro-record-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = record.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER);
    const rows = lines.slice(1).filter((l) => l.startsWith(`${intro.id},`));
    expect(rows.some((l) => l.includes("Juan Perez") && l.includes("juan@example.com"))).toBe(true);
    expect(rows.some((l) => l.includes("Sue Lee") && l.includes("sue@example.org"))).toBe(true);
    await s.context.close();
  }, 60_000);

  it("in Outlook on Mac, hands the record to the browser as a link that works once", async () => {
    const s = await SandboxPage.open(world.browser, world.server.url, "light", "mac");
    const intro = await s.createIntro();
    await s.pane.getByRole("button", { name: /Refresh/ }).click();
    await s.pane.locator(`[data-testid="intro"][data-intro-id="${intro.id}"]`).waitFor();

    // The window Office opens turns into the download (Chromium reports it on the page that opened it).
    const [download, browser] = await Promise.all([
      s.page.waitForEvent("download"),
      s.context.waitForEvent("page"),
      s.pane.getByTestId("download-record").click(),
    ]);
    expect(browser).not.toBe(s.page);
    expect(download.url()).toMatch(/\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(download.suggestedFilename()).toMatch(/^intro-record-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe(CSV_HEADER);
    expect(text).toContain(`${intro.id},`);
    // The browser had no token: the link itself was the right, and only once.
    const again = await fetch(download.url());
    expect(again.status).toBe(404);
    expect(((await again.json()) as { title: string }).title).toBe(
      "This download link is not valid"
    );
    await s.context.close();
  }, 60_000);
});
