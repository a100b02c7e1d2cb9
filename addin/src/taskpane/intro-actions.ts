// "Your introductions": the list from the server, refreshed when the pane opens, regains focus or
// sends, and what the connector can do to one of them. In read mode the list is the intros the
// message's conversation belongs to.

import {
  ApiProblem,
  type Api,
  type GivableAnswer,
  type IntroOutcome,
  type IntroResource,
  type ReplyDecision,
} from "../api/client";
import type { MailHost } from "../shared/host";
import { plainProblem } from "./convert";
import { delivery, type Deliver } from "./download";
import { ordered } from "./intros";
import { askAgainPayload } from "./replies";
import type { SignInBar } from "./signin";
import type { PaneStore } from "./state";

export class IntroActions {
  /** One key per intro asked again: kept across retries, new once the server surely stored nothing. */
  private readonly askAgainKeys = new Map<string, string>();
  /** When each final draft in review was last looked up, by intro id. */
  private readonly draftChecks = new Map<string, number>();
  /** Counts the intros the server returned from an action, each newer than any list read before it. */
  private applied = 0;

  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost,
    private readonly api: Api,
    private readonly signIn: SignInBar
  ) {}

  /**
   * `quiet` when the pane just got focus: the click that focused it is still under way, and a
   * "Refreshing…" that re-wraps the heading would move the button away from under the pointer.
   */
  async refresh(quiet = false): Promise<void> {
    if (!quiet) this.store.setIntros({ loading: true });
    const reading = this.store.current.reading;
    const applied = this.applied;
    try {
      const items = reading
        ? await this.api.introsByConversation(reading.conversationId)
        : await this.api.listIntros();
      // The pane moved to another message while this was loading.
      if (this.store.current.reading !== reading) return;
      // The click that focused the pane recorded an answer meanwhile: this list is older than it.
      if (this.applied !== applied) return void this.store.setIntros({ loading: false });
      this.store.setIntros({ loading: false, items: ordered(items), problem: null });
      this.signIn.succeeded();
      void this.refreshStatus();
      if (!reading) void this.refreshRecord();
      if (!reading) void this.checkSentDrafts(items);
    } catch (e) {
      if (this.store.current.reading !== reading) return;
      this.store.setIntros({
        loading: false,
        problem: this.signIn.needsSignIn(e)
          ? null
          : plainProblem(e, "Your introductions could not be loaded"),
      });
    }
  }

  private async act(
    introId: string,
    action: () => Promise<IntroResource>,
    failure: string
  ): Promise<boolean> {
    if (this.store.current.intros.busy) return false;
    this.store.setIntros({ busy: introId, problem: null });
    try {
      const updated = await action();
      this.applied++;
      this.store.setIntros({
        busy: null,
        items: ordered(
          this.store.current.intros.items.map((i) => (i.id === updated.id ? updated : i))
        ),
      });
      return true;
    } catch (e) {
      this.store.setIntros({
        busy: null,
        problem: this.signIn.needsSignIn(e) ? null : plainProblem(e, failure),
      });
      return false;
    }
  }

  recordAnswer(introId: string, partyId: string, answer: GivableAnswer): Promise<boolean> {
    return this.act(
      introId,
      () => this.api.recordAnswer(introId, partyId, answer),
      "The answer was not recorded"
    );
  }

  /** The connector's decision on a reply: one that waited for them, or a correction. */
  reviewReply(
    introId: string,
    partyId: string,
    replyId: string,
    decision: ReplyDecision,
    until?: string
  ): Promise<boolean> {
    return this.act(
      introId,
      () => this.api.reviewReply(introId, partyId, replyId, decision, until),
      decision === "ignore" ? "The reply was not ignored" : "The answer was not recorded"
    );
  }

  cancel(introId: string): Promise<boolean> {
    return this.act(
      introId,
      () => this.api.cancelIntro(introId),
      "The introduction was not cancelled"
    );
  }

  /** The connector's answer to "did they connect?"; their record counts it at once. */
  async recordOutcome(introId: string, outcome: IntroOutcome): Promise<boolean> {
    const done = await this.act(
      introId,
      () => this.api.recordOutcome(introId, outcome),
      "Your answer was not saved"
    );
    if (done) void this.refreshRecord();
    return done;
  }

  /** The connector's consent record of every intro they made, saved as a CSV file. */
  async downloadRecord(deliver: Deliver = delivery(this.host)): Promise<boolean> {
    if (this.store.current.intros.downloading) return false;
    this.store.setIntros({ downloading: true, problem: null });
    try {
      await deliver({
        file: () => this.api.exportRecord("csv"),
        link: () => this.api.exportRecordLink("csv"),
      });
      this.store.setIntros({ downloading: false });
      return true;
    } catch (e) {
      this.store.setIntros({
        downloading: false,
        problem: this.signIn.needsSignIn(e)
          ? null
          : plainProblem(e, "Your record could not be downloaded"),
      });
      return false;
    }
  }

  /** A new intro between the same people, for reason and language as before. */
  async askAgain(intro: IntroResource): Promise<boolean> {
    if (this.store.current.intros.busy) return false;
    const key = this.askAgainKeys.get(intro.id) ?? globalThis.crypto.randomUUID();
    this.askAgainKeys.set(intro.id, key);
    this.store.setIntros({ busy: intro.id, problem: null });
    try {
      const created = await this.api.createIntro(askAgainPayload(intro), key);
      this.askAgainKeys.delete(intro.id);
      this.store.setIntros({
        busy: null,
        askedAgain: { ...this.store.current.intros.askedAgain, [intro.id]: created.id },
      });
      await this.refresh();
      return true;
    } catch (e) {
      // As for a conversion: a refusal stored nothing; a lost answer or a 5xx may have, so a retry keeps the key.
      if (
        e instanceof ApiProblem &&
        e.status >= 400 &&
        e.status < 500 &&
        ![408, 429].includes(e.status)
      )
        this.askAgainKeys.delete(intro.id);
      this.store.setIntros({
        busy: null,
        problem: this.signIn.needsSignIn(e) ? null : plainProblem(e, "Nobody was asked again"),
      });
      return false;
    }
  }

  /**
   * Whether everyone's mail is on hold, asked once the list came (so signed in): best effort, a
   * server that cannot say keeps the last word it said.
   */
  private async refreshStatus(): Promise<void> {
    try {
      const { mailOnHold } = await this.api.status();
      this.store.setIntros({
        mailOnHold: mailOnHold ? { title: mailOnHold.title, detail: mailOnHold.detail } : null,
      });
    } catch {
      // The list above is what matters; the bar stays as it was.
    }
  }

  /**
   * A final draft in review that the connector has since sent from Outlook: looking it up makes the
   * server record the intro as introduced (as of when it went), so the list is read again. Each draft
   * is looked up at most once a minute; best effort.
   */
  private async checkSentDrafts(items: readonly IntroResource[], now = Date.now()): Promise<void> {
    const ready = items.filter(
      (i) =>
        i.state === "ready" && i.finalDraftId && (this.draftChecks.get(i.id) ?? 0) + 60_000 <= now
    );
    if (ready.length === 0) return;
    for (const intro of ready) this.draftChecks.set(intro.id, now);
    const sent = await Promise.all(
      ready.map((intro) =>
        this.api.finalDraft(intro.id).then(
          (draft) => draft.isDraft === false,
          () => false
        )
      )
    );
    if (sent.includes(true)) await this.refresh(true);
  }

  /** The connector's own record above the list: best effort, like the status. */
  private async refreshRecord(): Promise<void> {
    try {
      this.store.setIntros({ record: await this.api.connectorRecord() });
    } catch {
      // The list is what matters; the record line stays as it was.
    }
  }

  async openFinalDraft(intro: IntroResource): Promise<void> {
    if (!intro.finalDraftId) return;
    try {
      const draft = await this.api.finalDraft(intro.id);
      await this.host.openMessage(draft.restId);
      this.store.setIntros({ problem: null });
    } catch (e) {
      this.store.setIntros({
        problem: this.signIn.needsSignIn(e)
          ? null
          : plainProblem(e, "The final draft could not be opened; it is in your Drafts folder"),
      });
    }
  }
}
