// A party's mail replies on an intro card, newest first: what they wrote (an excerpt), what was
// understood, and the connector's one-click decision on a reply that waits for them, or a
// correction of the answer a reply was read as (which opens again an intro that reply's decline
// closed).

import { useState } from "preact/hooks";
import type { IntroResource, PartyResource, ReplyDecision, ReplyResource } from "../../api/client";
import type { PaneController } from "../controller";
import { shortDate } from "../intros";
import type { PartyCardProps } from "./parts";
import {
  DECISIONS,
  STATUS_LABELS,
  correctionChoices,
  replyControl,
  understoodLabel,
} from "../replies";

function Decisions({
  intro,
  party,
  reply,
  controller,
  busy,
  choices = DECISIONS,
  onDone,
}: {
  intro: IntroResource;
  party: PartyResource;
  reply: ReplyResource;
  controller: PaneController;
  busy: boolean;
  choices?: typeof DECISIONS;
  onDone?: () => void;
}) {
  const [until, setUntil] = useState(reply.until ?? "");
  const id = `until-${intro.id}-${reply.id}`;
  const decide = (decision: ReplyDecision) =>
    void controller
      .reviewReply(
        intro.id,
        party.id,
        reply.id,
        decision,
        decision === "notNow" ? until : undefined
      )
      .then((done) => done && onDone?.());
  return (
    <div class="decisions" role="group" aria-label={`What ${party.name || party.email} said`}>
      <div class="row wrap">
        {choices.map(({ decision, label }) => (
          <button
            key={decision}
            type="button"
            class={`btn btn-small ${decision === "ignore" ? "btn-subtle" : ""}`}
            data-testid={`decide-${decision}`}
            disabled={busy}
            onClick={() => decide(decision)}
          >
            {label}
          </button>
        ))}
      </div>
      <label class="small muted until" for={id}>
        Not now until (optional)
        <input
          id={id}
          type="date"
          class="input input-small"
          value={until}
          onInput={(e) => setUntil(e.currentTarget.value)}
        />
      </label>
    </div>
  );
}

function Correct(props: {
  intro: IntroResource;
  party: PartyResource;
  reply: ReplyResource;
  controller: PaneController;
  busy: boolean;
  control: "correct" | "reopen";
}) {
  const [open, setOpen] = useState(false);
  const { control, ...rest } = props;
  const who = props.party.name || props.party.email;
  if (!open)
    return (
      <button
        type="button"
        class="btn btn-subtle btn-small"
        data-testid="correct-reply"
        onClick={() => setOpen(true)}
      >
        {control === "reopen" ? "Correct and reopen" : "Correct"}
      </button>
    );
  return (
    <div class="record" data-testid="correction">
      {control === "reopen" ? (
        <>
          <p class="small">We misread this reply — record instead:</p>
          <p class="small muted">
            The introduction opens again as it stood, if its links still work.
          </p>
        </>
      ) : (
        <p class="small">What did {who} mean?</p>
      )}
      <Decisions
        {...rest}
        choices={correctionChoices(control, props.party)}
        onDone={() => setOpen(false)}
      />
      <button type="button" class="btn btn-subtle btn-small" onClick={() => setOpen(false)}>
        Keep it
      </button>
    </div>
  );
}

export function PartyReplies({ intro, party, controller, busy }: PartyCardProps) {
  const replies = party.replies ?? [];
  if (replies.length === 0) return null;
  return (
    <ul class="replies" aria-label={`Replies from ${party.name || party.email}`}>
      {replies.map((reply) => {
        const control = replyControl(intro, party, reply);
        return (
          <li
            key={reply.id}
            class={`reply reply-${reply.status}`}
            data-testid="reply"
            data-status={reply.status}
            data-understood={reply.understood}
          >
            <span class="reply-line small">
              <span data-testid="reply-understood">{understoodLabel(reply)}</span>
              <span class="muted">
                {shortDate(reply.receivedAt)} · {STATUS_LABELS[reply.status] ?? reply.status}
              </span>
            </span>
            {reply.excerpt && <blockquote class="excerpt small">{reply.excerpt}</blockquote>}
            {control === "review" && (
              <Decisions
                intro={intro}
                party={party}
                reply={reply}
                controller={controller}
                busy={busy}
              />
            )}
            {(control === "correct" || control === "reopen") && (
              <Correct
                intro={intro}
                party={party}
                reply={reply}
                controller={controller}
                busy={busy}
                control={control}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
