// The last step of the etiquette, on an introduced intro's card: once the tenant's days have passed,
// one question, "Did Juan and Sue connect?", and afterwards a line saying what came of it. Nothing
// here goes to the parties.

import { useState } from "preact/hooks";
import type { IntroResource } from "../../api/client";
import type { PaneController } from "../controller";
import { asksOutcome, OUTCOME_CHOICES, OUTCOMES, outcomeLine, outcomeQuestion } from "../outcomes";

export function IntroOutcome({
  intro,
  controller,
  busy,
}: {
  intro: IntroResource;
  controller: PaneController;
  busy: boolean;
}) {
  const [changing, setChanging] = useState(false);
  if (intro.state !== "introduced") return null;
  const line = outcomeLine(intro);
  if (!asksOutcome(intro) && !changing) {
    if (!line) return null;
    return (
      <p class="row wrap outcome-line" data-testid="outcome" data-outcome={intro.outcome}>
        <span class="small">{line}</span>
        <button
          type="button"
          class="btn btn-subtle btn-small"
          onClick={() => setChanging(true)}
          aria-label={`Change what came of ${intro.parties.map((p) => p.name).join(" and ")}'s introduction`}
        >
          Change
        </button>
      </p>
    );
  }
  const question = outcomeQuestion(intro);
  return (
    <fieldset class="outcome-question" data-testid="outcome-question">
      <legend class="field-label">{question}</legend>
      <div class="row wrap">
        {OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            class={`btn btn-small ${outcome === "connected" ? "btn-primary" : "btn-subtle"}`}
            data-outcome={outcome}
            disabled={busy}
            onClick={() =>
              void controller
                .recordOutcome(intro.id, outcome)
                .then((done) => done && setChanging(false))
            }
          >
            {OUTCOME_CHOICES[outcome]}
          </button>
        ))}
      </div>
      <p class="muted small">Only you see this; nothing is sent to them.</p>
    </fieldset>
  );
}
