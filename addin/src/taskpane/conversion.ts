// The convert view: the form drafted from the offer, the connector's edits, sending the requests
// (the form keeps everything typed when that fails), and discarding the original draft after.

import { ApiProblem, type Api } from "../api/client";
import { SENT_KEY } from "../shared/draft-memory";
import type { MailHost } from "../shared/host";
import type { TenantPolicy } from "../shared/policy";
import { historyLines, isHistory } from "./history";
import {
  formFor,
  localProblem,
  payloadOf,
  plainProblem,
  problemOf,
  requestedNames,
  type ConvertForm,
  type PartyForm,
  type RequestForm,
} from "./convert";
import { NOT_SENT_SIGN_IN, type SignInBar } from "./signin";
import { sentView, type PaneStore } from "./state";

/** What the convert view hands on to the rest of the pane. */
export interface ConversionLinks {
  signIn: SignInBar;
  checkDraft(): Promise<void>;
  refreshIntros(): Promise<void>;
}

export class Conversion {
  /** The tenant's policy; null until it arrives or when it cannot be had. */
  private policy: TenantPolicy | null = null;

  /** One per conversion: kept across retries, new once the server surely stored nothing. */
  private idempotencyKey = newKey();

  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost,
    private readonly api: Api,
    private readonly links: ConversionLinks
  ) {}

  async loadPolicy(): Promise<void> {
    // Without it the pane still works, with the product's defaults.
    this.policy = await this.api.getPolicy().catch(() => null);
  }

  start(): void {
    const d = this.store.current.draft;
    if (d.kind !== "offer") return;
    const form = formFor(d, this.policy?.finalIntro);
    this.store.setDraft({ kind: "convert", form, sending: false, problem: null, history: [] });
    void this.recall(form);
  }

  /**
   * Asks what the connector already did with these two people and adds it to the form when the
   * answer comes; the form never waits for it, and a lookup that fails says nothing.
   */
  private async recall(form: ConvertForm): Promise<void> {
    const [a, b] = form.parties;
    if (!a || !b) return;
    const history = await this.api.introHistory(a.address, b.address).catch(() => null);
    if (!isHistory(history)) return;
    const d = this.store.current.draft;
    // The connector may have gone back to the draft, or to another pair, meanwhile.
    if (d.kind !== "convert" || pairOf(d.form) !== pairOf(form)) return;
    const names = new Map(d.form.parties.map((p) => [p.address.toLowerCase(), p.name]));
    const lines = historyLines(history, (address) => names.get(address.toLowerCase()));
    if (lines.length > 0) this.store.setDraft({ ...d, history: lines });
  }

  private edit(change: (form: ConvertForm) => ConvertForm): void {
    const d = this.store.current.draft;
    if (d.kind === "convert" && !d.sending) this.store.setDraft({ ...d, form: change(d.form) });
  }

  editParty(
    index: number,
    patch: Partial<Pick<PartyForm, "about" | "why" | "alreadyAgreed">>
  ): void {
    this.edit((f) => ({
      ...f,
      parties: f.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
  }

  editRequest(index: number, patch: Partial<Pick<RequestForm, "subject" | "body">>): void {
    this.edit((f) => ({
      ...f,
      requests: f.requests.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    }));
  }

  editIntro(patch: Partial<Pick<ConvertForm, "reason" | "finalIntro">>): void {
    this.edit((f) => ({ ...f, ...patch }));
  }

  /** Back to the offer, rereading the draft. */
  async leave(): Promise<void> {
    const d = this.store.current.draft;
    if (d.kind !== "convert" || d.sending) return;
    this.store.setDraft({ kind: "reading" });
    await this.links.checkDraft();
  }

  async send(): Promise<void> {
    const d = this.store.current.draft;
    if (d.kind !== "convert" || d.sending) return;
    const payload = payloadOf(d.form);
    const local = localProblem(payload, this.store.current.connector);
    if (local) return this.store.setDraft({ ...d, problem: local });
    this.store.setDraft({ ...d, sending: true, problem: null });
    try {
      const intro = await this.api.createIntro(payload, this.idempotencyKey);
      this.idempotencyKey = newKey();
      const names = requestedNames(d.form);
      this.store.setDraft(sentView(intro.id, names, this.host.canDiscard()));
      await this.host.keepWithDraft(SENT_KEY, JSON.stringify({ introId: intro.id, names }));
      await this.host.notify(
        names
          ? `Double opt-in: private requests sent to ${names}. This draft can be discarded.`
          : "Double opt-in: both already agreed, so the introduction goes out without requests. This draft can be discarded."
      );
      await this.links.refreshIntros();
    } catch (e) {
      // A refusal (400, 403, 409…) stored nothing: an edited form is a new conversion. A lost answer
      // or a 5xx may have stored it, so the next try carries the same key.
      if (
        e instanceof ApiProblem &&
        e.status >= 400 &&
        e.status < 500 &&
        e.status !== 408 &&
        e.status !== 429
      )
        this.idempotencyKey = newKey();
      const problem = this.links.signIn.needsSignIn(e)
        ? NOT_SENT_SIGN_IN
        : e instanceof ApiProblem
          ? problemOf(e, payload, d.form)
          : plainProblem(e, "The requests were not sent");
      // The form keeps everything typed: only `sending` and `problem` change.
      const now = this.store.current.draft;
      if (now.kind === "convert") this.store.setDraft({ ...now, sending: false, problem });
    }
  }

  async discard(): Promise<void> {
    const d = this.store.current.draft;
    if (d.kind !== "sent" || !d.canDiscard || d.discarding) return;
    this.store.setDraft({ ...d, discarding: true, problem: null });
    try {
      // In Outlook the pane stops running once the draft is discarded; the sandbox keeps it open.
      await this.host.discardDraft();
      this.store.setDraft({ ...d, discarding: false, discarded: true });
    } catch (e) {
      this.store.setDraft({
        ...d,
        discarding: false,
        problem: e instanceof Error ? e.message : String(e),
      });
    }
  }
}

function pairOf(form: ConvertForm): string {
  return form.parties
    .map((p) => p.address.toLowerCase())
    .sort()
    .join(" ");
}

function newKey(): string {
  return globalThis.crypto.randomUUID();
}
