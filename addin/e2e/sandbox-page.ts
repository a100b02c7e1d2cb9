// Steps on the sandbox compose page, named for what a test does with it.

import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import type { IntroResource } from "../src/api/client";
import type { MailItem } from "../src/sandbox/mail-view";
import { until } from "./harness";

export interface DraftText {
  to: string;
  cc: string;
  subject: string;
  body: string;
}

export class SandboxPage {
  readonly pane: FrameLocator;
  /** Every request the page and the pane made: sandbox mode must never load MSAL or send a token. */
  readonly requests: Array<{ url: string; authorization: string | undefined }> = [];

  private constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly url: string
  ) {
    this.pane = page.frameLocator('[data-testid="taskpane-frame"]');
  }

  /** A fresh sandbox (database and mailboxes emptied) and a fresh browser context at /sandbox. */
  static async open(
    browser: Browser,
    url: string,
    colorScheme: "light" | "dark" = "light",
    /** "mac": Outlook on Mac, whose pane hands files to the user's browser. */
    client: "web" | "mac" = "web"
  ): Promise<SandboxPage> {
    const reset = await fetch(`${url}/sandbox/reset`, { method: "POST" });
    if (!reset.ok) throw new Error(`reset failed: ${reset.status}`);
    const context = await browser.newContext({
      viewport: { width: 1560, height: 1000 },
      colorScheme,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const sandbox = new SandboxPage(page, context, url);
    context.on(
      "request",
      (r) =>
        void sandbox.requests.push({ url: r.url(), authorization: r.headers()["authorization"] })
    );
    await page.goto(client === "mac" ? `${url}/sandbox?client=mac` : `${url}/sandbox`);
    await sandbox.pane.getByTestId("intro-list").waitFor({ state: "attached" });
    return sandbox;
  }

  async typeDraft(draft: DraftText): Promise<void> {
    const p = this.page;
    await p.getByTestId("compose-to").fill(draft.to);
    await p.getByTestId("compose-to").press("Tab");
    await p.getByTestId("compose-cc").fill(draft.cc);
    await p.getByTestId("compose-cc").press("Tab");
    await p.getByTestId("compose-subject").fill(draft.subject);
    await p.getByTestId("compose-body").fill(draft.body);
  }

  /** Clicks into the pane, as a user moving from the draft to the pane; the pane rereads the draft on focus. */
  async focusPane(): Promise<void> {
    await this.pane
      .locator("h1, .pane")
      .first()
      .click({ position: { x: 5, y: 5 }, force: true })
      .catch(async () => {
        await this.pane.locator("body").click({ position: { x: 300, y: 5 } });
      });
  }

  async mail(): Promise<MailItem[]> {
    return (await (await fetch(`${this.url}/sandbox/mail`)).json()) as MailItem[];
  }

  async intros(): Promise<IntroResource[]> {
    return (await (await fetch(`${this.url}/api/intros?state=all`)).json()) as IntroResource[];
  }

  inbox(address: string): Promise<MailItem[]> {
    return this.mail().then((all) =>
      all.filter((m) => m.mailbox === address && m.folder === "inbox")
    );
  }

  /** Waits until the mailbox's inbox holds `count` messages, and returns them. */
  async waitForInbox(address: string, count: number, timeoutMs = 20_000): Promise<MailItem[]> {
    return until(
      `${count} message(s) in ${address}'s inbox`,
      async () => {
        const box = await this.inbox(address);
        return box.length >= count ? box : null;
      },
      timeoutMs
    );
  }

  /** Two people (Juan and Sue unless named) asked by the demo connector through the API, as the pane's conversion would. */
  async createIntro(
    parties = [
      { name: "Juan Perez", email: "juan@example.com", about: "runs XYZ at Contoso" },
      { name: "Sue Lee", email: "sue@example.org", about: "expert in XYZ" },
    ]
  ): Promise<IntroResource> {
    const created = await fetch(`${this.url}/api/intros`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ parties, reason: "you are both deep into XYZ" }),
    });
    if (created.status !== 201) throw new Error(`POST /api/intros answered ${created.status}`);
    return (await created.json()) as IntroResource;
  }

  /** The party answers their newest request in their own mail client: Graph's reply, as Outlook sends it. */
  async replyByMail(party: string, text: string): Promise<void> {
    const inbox = await this.waitForInbox(party, 1);
    const request = inbox.sort((a, b) => (b.sentAt ?? "").localeCompare(a.sentAt ?? ""))[0]!;
    const sent = await fetch(
      `${this.url}/graph/v1.0/users/${encodeURIComponent(party)}/messages/${encodeURIComponent(request.id)}/reply`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ comment: text }),
      }
    );
    if (sent.status !== 202) throw new Error(`Graph's reply answered ${sent.status}`);
  }

  /** Refreshes the pane's list until `probe` finds what a test waits for. */
  async paneShows(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    await until(
      what,
      async () => {
        await this.pane.getByRole("button", { name: /Refresh/ }).click();
        await this.page.waitForTimeout(300);
        return (await probe()) || null;
      },
      timeoutMs
    );
  }

  /**
   * Opens the consent link of a request in the party's inbox (as the party would) and answers;
   * `shows`, when given, must be on the page before the answer.
   */
  async answerByLink(
    address: string,
    subjectPart: string,
    answerLabel: string,
    shows?: string
  ): Promise<Page> {
    const mailbox = this.page.locator(`[data-testid="mailbox"][data-mailbox="${address}"]`);
    await until(
      `the request in ${address}'s inbox on the page`,
      async () =>
        (await mailbox
          .locator('[data-testid="mail"][data-folder="inbox"]', { hasText: subjectPart })
          .count()) > 0 || null
    );
    const mail = mailbox
      .locator('[data-testid="mail"][data-folder="inbox"]', { hasText: subjectPart })
      .first();
    await mail.locator("summary").click();
    const [consent] = await Promise.all([
      this.context.waitForEvent("page"),
      mail.getByRole("link", { name: answerLabel }).click(),
    ]);
    await consent.waitForLoadState();
    if (shows !== undefined) await consent.getByText(shows, { exact: false }).waitFor();
    await consent.getByRole("button", { name: answerLabel }).click();
    await consent.getByRole("heading", { name: "Thank you" }).waitFor();
    return consent;
  }

  /** Jumps the sandbox clock with the page's control, in business days. */
  async jumpBusinessDays(days: number): Promise<void> {
    await this.page.getByTestId("clock-days").fill(String(days));
    await this.page.getByTestId("clock-jump").click();
    await this.page
      .getByTestId("clock-status")
      .filter({ hasText: `Jumped ${days} business days` })
      .waitFor();
  }

  /** Refreshes the pane's list and waits for the newest intro to reach a state. */
  async waitForIntroState(state: string, timeoutMs = 20_000): Promise<void> {
    await until(
      `an intro in state ${state} in the pane`,
      async () => {
        await this.pane.getByRole("button", { name: /Refresh/ }).click();
        await this.page.waitForTimeout(300);
        return (
          (await this.pane.locator(`[data-testid="intro"][data-state="${state}"]`).count()) > 0 ||
          null
        );
      },
      timeoutMs
    );
  }
}
