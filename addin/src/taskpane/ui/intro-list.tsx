// The pending consents view: the connector's intros, open ones first, each party's answer, dates
// and mail replies, and the actions: decide a reply, record an answer that came by mail, cancel,
// open the final draft, ask again. In read mode: the intros of the message being read.

import type { IntroResource } from "../../api/client";
import type { IntrosView, PaneController, SignInView } from "../controller";
import {
  ANSWER_LABELS,
  canRecord,
  cardMeta,
  isOpen,
  partyTimeline,
  stateLine,
  title,
} from "../intros";
import { answeredByLabel, canAskAgain, needsReview, notNowLine } from "../replies";
import type { ReadMessage } from "../../shared/host";
import { recordLine } from "../outcomes";
import { AskAgain } from "./ask-again";
import { CancelIntro, RecordAnswer } from "./card-actions";
import { PartyReplies } from "./party-replies";
import { MessageBar, Problem, type PartyCardProps } from "./parts";
import { IntroOutcome } from "./outcome";
import { HeldForSignIn } from "./sign-in";

function Party({ intro, party: p, controller, busy }: PartyCardProps) {
  const by = answeredByLabel(p);
  return (
    <li data-testid="intro-party" data-answer={p.answer} data-party-id={p.id}>
      <span class="party-line">
        <span class="party-name">{p.name || p.email}</span>
        <span class={`answer answer-${p.answer}`} data-testid="party-answer">
          {notNowLine(p) ?? ANSWER_LABELS[p.answer] ?? p.answer}
          {by && <span class="muted" data-testid="answered-by">{` · ${by}`}</span>}
        </span>
      </span>
      {needsReview(intro, p) && (
        <span class="badge badge-review small" data-testid="party-needs-review">
          Needs your review
        </span>
      )}
      <span class="muted small" data-testid="party-timeline">
        {[p.name ? p.email : "", partyTimeline(p)].filter(Boolean).join(" · ")}
      </span>
      <PartyReplies intro={intro} party={p} controller={controller} busy={busy} />
      {canRecord(intro, p) && !needsReview(intro, p) && (
        <RecordAnswer intro={intro} party={p} controller={controller} busy={busy} />
      )}
    </li>
  );
}

function IntroCard({
  intro,
  controller,
  busy,
  signIn,
  askedAgain,
}: {
  intro: IntroResource;
  controller: PaneController;
  busy: boolean;
  signIn: SignInView;
  askedAgain: string | undefined;
}) {
  const review = intro.parties.some((p) => needsReview(intro, p));
  return (
    <li
      class={`card intro state-${intro.state}`}
      data-testid="intro"
      data-state={intro.state}
      data-intro-id={intro.id}
      data-needs-review={review || undefined}
      aria-busy={busy || undefined}
    >
      <h3 class="intro-title">{title(intro)}</h3>
      <p class="muted small" data-testid="intro-meta">
        {cardMeta(intro)}
      </p>
      <p class={`badge badge-${intro.state}`} data-testid="intro-state">
        {stateLine(intro)}
      </p>
      {review && (
        <p class="badge badge-review" data-testid="needs-review">
          Needs your review
        </p>
      )}
      {isOpen(intro) && <HeldForSignIn intro={intro} view={signIn} controller={controller} />}
      <ul class="parties">
        {intro.parties.map((p) => (
          <Party key={p.id} intro={intro} party={p} controller={controller} busy={busy} />
        ))}
      </ul>
      {isOpen(intro) && (
        <div class="row wrap">
          {intro.state === "ready" && intro.finalDraftId && (
            <button
              type="button"
              class="btn btn-primary btn-small"
              onClick={() => void controller.openFinalDraft(intro)}
            >
              Open the final draft
            </button>
          )}
          <CancelIntro intro={intro} controller={controller} busy={busy} />
        </div>
      )}
      <IntroOutcome intro={intro} controller={controller} busy={busy} />
      {canAskAgain(intro) && (
        <AskAgain intro={intro} controller={controller} busy={busy} done={askedAgain} />
      )}
    </li>
  );
}

export function IntroList({
  view,
  signIn,
  controller,
  reading,
}: {
  view: IntrosView;
  signIn: SignInView;
  controller: PaneController;
  /** Read mode: the list holds the intros of this message's conversation. */
  reading: ReadMessage | null;
}) {
  return (
    <section class="intros" aria-labelledby="intros-title">
      <div class="row">
        <h2 id="intros-title" class="title">
          {reading ? "This message's introduction" : "Your introductions"}
        </h2>
        <button
          type="button"
          class="btn btn-subtle btn-small"
          onClick={() => void controller.refreshIntros()}
          aria-busy={view.loading || undefined}
        >
          {view.loading ? "Refreshing…" : "Refresh"}
        </button>
      </div>
      {!reading && recordLine(view.record) && (
        <p class="muted small" data-testid="connector-record">
          {`Your record: ${recordLine(view.record)}`}
        </p>
      )}
      {view.mailOnHold && (
        <MessageBar intent="warning" title={view.mailOnHold.title}>
          <p data-testid="mail-on-hold">{view.mailOnHold.detail}</p>
        </MessageBar>
      )}
      <Problem problem={view.problem} />
      {view.items.length === 0 && !view.loading && !view.problem && (
        <p class="muted" data-testid="intro-list-empty">
          {reading
            ? "This message isn't part of an introduction you made with the add-in."
            : "None yet. Converted introductions show up here."}
        </p>
      )}
      <ul class="intro-list" data-testid="intro-list" aria-live="polite">
        {view.items.map((intro) => (
          <IntroCard
            key={intro.id}
            intro={intro}
            controller={controller}
            busy={view.busy === intro.id}
            signIn={signIn}
            askedAgain={view.askedAgain[intro.id]}
          />
        ))}
      </ul>
      {!reading && (
        <button
          type="button"
          class="btn btn-subtle btn-small"
          data-testid="download-record"
          onClick={() => void controller.downloadRecord()}
          aria-busy={view.downloading || undefined}
          disabled={view.downloading}
        >
          {view.downloading ? "Downloading…" : "Download my record (CSV)"}
        </button>
      )}
    </section>
  );
}
