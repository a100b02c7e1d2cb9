// How a batch starts: "Several intros" under the draft, the pasted pairs, or pairs picked from
// a draft with more than two people.

import type { ComponentChildren } from "preact";
import type { DraftView, PaneController } from "../controller";
import { allPairs, MAX_PAIRS, pairKey, peopleOf, type BatchView } from "../batch";
import { MessageBar, useFocusOnMount } from "./parts";

const EXAMPLE =
  "Juan Perez <juan@contoso.com>, Sue Lee <sue@fabrikam.com>: you both work on fraud models\nana@northwind.com, Bo Chen <bo@fabrikam.com>: Ana is hiring for what Bo does";

/** Under the draft: the way into a batch, and the draft's own people when it names more than two. */
export function BatchEntry({ view, controller }: { view: DraftView; controller: PaneController }) {
  if (!["offer", "quiet", "tooFew", "agreed"].includes(view.kind)) return null;
  const people = view.kind === "offer" ? peopleOf(view).length : 0;
  return (
    <section class="card batch-entry" aria-label="Several introductions">
      {people > 2 && (
        <>
          <p>
            This draft names {people} people. Introduce them in pairs, each asked privately first?
          </p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            data-testid="batch-pick"
            onClick={() => void controller.batch.openPick()}
          >
            Pick pairs from these {people} people
          </button>
        </>
      )}
      <button
        type="button"
        class="btn btn-subtle"
        data-testid="batch-open"
        onClick={() => void controller.batch.openPaste()}
      >
        Several intros at once…
      </button>
    </section>
  );
}

/** The batch views' heading (focused when it shows) with the way back. */
export function BatchHeading({
  view,
  controller,
  text,
  back = "Back",
}: {
  view: BatchView;
  controller: PaneController;
  text: string;
  back?: string;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div class="row">
      <h2 id="batch-title" class="title" tabIndex={-1} ref={heading}>
        {text}
      </h2>
      <button
        type="button"
        class="btn btn-subtle"
        onClick={() => void controller.batch.back()}
        disabled={view.phase === "creating"}
      >
        {back}
      </button>
    </div>
  );
}

/** Both ways into a batch end in the same review: a form under its heading. */
function BatchForm({
  view,
  controller,
  heading,
  children,
}: {
  view: BatchView;
  controller: PaneController;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <form
      class="convert"
      aria-labelledby="batch-title"
      onSubmit={(e) => {
        e.preventDefault();
        controller.batch.review();
      }}
    >
      <BatchHeading view={view} controller={controller} text={heading} />
      {children}
    </form>
  );
}

export function PastePairs({ view, controller }: { view: BatchView; controller: PaneController }) {
  const problems = view.lineProblems;
  return (
    <BatchForm view={view} controller={controller} heading="Several intros at once">
      <p class="muted">
        One pair per line: two people, each as <strong>Name &lt;address&gt;</strong> or just the
        address, then a colon and why they should meet. Up to {MAX_PAIRS} pairs; each becomes its
        own introduction, asked privately first.
      </p>
      {problems.length > 0 && (
        <MessageBar intent="error" title="Nothing is sent until every line reads">
          <ul data-testid="batch-line-problems">
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      <label class="field-label" for="batch-pairs">
        Pairs
      </label>
      <textarea
        id="batch-pairs"
        class="input textarea batch-pairs"
        data-testid="batch-pairs"
        rows={8}
        value={view.text}
        placeholder={EXAMPLE}
        spellcheck={false}
        aria-invalid={problems.length > 0 || undefined}
        onInput={(e) => controller.batch.editText(e.currentTarget.value)}
      />
      <button type="submit" class="btn btn-primary btn-block" data-testid="batch-review">
        Review the requests
      </button>
    </BatchForm>
  );
}

export function PickPairs({ view, controller }: { view: BatchView; controller: PaneController }) {
  const pairs = allPairs(view.people);
  return (
    <BatchForm view={view} controller={controller} heading="Who should meet whom?">
      <p class="muted">
        Tick each pair to introduce. Every pair is its own introduction: both asked privately, the
        intro only when both say yes.
      </p>
      {view.problem && <MessageBar intent="error" title={view.problem} />}
      <fieldset class="card plain-list" data-testid="batch-pick-list">
        <legend>Pairs from this draft</legend>
        {pairs.map(([a, b]) => {
          const key = pairKey(a.address, b.address);
          return (
            <label class="check" key={key}>
              <input
                type="checkbox"
                checked={view.chosen.includes(key)}
                onChange={() => controller.batch.togglePair(key)}
              />
              <span>
                {a.name} and {b.name}
              </span>
            </label>
          );
        })}
      </fieldset>
      <button type="submit" class="btn btn-primary btn-block" data-testid="batch-review">
        Review the requests
      </button>
    </BatchForm>
  );
}
