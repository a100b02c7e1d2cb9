// The pending consents view: the connector's intros, open ones first, each party's answer and dates,
// and the actions: record an answer that came by mail, cancel, open the final draft.

import { useState } from "preact/hooks";
import type { GivableAnswer, IntroResource, PartyResource } from "../../api/client";
import type { IntrosView, PaneController, SignInView } from "../controller";
import {
  ANSWER_LABELS,
  GIVABLE,
  canRecord,
  isOpen,
  partyTimeline,
  stateLine,
  title,
} from "../intros";
import { Problem } from "./parts";
import { HeldForSignIn } from "./sign-in";

function RecordAnswer({
  intro,
  party,
  controller,
  busy,
}: {
  intro: IntroResource;
  party: PartyResource;
  controller: PaneController;
  busy: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<GivableAnswer>("yes");
  const id = `answer-${intro.id}-${party.id}`;
  if (!open) {
    return (
      <button
        type="button"
        class="btn btn-subtle btn-small"
        onClick={() => setOpen(true)}
        aria-label={`Record ${party.name}'s answer`}
      >
        Record answer
      </button>
    );
  }
  return (
    <div class="record">
      <label class="field-label" for={id}>
        {party.name} answered by mail:
      </label>
      <select
        id={id}
        class="input"
        value={answer}
        onChange={(e) => setAnswer(e.currentTarget.value as GivableAnswer)}
      >
        {GIVABLE.map((a) => (
          <option key={a} value={a}>
            {ANSWER_LABELS[a]}
          </option>
        ))}
      </select>
      <div class="row">
        <button
          type="button"
          class="btn btn-primary btn-small"
          disabled={busy}
          onClick={() =>
            void controller
              .recordAnswer(intro.id, party.id, answer)
              .then((done) => done && setOpen(false))
          }
        >
          Save
        </button>
        <button type="button" class="btn btn-subtle btn-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function CancelIntro({
  intro,
  controller,
  busy,
}: {
  intro: IntroResource;
  controller: PaneController;
  busy: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="btn btn-subtle btn-small" onClick={() => setConfirming(true)}>
        Cancel introduction
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label="Confirm cancelling">
      <p>Cancel it? Nothing more will be sent to either of them.</p>
      <div class="row">
        <button
          type="button"
          class="btn btn-danger btn-small"
          disabled={busy}
          onClick={() => void controller.cancelIntro(intro.id)}
        >
          Yes, cancel it
        </button>
        <button type="button" class="btn btn-subtle btn-small" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}

function IntroCard({
  intro,
  controller,
  busy,
  signIn,
}: {
  intro: IntroResource;
  controller: PaneController;
  busy: boolean;
  signIn: SignInView;
}) {
  return (
    <li
      class={`card intro state-${intro.state}`}
      data-testid="intro"
      data-state={intro.state}
      data-intro-id={intro.id}
      aria-busy={busy || undefined}
    >
      <h3 class="intro-title">{title(intro)}</h3>
      <p class={`badge badge-${intro.state}`} data-testid="intro-state">
        {stateLine(intro)}
      </p>
      {isOpen(intro) && <HeldForSignIn intro={intro} view={signIn} controller={controller} />}
      <ul class="parties">
        {intro.parties.map((p) => (
          <li key={p.id} data-testid="intro-party" data-answer={p.answer}>
            <span class="party-line">
              <span class="party-name">{p.name || p.email}</span>
              <span class={`answer answer-${p.answer}`}>{ANSWER_LABELS[p.answer] ?? p.answer}</span>
            </span>
            <span class="muted small">{partyTimeline(p)}</span>
            {canRecord(intro, p) && (
              <RecordAnswer intro={intro} party={p} controller={controller} busy={busy} />
            )}
          </li>
        ))}
      </ul>
      {isOpen(intro) && (
        <div class="row wrap">
          {intro.state === "ready" && intro.finalDraftId && (
            <button
              type="button"
              class="btn btn-primary btn-small"
              onClick={() => controller.openFinalDraft(intro)}
            >
              Open the final draft
            </button>
          )}
          <CancelIntro intro={intro} controller={controller} busy={busy} />
        </div>
      )}
    </li>
  );
}

export function IntroList({
  view,
  signIn,
  controller,
}: {
  view: IntrosView;
  signIn: SignInView;
  controller: PaneController;
}) {
  return (
    <section class="intros" aria-labelledby="intros-title">
      <div class="row">
        <h2 id="intros-title" class="title">
          Your introductions
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
      <Problem problem={view.problem} />
      {view.items.length === 0 && !view.loading && !view.problem && (
        <p class="muted">None yet. Converted introductions show up here.</p>
      )}
      <ul class="intro-list" data-testid="intro-list" aria-live="polite">
        {view.items.map((intro) => (
          <IntroCard
            key={intro.id}
            intro={intro}
            controller={controller}
            busy={view.busy === intro.id}
            signIn={signIn}
          />
        ))}
      </ul>
    </section>
  );
}
