// The task pane's state and everything it does, with the mail client and the server passed in:
// Outlook (or the sandbox's stand-in) through MailHost, the server through Api.

import { SENT_KEY } from "../shared/draft-memory";
import type { TenantPolicy } from "../shared/policy";
import { ApiProblem, type Api, type GivableAnswer, type IntroResource } from "../api/client";
import { assess } from "../shared/assess";
import {
  formFor, localProblem, payloadOf, plainProblem, problemOf, requestedNames,
  type ConvertForm, type PartyForm, type RequestForm,
} from "./convert";
import type { DraftChange, MailHost } from "../shared/host";
import { launchContext } from "./launch";
import { ordered } from "./intros";
import { NOT_SENT_SIGN_IN, signInReason, type PaneAuth } from "./signin";
import type { DraftView, IntrosView, PaneState, SignInView } from "./state";

export type { DraftView, IntrosView, PaneState, SignInView } from "./state";

export { SENT_KEY };

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<(state: PaneState) => void>();
  private reads = 0;
  /** The tenant's policy; null until it arrives or when it cannot be had. */
  private policy: TenantPolicy | null = null;

  /** `auth` is null in sandbox mode, where nobody signs in. */
  constructor(private readonly host: MailHost, private readonly api: Api, private readonly auth: PaneAuth | null = null) {
    this.state = {
      connector: host.connector(), draft: { kind: "reading" }, intros: { loading: true, items: [], problem: null, busy: null },
      signIn: { needed: false, busy: false, message: null },
    };
  }

  get current(): PaneState {
    return this.state;
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  private setDraft(draft: DraftView): void {
    this.set({ draft });
  }

  private setIntros(patch: Partial<IntrosView>): void {
    this.set({ intros: { ...this.state.intros, ...patch } });
  }

  private setSignIn(patch: Partial<SignInView>): void {
    this.set({ signIn: { ...this.state.signIn, ...patch } });
  }

  /** True when the failure means "sign in": the pane then says so once, beside whatever was typed. */
  private needsSignIn(e: unknown): boolean {
    const message = signInReason(e);
    if (message !== null) this.setSignIn({ needed: true, message });
    return message !== null;
  }

  /** The "Sign in" button: the sign-in window, then the list again (the server resumes held mail on that call). */
  async signIn(): Promise<void> {
    if (this.state.signIn.busy) return;
    this.setSignIn({ busy: true });
    try {
      await this.auth?.signIn();
      this.setSignIn({ needed: false, busy: false, message: null });
    } catch (e) {
      this.setSignIn({ needed: true, busy: false, message: signInReason(e) ?? (e instanceof Error ? e.message : String(e)) });
      return;
    }
    await this.refreshIntros();
  }

  async start(): Promise<void> {
    await this.host.onChange((change) => void this.changed(change));
    const [launch] = await Promise.all([launchContext(this.host), this.checkDraft(), this.refreshIntros(), this.loadPolicy()]);
    // Opened by the banner's or the send check's button: the connector already chose to convert.
    if (launch) this.startConvert();
  }

  private async loadPolicy(): Promise<void> {
    // Without it the pane still works, with the product's defaults.
    this.policy = await this.api.getPolicy().catch(() => null);
  }

  /** The pane got focus again: the body may have changed (Outlook raises no event for that), and so may answers. */
  async focused(): Promise<void> {
    await Promise.all([this.checkDraft(), this.refreshIntros()]);
  }

  async changed(change: DraftChange): Promise<void> {
    if (change === "item") this.set({ connector: this.host.connector(), draft: { kind: "reading" } });
    await this.checkDraft();
  }

  /** Reads the draft and decides what to offer, unless the connector is already converting or has sent. */
  async checkDraft(): Promise<void> {
    const busy = () => ["convert", "sent"].includes(this.state.draft.kind);
    if (busy()) return;
    const read = ++this.reads;
    try {
      const [snapshot, sent] = await Promise.all([this.host.readDraft(), this.host.recall(SENT_KEY)]);
      if (read !== this.reads || busy()) return;
      const previous = sent ? (JSON.parse(sent) as { introId?: string; names?: string }) : null;
      if (previous?.introId) {
        this.setDraft(this.sentView(previous.introId, previous.names ?? ""));
        return;
      }
      this.setDraft(assess(snapshot, this.state.connector));
    } catch (e) {
      if (read === this.reads && !busy()) this.setDraft({ kind: "unreadable", message: e instanceof Error ? e.message : String(e) });
    }
  }

  private sentView(introId: string, names: string): DraftView {
    return { kind: "sent", introId, names, canDiscard: this.host.canDiscard(), discarding: false, discarded: false, problem: null };
  }

  startConvert(): void {
    const d = this.state.draft;
    if (d.kind !== "offer") return;
    this.setDraft({ kind: "convert", form: formFor(d, this.policy?.finalIntro), sending: false, problem: null });
  }

  private editForm(edit: (form: ConvertForm) => ConvertForm): void {
    const d = this.state.draft;
    if (d.kind === "convert" && !d.sending) this.setDraft({ ...d, form: edit(d.form) });
  }

  editParty(index: number, patch: Partial<Pick<PartyForm, "about" | "alreadyAgreed">>): void {
    this.editForm((f) => ({ ...f, parties: f.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
  }

  editRequest(index: number, patch: Partial<Pick<RequestForm, "subject" | "body">>): void {
    this.editForm((f) => ({ ...f, requests: f.requests.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  }

  editIntro(patch: Partial<Pick<ConvertForm, "reason" | "finalIntro">>): void {
    this.editForm((f) => ({ ...f, ...patch }));
  }

  /** Back to the offer, rereading the draft. */
  async leaveConvert(): Promise<void> {
    if (this.state.draft.kind !== "convert" || this.state.draft.sending) return;
    this.setDraft({ kind: "reading" });
    await this.checkDraft();
  }

  async send(): Promise<void> {
    const d = this.state.draft;
    if (d.kind !== "convert" || d.sending) return;
    const payload = payloadOf(d.form);
    const local = localProblem(payload, this.state.connector);
    if (local) return this.setDraft({ ...d, problem: local });
    this.setDraft({ ...d, sending: true, problem: null });
    try {
      const intro = await this.api.createIntro(payload);
      const names = requestedNames(d.form);
      this.setDraft(this.sentView(intro.id, names));
      await this.host.remember(SENT_KEY, JSON.stringify({ introId: intro.id, names }));
      await this.host.notify(names
        ? `Double opt-in: private requests sent to ${names}. This draft can be discarded.`
        : "Double opt-in: both already agreed, so the introduction goes out without requests. This draft can be discarded.");
      await this.refreshIntros();
    } catch (e) {
      const problem = this.needsSignIn(e) ? NOT_SENT_SIGN_IN : e instanceof ApiProblem ? problemOf(e, payload, d.form) : plainProblem(e, "The requests were not sent");
      // The form keeps everything typed: only `sending` and `problem` change.
      const now = this.state.draft;
      if (now.kind === "convert") this.setDraft({ ...now, sending: false, problem });
    }
  }

  async discard(): Promise<void> {
    const d = this.state.draft;
    if (d.kind !== "sent" || !d.canDiscard || d.discarding) return;
    this.setDraft({ ...d, discarding: true, problem: null });
    try {
      // In Outlook the pane stops running once the draft is discarded; the sandbox keeps it open.
      await this.host.discardDraft();
      this.setDraft({ ...d, discarding: false, discarded: true });
    } catch (e) {
      this.setDraft({ ...d, discarding: false, problem: e instanceof Error ? e.message : String(e) });
    }
  }

  async refreshIntros(): Promise<void> {
    this.setIntros({ loading: true });
    try {
      this.setIntros({ loading: false, items: ordered(await this.api.listIntros()), problem: null });
      if (this.state.signIn.needed && !this.state.signIn.busy) this.setSignIn({ needed: false, message: null });
    } catch (e) {
      this.setIntros({ loading: false, problem: this.needsSignIn(e) ? null : plainProblem(e, "Your introductions could not be loaded") });
    }
  }

  private async act(introId: string, action: () => Promise<IntroResource>, failure: string): Promise<boolean> {
    if (this.state.intros.busy) return false;
    this.setIntros({ busy: introId, problem: null });
    try {
      const updated = await action();
      this.setIntros({ busy: null, items: ordered(this.state.intros.items.map((i) => (i.id === updated.id ? updated : i))) });
      return true;
    } catch (e) {
      this.setIntros({ busy: null, problem: this.needsSignIn(e) ? null : plainProblem(e, failure) });
      return false;
    }
  }

  recordAnswer(introId: string, partyId: string, answer: GivableAnswer): Promise<boolean> {
    return this.act(introId, () => this.api.recordAnswer(introId, partyId, answer), "The answer was not recorded");
  }

  cancelIntro(introId: string): Promise<boolean> {
    return this.act(introId, () => this.api.cancelIntro(introId), "The introduction was not cancelled");
  }

  openFinalDraft(intro: IntroResource): void {
    if (intro.finalDraftId) this.host.openMessage(intro.finalDraftId);
  }
}
