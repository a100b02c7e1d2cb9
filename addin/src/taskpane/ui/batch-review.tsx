// The batch's one review: every pair with both private requests and the reason, each editable or
// removable before Send; then each pair's state as it is created and its requests go out.

import type { PaneController } from "../controller";
import { progressText, type BatchView } from "../batch";
import { MessageBar } from "./parts";
import { Item } from "./batch-item";
import { BatchHeading, PastePairs, PickPairs } from "./batch-start";

/** After pairs picked from the draft went out: the draft to all of them must never be sent. */
function Original({ view, controller }: { view: BatchView; controller: PaneController }) {
  const o = view.original;
  if (!o || view.phase === "creating") return null;
  if (o.discarded)
    return (
      <p role="status" data-testid="batch-discarded">
        The original draft was discarded.
      </p>
    );
  return (
    <div class="card batch-entry">
      <p>The original draft to everyone is no longer needed.</p>
      <button
        type="button"
        class="btn btn-secondary btn-block"
        data-testid="batch-discard"
        disabled={o.discarding}
        onClick={() => void controller.batch.discardOriginal()}
      >
        {o.discarding ? "Discarding…" : "Discard the original draft"}
      </button>
      {o.problem && (
        <MessageBar intent="error" title="The draft was not discarded">
          {o.problem}
        </MessageBar>
      )}
    </div>
  );
}

function Review({ view, controller }: { view: BatchView; controller: PaneController }) {
  const n = view.items.length;
  const started = view.phase !== "editing";
  const stillQueued = view.phase === "done" && view.items.some((i) => i.status === "queued");
  return (
    <section class="convert" aria-labelledby="batch-title">
      <BatchHeading
        view={view}
        controller={controller}
        text={started ? `${n} introductions` : "Review every request"}
        back={started ? "Done" : "Back"}
      />
      {started ? (
        <div class="batch-progress">
          <p role="status" aria-live="polite" data-testid="batch-progress">
            {progressText(view.items, view.phase)}
          </p>
          <progress
            max={n}
            value={view.items.filter((i) => i.status === "asked").length}
            aria-hidden="true"
          />
          {stillQueued && (
            <p class="muted">
              The rest go out at your mailbox's pace; each shows under “Your introductions”.
            </p>
          )}
        </div>
      ) : (
        <p class="muted">
          Each pair is its own introduction: both people get a private email, and the intro goes out
          only when both say yes. Open a request to change its words.
        </p>
      )}
      <Original view={view} controller={controller} />
      {view.problem && <MessageBar intent="error" title={view.problem} />}
      <ul class="intro-list" data-testid="batch-items">
        {view.items.map((item) => (
          <Item key={item.id} item={item} view={view} controller={controller} />
        ))}
      </ul>
      {!started && (
        <>
          <fieldset class="card" role="radiogroup">
            <legend>When both people of a pair say yes</legend>
            <label class="check">
              <input
                type="radio"
                name="batchFinalIntro"
                checked={view.finalIntro === "send"}
                onChange={() => controller.batch.setFinalIntro("send")}
              />
              <span>Send the introduction automatically</span>
            </label>
            <label class="check">
              <input
                type="radio"
                name="batchFinalIntro"
                checked={view.finalIntro === "review"}
                onChange={() => controller.batch.setFinalIntro("review")}
              />
              <span>Let me review it first (saved as a draft)</span>
            </label>
          </fieldset>
          <button
            type="button"
            class="btn btn-primary btn-block"
            data-testid="batch-send"
            disabled={n === 0}
            onClick={() => void controller.batch.send()}
          >
            {n === 1 ? "Send 1 intro" : `Send ${n} intros`}
          </button>
        </>
      )}
    </section>
  );
}

export function BatchSection({
  view,
  controller,
}: {
  view: BatchView;
  controller: PaneController;
}) {
  if (view.step === "paste") return <PastePairs view={view} controller={controller} />;
  if (view.step === "pick") return <PickPairs view={view} controller={controller} />;
  return <Review view={view} controller={controller} />;
}
