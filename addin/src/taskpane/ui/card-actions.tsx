// The actions on an intro card that are not about replies: record an answer that came by mail
// (for a party with no reply the server could read), and cancel.

import { useState } from "preact/hooks";
import type { GivableAnswer, IntroResource } from "../../api/client";
import type { PaneController } from "../controller";
import { ANSWER_LABELS, GIVABLE } from "../intros";
import type { PartyCardProps } from "./parts";

export function RecordAnswer({ intro, party, controller, busy }: PartyCardProps) {
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

export function CancelIntro({
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
