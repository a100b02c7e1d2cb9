// Creating a batch's intros and following them: one POST /api/intros per pair under its own
// idempotency key, a pair's failure kept on that pair, and then one look at the connector's
// intros every few seconds, for a bounded while, until every request went out (batch.ts says why
// the pane paces nothing else).

import { ApiProblem, type Api } from "../api/client";
import { statusOf, type BatchItem, type BatchView } from "./batch";
import { payloadOf, plainProblem, problemOf } from "./convert";
import { NOT_SENT_SIGN_IN, type SignInBar } from "./signin";

export interface BatchLinks {
  signIn: SignInBar;
  checkDraft(): Promise<void>;
  refreshIntros(): Promise<void>;
}

/** How politely the pane asks: tests shorten the waits. */
export interface BatchPace {
  /** Between two looks at how the intros stand. */
  pollMs: number;
  /** Looks before the pane stops asking and leaves the rest to "Your introductions". */
  maxPolls: number;
  /** Waits after a 429 before the same intro is tried again, one per retry. */
  backoffMs: readonly number[];
}

/** 3 s between looks for at most 3 minutes: 20 pairs' 40 requests take under two at 30 a minute. */
export const PACE: BatchPace = { pollMs: 3000, maxPolls: 60, backoffMs: [5000, 20000] };

/** The batch view as the delivery reads and writes it. */
export interface BatchAccess {
  view(): BatchView | null;
  set(patch: Partial<BatchView>): void;
  setItem(id: string, patch: Partial<BatchItem>): void;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const newKey = (): string => globalThis.crypto.randomUUID();

export class BatchDelivery {
  /** Numbers each following, so that one left behind (the connector went back) stops. */
  private round = 0;
  private following = false;

  constructor(
    private readonly batch: BatchAccess,
    private readonly api: Api,
    private readonly links: BatchLinks,
    private readonly pace: BatchPace
  ) {}

  async create(id: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const item = this.batch.view()?.items.find((i) => i.id === id);
      if (!item) return;
      this.batch.setItem(id, { status: "creating", problem: null });
      const payload = payloadOf(item.form);
      try {
        const intro = await this.api.createIntro(payload, item.key);
        this.links.signIn.succeeded();
        this.batch.setItem(id, { status: statusOf(intro), introId: intro.id, key: newKey() });
        return;
      } catch (e) {
        const busy = e instanceof ApiProblem && e.status === 429;
        const backoff = this.pace.backoffMs[attempt];
        if (busy && backoff !== undefined) {
          await wait(backoff);
          continue;
        }
        // A refusal stored nothing, so an edited pair is a new intro; a lost answer or a 5xx may
        // have stored it, so its retry carries the same key, as does one after a 429.
        const refused =
          e instanceof ApiProblem && e.status >= 400 && e.status < 500 && e.status !== 408 && !busy;
        const problem = this.links.signIn.needsSignIn(e)
          ? NOT_SENT_SIGN_IN
          : e instanceof ApiProblem
            ? problemOf(e, payload, item.form)
            : plainProblem(e, "This intro was not sent");
        this.batch.setItem(id, { status: "failed", problem, key: refused ? newKey() : item.key });
        return;
      }
    }
  }

  /** Asks how the created intros stand until every request is out, or for a bounded while. */
  async follow(): Promise<void> {
    this.batch.set({ phase: "following" });
    // A retry while the batch is followed joins that round.
    if (this.following) return;
    this.following = true;
    const round = ++this.round;
    try {
      for (let n = 0; n < this.pace.maxPolls && this.pending(); n++) {
        await wait(this.pace.pollMs);
        if (round !== this.round || !this.batch.view()) return;
        const intros = await this.api.listIntros().catch(() => null);
        const v = this.batch.view();
        if (!intros || !v || round !== this.round) continue;
        const byId = new Map(intros.map((i) => [i.id, i]));
        this.batch.set({
          items: v.items.map((i) => {
            const intro = i.introId ? byId.get(i.introId) : undefined;
            return intro && i.status !== "failed" ? { ...i, status: statusOf(intro) } : i;
          }),
        });
      }
      this.batch.set({ phase: "done" });
      await this.links.refreshIntros();
    } finally {
      if (round === this.round) this.following = false;
    }
  }

  /** The connector left the batch: nothing more is asked for it. */
  stop(): void {
    this.round++;
    this.following = false;
  }

  private pending(): boolean {
    return this.batch.view()?.items.some((i) => i.status === "queued") ?? false;
  }
}
