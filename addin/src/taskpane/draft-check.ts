// "This draft": read when the pane opens, when recipients or the item change and when the pane
// gets focus again (Outlook raises no event for body edits), then judged, unless the connector is
// already converting it or has sent its requests.

import { assess } from "../shared/assess";
import { SENT_KEY } from "../shared/draft-memory";
import type { DraftChange, MailHost } from "../shared/host";
import { sentView, type PaneStore } from "./state";

export class DraftCheck {
  /** Numbers each read, so that only the latest one is shown. */
  private reads = 0;

  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost
  ) {}

  async changed(change: DraftChange): Promise<void> {
    if (change === "item")
      this.store.set({ connector: this.host.connector(), draft: { kind: "reading" } });
    await this.check();
  }

  /** Reads the draft and decides what to offer, unless the connector is already converting or has sent. */
  async check(): Promise<void> {
    const busy = () => ["convert", "sent"].includes(this.store.current.draft.kind);
    if (busy()) return;
    const read = ++this.reads;
    try {
      const [snapshot, sent] = await Promise.all([
        this.host.readDraft(),
        this.host.keptWithDraft(SENT_KEY),
      ]);
      if (read !== this.reads || busy()) return;
      const previous = sent ? (JSON.parse(sent) as { introId?: string; names?: string }) : null;
      if (previous?.introId) {
        this.store.setDraft(
          sentView(previous.introId, previous.names ?? "", this.host.canDiscard())
        );
        return;
      }
      this.store.setDraft(assess(snapshot, this.store.current.connector));
    } catch (e) {
      if (read === this.reads && !busy())
        this.store.setDraft({
          kind: "unreadable",
          message: e instanceof Error ? e.message : String(e),
        });
    }
  }
}
