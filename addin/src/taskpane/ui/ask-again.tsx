// "Ask again" on a closed intro where someone said "not now" without a date: a new intro between
// the same people, after the connector has seen who will be asked.

import { useState } from "preact/hooks";
import type { IntroResource } from "../../api/client";
import type { PaneController } from "../controller";
import { askedAgain } from "../replies";

export function AskAgain({
  intro,
  controller,
  busy,
  done,
}: {
  intro: IntroResource;
  controller: PaneController;
  busy: boolean;
  /** The new intro's id once it was created. */
  done: string | undefined;
}) {
  const [confirming, setConfirming] = useState(false);
  if (done)
    return (
      <p class="small" role="status" data-testid="asked-again">
        Asked again: the new introduction is in your list.
      </p>
    );
  if (!confirming)
    return (
      <button
        type="button"
        class="btn btn-subtle btn-small"
        data-testid="ask-again"
        onClick={() => setConfirming(true)}
      >
        Ask again
      </button>
    );
  const people = askedAgain(intro);
  return (
    <div class="confirm" role="group" aria-label="Confirm asking again">
      <p>A new private request will go to:</p>
      <ul class="small" data-testid="ask-again-people">
        {people.map((p) => (
          <li key={p.id}>{p.name ? `${p.name} <${p.email}>` : p.email}</li>
        ))}
      </ul>
      <div class="row">
        <button
          type="button"
          class="btn btn-primary btn-small"
          data-testid="ask-again-confirm"
          disabled={busy}
          onClick={() => void controller.askAgain(intro)}
        >
          Ask {people.length === 1 ? "them" : "them both"} again
        </button>
        <button type="button" class="btn btn-subtle btn-small" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
