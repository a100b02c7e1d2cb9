// "Your introductions": the list from the server, refreshed when the pane opens, regains focus or
// sends, and what the connector can do to one of them.

import type { Api, GivableAnswer, IntroResource } from "../api/client";
import type { MailHost } from "../shared/host";
import { plainProblem } from "./convert";
import { ordered } from "./intros";
import type { SignInBar } from "./signin";
import type { PaneStore } from "./state";

export class IntroActions {
  constructor(
    private readonly store: PaneStore,
    private readonly host: MailHost,
    private readonly api: Api,
    private readonly signIn: SignInBar
  ) {}

  async refresh(): Promise<void> {
    this.store.setIntros({ loading: true });
    try {
      this.store.setIntros({
        loading: false,
        items: ordered(await this.api.listIntros()),
        problem: null,
      });
      this.signIn.succeeded();
    } catch (e) {
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

  cancel(introId: string): Promise<boolean> {
    return this.act(
      introId,
      () => this.api.cancelIntro(introId),
      "The introduction was not cancelled"
    );
  }

  openFinalDraft(intro: IntroResource): void {
    if (intro.finalDraftId) this.host.openMessage(intro.finalDraftId);
  }
}
