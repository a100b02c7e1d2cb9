// The batch's one review: every pair with both private requests and the reason, each editable or
// removable before Send; then each pair's state as it is created and its requests go out.

import type { PaneController } from "../controller";
import { pairName, progressText, type BatchItem, type BatchView } from "../batch";
import { MessageBar, Problem, useFocusOnMount } from "./parts";
import { PastePairs, PickPairs } from "./batch-start";

const STATUS: Record<BatchItem["status"], string> = {
  ready: "",
  creating: "Creating…",
  failed: "Not sent",
  queued: "Requests going out…",
  asked: "Both asked",
  held: "Waiting for you to sign in",
};

function Item({
  item,
  view,
  controller,
}: {
  item: BatchItem;
  view: BatchView;
  controller: PaneController;
}) {
  const editable = view.phase === "editing" || item.status === "failed";
  const id = (part: string) => `${item.id}-${part}`;
  return (
    <li
      class={`card batch-item status-${item.status}`}
      data-testid="batch-item"
      data-status={item.status}
      aria-labelledby={id("title")}
    >
      <div class="row">
        <h3 id={id("title")} class="intro-title">
          {pairName(item.form)}
        </h3>
        {item.status !== "ready" && (
          <span class={`badge badge-batch-${item.status}`} data-testid="batch-item-status">
            {STATUS[item.status]}
          </span>
        )}
      </div>
      {item.line !== null && <p class="muted address">Line {item.line}</p>}
      <Problem problem={item.problem} />
      <fieldset class="plain" disabled={!editable}>
        <label class="field-label" for={id("reason")}>
          Why they should meet <span class="muted">(used in the final intro)</span>
        </label>
        <textarea
          id={id("reason")}
          class="input textarea"
          rows={2}
          value={item.form.reason}
          onInput={(e) => controller.batch.editReason(item.id, e.currentTarget.value)}
        />
        {item.form.requests.map((r, i) => (
          <details class="batch-request" key={r.email} data-testid="batch-request">
            <summary>
              Private request to {r.name || r.email}: <span class="muted">{r.subject}</span>
            </summary>
            <label class="field-label" for={id(`subject-${i}`)}>
              Subject
            </label>
            <input
              id={id(`subject-${i}`)}
              class="input"
              value={r.subject}
              maxLength={200}
              onInput={(e) =>
                controller.batch.editRequest(item.id, i, { subject: e.currentTarget.value })
              }
            />
            <label class="field-label" for={id(`body-${i}`)}>
              Message
            </label>
            <textarea
              id={id(`body-${i}`)}
              class="input textarea"
              rows={10}
              value={r.body}
              onInput={(e) =>
                controller.batch.editRequest(item.id, i, { body: e.currentTarget.value })
              }
            />
          </details>
        ))}
      </fieldset>
      {view.phase === "editing" ? (
        <button
          type="button"
          class="btn btn-subtle btn-small"
          data-testid="batch-remove"
          onClick={() => controller.batch.remove(item.id)}
        >
          Remove this pair
        </button>
      ) : (
        item.status === "failed" && (
          <button
            type="button"
            class="btn btn-secondary btn-small"
            data-testid="batch-retry"
            disabled={view.phase === "creating"}
            onClick={() => void controller.batch.retry(item.id)}
          >
            Try this one again
          </button>
        )
      )}
    </li>
  );
}

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
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const n = view.items.length;
  const started = view.phase !== "editing";
  const stillQueued = view.phase === "done" && view.items.some((i) => i.status === "queued");
  return (
    <section class="convert" aria-labelledby="batch-title">
      <div class="row">
        <h2 id="batch-title" class="title" tabIndex={-1} ref={heading}>
          {started ? `${n} introductions` : "Review every request"}
        </h2>
        <button
          type="button"
          class="btn btn-subtle"
          onClick={() => void controller.batch.back()}
          disabled={view.phase === "creating"}
        >
          {started ? "Done" : "Back"}
        </button>
      </div>
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
