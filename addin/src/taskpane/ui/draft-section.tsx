// The "this draft" half of the pane: what was found, and the offer to make it double opt-in.

import type { PaneController, DraftView } from "../controller";
import { BatchSection } from "./batch-review";
import { ConvertFormView } from "./convert-form";
import { MessageBar, useFocusOnMount } from "./parts";

type Props<K extends DraftView["kind"]> = {
  view: Extract<DraftView, { kind: K }>;
  controller: PaneController;
};

function CheckAgain({ controller }: { controller: PaneController }) {
  return (
    <button type="button" class="btn btn-subtle" onClick={() => void controller.checkDraft()}>
      Check again
    </button>
  );
}

function Offer({ view, controller }: Props<"offer">) {
  const [a, b] = view.verdict.parties;
  const signals = view.verdict.signals.filter((s) => s.weight > 0).slice(0, 3);
  return (
    <section class="card card-offer" aria-labelledby="offer-title">
      <h2 id="offer-title" class="title">
        This looks like an introduction of {a?.name || a?.address} and {b?.name || b?.address}
      </h2>
      {view.verdict.reason ? (
        <p>
          <span class="label">Your reason: </span>
          {view.verdict.reason}
        </p>
      ) : (
        <p class="muted">
          You don't say why they should meet; you can add a reason on the next step.
        </p>
      )}
      {signals.length > 0 && (
        <div>
          <p class="label">What I noticed</p>
          <ul class="signals">
            {signals.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ul>
        </div>
      )}
      <p>Ask each of them privately first. The introduction goes out only when both say yes.</p>
      <button
        type="button"
        class="btn btn-primary btn-block"
        data-testid="make-double-opt-in"
        onClick={() => controller.startConvert()}
      >
        Make it double opt-in
      </button>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        data-testid="both-agreed"
        onClick={() => void controller.markAgreed()}
      >
        They both already agreed
      </button>
      <p class="muted">Asked them both in person already? Then this draft can go out as it is.</p>
    </section>
  );
}

function Agreed({ view, controller }: Props<"agreed">) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const names = view.parties.map((p) => p.name || p.address).join(" and ");
  return (
    <section class="card" aria-labelledby="agreed-title" data-testid="draft-agreed">
      <MessageBar intent="success">
        <h2 id="agreed-title" class="bar-title" tabIndex={-1} ref={heading}>
          {names} both already agreed
        </h2>
        <p>Send this introduction as you wrote it: the add-in won't stop it.</p>
      </MessageBar>
      <button
        type="button"
        class="btn btn-subtle"
        data-testid="take-back-agreed"
        onClick={() => void controller.unmarkAgreed()}
      >
        Take that back
      </button>
    </section>
  );
}

function Sent({ view, controller }: Props<"sent">) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="card" aria-labelledby="sent-title" data-testid="sent">
      <MessageBar intent="success">
        <h2 id="sent-title" class="bar-title" tabIndex={-1} ref={heading}>
          {view.names
            ? `Requests sent to ${view.names}`
            : "Both already agreed: no requests needed"}
        </h2>
        <p>
          {view.names
            ? "Each request is a private email. Answers show up under “Your introductions”."
            : "The introduction is on its way; it shows up under “Your introductions”."}
        </p>
      </MessageBar>
      {view.discarded ? (
        <p role="status">The original draft was discarded.</p>
      ) : view.canDiscard ? (
        <>
          <p>The original three-way draft is no longer needed.</p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            data-testid="discard-draft"
            disabled={view.discarding}
            onClick={() => void controller.discard()}
          >
            {view.discarding ? "Discarding…" : "Discard the original draft"}
          </button>
        </>
      ) : (
        <p>
          Close this message and choose <strong>Discard</strong> so that the three-way draft is
          never sent.
        </p>
      )}
      {view.problem && (
        <MessageBar intent="error" title="The draft was not discarded">
          {view.problem}
        </MessageBar>
      )}
    </section>
  );
}

export function DraftSection({
  view,
  controller,
}: {
  view: DraftView;
  controller: PaneController;
}) {
  switch (view.kind) {
    case "reading":
      return (
        <p class="muted" role="status">
          Reading your draft…
        </p>
      );
    case "unreadable":
      return (
        <MessageBar intent="warning" title="I couldn't read this draft">
          <p>{view.message}</p>
          <CheckAgain controller={controller} />
        </MessageBar>
      );
    case "tooFew":
      return (
        <section class="card card-quiet" aria-label="This draft" data-testid="draft-quiet">
          <p role="status">
            {view.resolved === 0 ? "No recipients yet." : "Only one recipient so far."} An
            introduction needs both people in To or Cc.
          </p>
          <p class="muted">
            Outlook shares only recipients it has resolved: pick each person from the suggestions.
          </p>
          <CheckAgain controller={controller} />
        </section>
      );
    case "quiet":
      return (
        <section class="card card-quiet" aria-label="This draft" data-testid="draft-quiet">
          <p role="status">This draft doesn't look like an introduction. Nothing to do here.</p>
          <CheckAgain controller={controller} />
        </section>
      );
    case "offer":
      return <Offer view={view} controller={controller} />;
    case "agreed":
      return <Agreed view={view} controller={controller} />;
    case "convert":
      return <ConvertFormView view={view} controller={controller} />;
    case "sent":
      return <Sent view={view} controller={controller} />;
    case "batch":
      return <BatchSection view={view} controller={controller} />;
  }
}
