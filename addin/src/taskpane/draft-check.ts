// "This draft": read when the pane opens, when recipients or the item change, when the pane gets
// focus again, and while it is visible (keep-up.ts: Outlook raises no event for body edits), then
// judged, unless the connector is already converting it or has sent its requests. The connector
// may mark that both people already agreed, which the send check honours, and take it back.

import type { Person } from "../core";
import { assess } from "../shared/assess";
import { AGREED_KEY, SENT_KEY, agreedOn, agreementFor } from "../shared/draft-memory";
import type { ComposeSnapshot, DraftChange, MailHost } from "../shared/host";
import { sentView, type PaneStore } from "./state";

/** What detection depends on, as one string: equal strings, equal verdicts. */
function fingerprint(s: ComposeSnapshot): string {
  const people = (list: Person[]) => list.map((p) => `${p.name ?? ""} <${p.address ?? ""}>`);
  return JSON.stringify([people(s.to), people(s.cc), s.subject, s.body]);
}

export class DraftCheck {
  /** Numbers each read, so that only the latest one is shown. */
  private reads = 0;
  /** The fingerprint of the draft the view was last judged from; null when none was. */
  private judged: string | null = null;

  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost
  ) {}

  private busy(): boolean {
    return ["convert", "sent", "batch"].includes(this.store.current.draft.kind);
  }

  async changed(change: DraftChange): Promise<void> {
    if (change === "item")
      this.store.set({ connector: this.host.connector(), draft: { kind: "reading" } });
    await this.check();
  }

  /**
   * Reads the draft and judges it again only when it changed since it was last judged: detection
   * is cheap, but the view should not be redrawn for nothing.
   */
  async poll(): Promise<void> {
    if (this.busy() || this.store.current.reading) return;
    // A read that fails is tried again on the next round; check() says why when it fails too.
    const snapshot = await this.host.readDraft().catch(() => null);
    if (!snapshot || this.busy() || fingerprint(snapshot) === this.judged) return;
    await this.check();
  }

  /** Reads the draft and decides what to offer, unless the connector is already converting or has sent. */
  async check(): Promise<void> {
    if (this.busy()) return;
    const read = ++this.reads;
    try {
      const [snapshot, sent, agreement] = await Promise.all([
        this.host.readDraft(),
        this.host.keptWithDraft(SENT_KEY),
        this.host.keptWithDraft(AGREED_KEY),
      ]);
      if (read !== this.reads || this.busy()) return;
      this.judged = fingerprint(snapshot);
      const previous = sent ? (JSON.parse(sent) as { introId?: string; names?: string }) : null;
      if (previous?.introId) {
        this.store.setDraft(
          sentView(previous.introId, previous.names ?? "", this.host.canDiscard())
        );
        return;
      }
      const assessment = assess(snapshot, this.store.current.connector);
      // A mark for two other people than these says nothing about this introduction.
      if (assessment.kind === "offer" && agreedOn(agreement, assessment.verdict.parties))
        this.store.setDraft({ kind: "agreed", parties: assessment.verdict.parties });
      else this.store.setDraft(assessment);
    } catch (e) {
      if (read === this.reads && !this.busy()) {
        this.judged = null;
        this.store.setDraft({
          kind: "unreadable",
          message: e instanceof Error ? e.message : String(e),
        });
      }
    }
  }

  /** Both people already agreed (asked in person): the draft may be sent as written. */
  async markAgreed(): Promise<void> {
    const d = this.store.current.draft;
    const parties =
      d.kind === "offer"
        ? d.verdict.parties
        : d.kind === "convert" && !d.sending
          ? d.form.parties.map((p) => ({ name: p.name, address: p.address }))
          : null;
    if (!parties) return;
    this.store.setDraft({ kind: "agreed", parties });
    await this.host.keepWithDraft(AGREED_KEY, agreementFor(parties));
    // The banner's offer is answered.
    await this.host.clearNotice();
  }

  /** Takes the mark back: the draft is judged again, and the offer shows again. */
  async unmarkAgreed(): Promise<void> {
    if (this.store.current.draft.kind !== "agreed") return;
    this.store.setDraft({ kind: "reading" });
    await this.host.dropFromDraft(AGREED_KEY);
    await this.check();
  }
}
