// The batch view: pairs pasted or picked from the draft, one review of every request, then one
// intro created per pair, one after the other, each under its own idempotency key, and how each
// stands as the server sends its requests at the mailbox's pace (batch-delivery.ts; batch.ts says
// why the pane needs no pacing of its own). One pair's failure stops no other; it is shown on that
// pair, with a retry.

import type { Api } from "../api/client";
import type { Detection } from "../core";
import type { MailHost } from "../shared/host";
import type { TenantPolicy } from "../shared/policy";
import {
  allPairs,
  batchItem,
  MAX_PAIRS,
  batchLanguage,
  formForPasted,
  formForPicked,
  pairKey,
  parsePairs,
  peopleOf,
  type BatchItem,
  type BatchView,
} from "./batch";
import { BatchDelivery, newKey, PACE, type BatchLinks, type BatchPace } from "./batch-delivery";
import { localProblem, payloadOf, type RequestForm } from "./convert";
import type { PaneStore } from "./state";

export { PACE, type BatchLinks, type BatchPace } from "./batch-delivery";

export class Batch {
  private policy: TenantPolicy | null = null;
  /** The draft the pairs are picked from. */
  private detection: Detection | null = null;
  private readonly delivery: BatchDelivery;

  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost,
    private readonly api: Api,
    private readonly links: BatchLinks,
    pace: BatchPace = PACE
  ) {
    this.delivery = new BatchDelivery(
      {
        view: () => this.view,
        set: (patch) => this.set(patch),
        setItem: (id, patch) => this.setItem(id, patch),
      },
      api,
      links,
      pace
    );
  }

  private get view(): BatchView | null {
    const d = this.store.current.draft;
    return d.kind === "batch" ? d : null;
  }

  private set(patch: Partial<BatchView>): void {
    const v = this.view;
    if (v) this.store.setDraft({ ...v, ...patch, kind: "batch" });
  }

  private setItem(id: string, patch: Partial<BatchItem>): void {
    const v = this.view;
    if (v) this.set({ items: v.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) });
  }

  private async open(step: BatchView["step"]): Promise<void> {
    this.policy ??= await this.api.getPolicy().catch(() => null);
    this.store.setDraft({
      kind: "batch",
      step,
      text: "",
      lineProblems: [],
      people: this.detection ? peopleOf(this.detection) : [],
      chosen: [],
      items: [],
      finalIntro: this.policy?.finalIntro ?? "send",
      phase: "editing",
      problem: null,
      original: null,
    });
  }

  /** "Several intros": pairs pasted one per line. */
  openPaste(): Promise<void> {
    this.detection = null;
    return this.open("paste");
  }

  /** The draft has more than two people: pairs picked from them. */
  openPick(): Promise<void> {
    const d = this.store.current.draft;
    if (d.kind !== "offer") return Promise.resolve();
    this.detection = { verdict: d.verdict, analysis: d.analysis };
    return this.open("pick");
  }

  editText(text: string): void {
    this.set({ text, lineProblems: [] });
  }

  togglePair(key: string): void {
    const v = this.view;
    if (!v) return;
    const chosen = v.chosen.includes(key) ? v.chosen.filter((k) => k !== key) : [...v.chosen, key];
    this.set({ chosen, problem: null });
  }

  /** To the review, drafting every pair; a pasted line that does not read keeps the connector here. */
  review(): void {
    const v = this.view;
    if (!v || v.phase !== "editing") return;
    const connector = this.store.current.connector;
    if (v.step === "paste") {
      const { pairs, problems } = parsePairs(v.text, connector);
      if (problems.length > 0) return this.set({ lineProblems: problems });
      const language = batchLanguage(pairs, connector);
      const items = pairs.map((p, i) =>
        batchItem(
          `pair-${i}`,
          p.line,
          formForPasted(p, connector, language, v.finalIntro),
          newKey()
        )
      );
      return this.set({ step: "review", items, lineProblems: [], problem: null });
    }
    const detection = this.detection;
    const pairs = allPairs(v.people).filter(([a, b]) =>
      v.chosen.includes(pairKey(a.address, b.address))
    );
    if (!detection || pairs.length === 0)
      return this.set({ problem: "Pick at least one pair to introduce." });
    if (pairs.length > MAX_PAIRS)
      return this.set({
        problem: `That is ${pairs.length} pairs; one batch holds at most ${MAX_PAIRS}. Send the rest as a second batch.`,
      });
    const items = pairs.map((pair, i) =>
      batchItem(`pair-${i}`, null, formForPicked(detection, pair, v.finalIntro), newKey())
    );
    this.set({ step: "review", items, problem: null });
  }

  /** Back a step: from the review to the pairs (edits to requests are dropped), from the pairs to the draft. */
  async back(): Promise<void> {
    const v = this.view;
    if (!v || v.phase === "creating") return;
    if (v.step === "review" && v.phase === "editing")
      return this.set({ step: this.detection ? "pick" : "paste", items: [] });
    this.delivery.stop();
    this.store.setDraft({ kind: "reading" });
    await this.links.checkDraft();
  }

  remove(id: string): void {
    const v = this.view;
    if (v?.phase === "editing") this.set({ items: v.items.filter((i) => i.id !== id) });
  }

  editRequest(
    id: string,
    index: number,
    patch: Partial<Pick<RequestForm, "subject" | "body">>
  ): void {
    this.editForm(id, (f) => ({
      ...f,
      requests: f.requests.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    }));
  }

  editReason(id: string, reason: string): void {
    this.editForm(id, (f) => ({ ...f, reason }));
  }

  setFinalIntro(finalIntro: BatchView["finalIntro"]): void {
    const v = this.view;
    if (v?.phase === "editing")
      this.set({
        finalIntro,
        items: v.items.map((i) => ({ ...i, form: { ...i.form, finalIntro } })),
      });
  }

  private editForm(id: string, change: (f: BatchItem["form"]) => BatchItem["form"]): void {
    const v = this.view;
    const item = v?.items.find((i) => i.id === id);
    // An intro the server created is not edited any more; one that failed may be, before its retry.
    if (!item || (item.status !== "ready" && item.status !== "failed")) return;
    this.setItem(id, { form: change(item.form), problem: null });
  }

  /** Creates every intro, one after the other; nothing goes while any pair's requests would be refused. */
  async send(): Promise<void> {
    const v = this.view;
    if (!v || v.step !== "review" || v.phase !== "editing") return;
    if (v.items.length === 0) return this.set({ problem: "No pairs left to introduce." });
    const connector = this.store.current.connector;
    const refused = v.items.map((i) => ({
      i,
      problem: localProblem(payloadOf(i.form), connector),
    }));
    if (refused.some((r) => r.problem)) {
      return this.set({
        problem: "Some requests need a change before anything is sent; they are marked below.",
        items: refused.map(({ i, problem }) => ({ ...i, problem })),
      });
    }
    const original =
      this.detection && this.host.canDiscard()
        ? { discarding: false, discarded: false, problem: null }
        : null;
    this.set({ phase: "creating", problem: null, original });
    for (const item of v.items) {
      if (!this.view) return;
      await this.delivery.create(item.id);
    }
    await this.delivery.follow();
  }

  /** The pairs picked from the draft went out: the draft to all of them is no longer needed. */
  async discardOriginal(): Promise<void> {
    const o = this.view?.original;
    if (!o || o.discarding || o.discarded) return;
    this.set({ original: { ...o, discarding: true, problem: null } });
    try {
      // In Outlook the pane stops running once the draft is discarded; the sandbox keeps it open.
      await this.host.discardDraft();
      this.set({ original: { discarding: false, discarded: true, problem: null } });
    } catch (e) {
      const problem = e instanceof Error ? e.message : String(e);
      this.set({ original: { discarding: false, discarded: false, problem } });
    }
  }

  /** Tries one pair again, under the same key when its first try may have been stored. */
  async retry(id: string): Promise<void> {
    const v = this.view;
    if (!v || v.phase === "creating" || v.items.find((i) => i.id === id)?.status !== "failed")
      return;
    const local = localProblem(
      payloadOf(v.items.find((i) => i.id === id)!.form),
      this.store.current.connector
    );
    if (local) return this.setItem(id, { problem: local });
    this.set({ phase: "creating" });
    await this.delivery.create(id);
    await this.delivery.follow();
  }
}
