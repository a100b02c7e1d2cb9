// One pair of a batch: its reason and both private requests, editable before Send (and after a
// failure, before its retry), with its state once sent.

import type { PaneController } from "../controller";
import { pairName, type BatchItem, type BatchView } from "../batch";
import { Problem } from "./parts";

const STATUS: Record<BatchItem["status"], string> = {
  ready: "",
  creating: "Creating…",
  failed: "Not sent",
  queued: "Requests going out…",
  asked: "Both asked",
  held: "Waiting for you to sign in",
};

export function Item({
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
