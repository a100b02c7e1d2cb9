// The task pane's logic, with the mail client and the server passed in: Outlook (or the sandbox's
// stand-in) through MailHost, the server through Api. It wires four parts over one store and is
// what the views call: this draft (draft-check.ts), converting it (conversion.ts), your
// introductions (intro-actions.ts) and the sign-in bar (signin.ts), and a fifth for several intros
// at once (batching.ts). On a message being read it
// shows only the introductions that message's conversation belongs to.

import type { Api, GivableAnswer, IntroOutcome, IntroResource, ReplyDecision } from "../api/client";
import { parseLaunchContext, SENT_KEY } from "../shared/draft-memory";
import { AdminConsole } from "./admin";
import type { DraftChange, MailHost } from "../shared/host";
import { Batch, PACE, type BatchPace } from "./batching";
import { Conversion } from "./conversion";
import type { ConvertForm, PartyForm, RequestForm } from "./convert";
import { delivery } from "./download";
import { DraftCheck } from "./draft-check";
import { IntroActions } from "./intro-actions";
import { keepUp, type PaneVisibility } from "./keep-up";
import { launchContext } from "./launch";
import { SignInBar, type PaneAuth } from "./signin";
import { initialState, PaneStore, type PaneState } from "./state";

export type { DraftView, IntrosView, PaneState, SignInView } from "./state";
export type { PaneVisibility } from "./keep-up";

export { SENT_KEY };

export class PaneController {
  private readonly store: PaneStore;
  private readonly draft: DraftCheck;
  private readonly conversion: Conversion;
  private readonly intros: IntroActions;
  private readonly signInBar: SignInBar;
  /** The admin page's own part, with its own state (admin.ts). */
  readonly admin: AdminConsole;
  /** Several intros at once: the batch views call it directly. */
  readonly batch: Batch;

  /** `auth` is null in sandbox mode, where nobody signs in. */
  constructor(
    private readonly host: MailHost,
    api: Api,
    auth: PaneAuth | null = null,
    batchPace: BatchPace = PACE
  ) {
    this.store = new PaneStore(initialState(host.connector()));
    this.signInBar = new SignInBar(this.store, auth, () => this.intros.refresh());
    this.intros = new IntroActions(this.store, host, api, this.signInBar);
    this.draft = new DraftCheck(this.store, host);
    this.conversion = new Conversion(this.store, host, api, {
      signIn: this.signInBar,
      checkDraft: () => this.draft.check(),
      refreshIntros: () => this.intros.refresh(),
    });
    this.admin = new AdminConsole(
      api,
      (e) => this.signInBar.needsSignIn(e),
      () => void this.intros.refresh(true),
      delivery(host)
    );
    this.batch = new Batch(
      this.store,
      host,
      api,
      {
        signIn: this.signInBar,
        checkDraft: () => this.draft.check(),
        refreshIntros: () => this.intros.refresh(),
      },
      batchPace
    );
  }

  get current(): PaneState {
    return this.store.current;
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    return this.store.subscribe(listener);
  }

  async start(): Promise<void> {
    await Promise.all([
      this.host.onChange((change) => void this.changed(change)),
      this.watchRelaunch(),
    ]);
    if (this.readMode()) return this.refreshIntros();
    const [launch] = await Promise.all([
      launchContext(this.host),
      this.checkDraft(),
      this.refreshIntros(),
      this.conversion.loadPolicy(),
    ]);
    // Opened by the banner's or the send check's button: the connector already chose to convert.
    if (launch) this.startConvert();
  }

  /**
   * Keeps the verdict up with the draft while the pane is visible (Outlook raises no event for body
   * edits); returns what stops it.
   */
  keepUp(visibility: PaneVisibility, everyMs?: number): () => void {
    return keepUp(() => this.draft.poll(), visibility, everyMs);
  }

  /** The pane got focus again: the body may have changed (Outlook raises no event for that), and so may answers. */
  async focused(): Promise<void> {
    if (this.store.current.reading) return this.intros.refresh(true);
    await Promise.all([this.checkDraft(), this.intros.refresh(true)]);
  }

  /**
   * The banner's or the send check's button pressed while the pane is open: Outlook does not load
   * the pane again but hands it the new context, and the connector chose to convert.
   */
  async relaunched(contextData: string): Promise<void> {
    if (!parseLaunchContext(contextData) || this.store.current.reading) return;
    await this.checkDraft();
    this.startConvert();
  }

  /** Outlook raises the relaunch on the item, so a pinned pane listens again on each new item. */
  private watchRelaunch(): Promise<void> {
    return this.host.onRelaunch((contextData) => void this.relaunched(contextData));
  }

  async changed(change: DraftChange): Promise<void> {
    if (change !== "item") return this.draft.changed(change);
    await this.watchRelaunch();
    // A pinned pane moved to another message, read or written.
    const wasReading = this.store.current.reading !== null;
    if (this.readMode()) return this.refreshIntros();
    await Promise.all([this.draft.changed(change), wasReading ? this.refreshIntros() : undefined]);
  }

  /** Whether the item is a message being read; notes it in the state either way. */
  private readMode(): boolean {
    const reading = this.host.readMessage();
    if (reading !== this.store.current.reading)
      this.store.set({ reading, intros: { ...this.store.current.intros, items: [] } });
    return reading !== null;
  }

  checkDraft(): Promise<void> {
    return this.draft.check();
  }

  signIn(): Promise<void> {
    return this.signInBar.signIn();
  }

  markAgreed(): Promise<void> {
    return this.draft.markAgreed();
  }

  unmarkAgreed(): Promise<void> {
    return this.draft.unmarkAgreed();
  }

  startConvert(): void {
    this.conversion.start();
  }

  editParty(
    index: number,
    patch: Partial<Pick<PartyForm, "about" | "why" | "alreadyAgreed">>
  ): void {
    this.conversion.editParty(index, patch);
  }

  editRequest(index: number, patch: Partial<Pick<RequestForm, "subject" | "body">>): void {
    this.conversion.editRequest(index, patch);
  }

  editIntro(patch: Partial<Pick<ConvertForm, "reason" | "finalIntro">>): void {
    this.conversion.editIntro(patch);
  }

  leaveConvert(): Promise<void> {
    return this.conversion.leave();
  }

  send(): Promise<void> {
    return this.conversion.send();
  }

  discard(): Promise<void> {
    return this.conversion.discard();
  }

  refreshIntros(): Promise<void> {
    return this.intros.refresh();
  }

  recordAnswer(introId: string, partyId: string, answer: GivableAnswer): Promise<boolean> {
    return this.intros.recordAnswer(introId, partyId, answer);
  }

  reviewReply(
    introId: string,
    partyId: string,
    replyId: string,
    decision: ReplyDecision,
    until?: string
  ): Promise<boolean> {
    return this.intros.reviewReply(introId, partyId, replyId, decision, until);
  }

  askAgain(intro: IntroResource): Promise<boolean> {
    return this.intros.askAgain(intro);
  }

  downloadRecord(): Promise<boolean> {
    return this.intros.downloadRecord();
  }

  recordOutcome(introId: string, outcome: IntroOutcome): Promise<boolean> {
    return this.intros.recordOutcome(introId, outcome);
  }

  cancelIntro(introId: string): Promise<boolean> {
    return this.intros.cancel(introId);
  }

  openFinalDraft(intro: IntroResource): Promise<void> {
    return this.intros.openFinalDraft(intro);
  }
}
