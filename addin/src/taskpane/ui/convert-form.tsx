// The convert view: both parties, the two private requests, how the final intro goes out, Send.

import { firstName } from "../../core";
import type { DraftView, PaneController } from "../controller";
import type { ConvertForm } from "../convert";
import { FieldError, Problem, useFocusOnMount } from "./parts";

type ConvertView = Extract<DraftView, { kind: "convert" }>;

function errId(key: string) {
  return `err-${key.replaceAll(".", "-")}`;
}

/** aria-invalid and aria-describedby for a control whose field has messages. */
function described(key: string, fields: Record<string, string[]>) {
  const invalid = (fields[key]?.length ?? 0) > 0;
  return {
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errId(key) : undefined,
  };
}

function firstOf(p: { name: string; address: string }): string {
  return firstName(p.name, p.address) || "them";
}

function Parties({
  form,
  fields,
  controller,
}: {
  form: ConvertForm;
  fields: Record<string, string[]>;
  controller: PaneController;
}) {
  return (
    <>
      {form.parties.map((p, i) => {
        const other = form.parties[1 - i];
        return (
          <fieldset class="card party" key={p.address} data-testid={`party-${i}`}>
            <legend class="party-name">{p.name || p.address}</legend>
            <p class="muted address">{p.address}</p>
            <FieldError id={errId(`party.${i}.email`)} messages={fields[`party.${i}.email`]} />
            <FieldError id={errId(`party.${i}.name`)} messages={fields[`party.${i}.name`]} />
            <label class="field-label" for={`about-${i}`}>
              About {p.name || "them"}{" "}
              <span class="muted">(shown to {other?.name || "the other person"})</span>
            </label>
            <input
              id={`about-${i}`}
              class="input"
              value={p.about}
              placeholder="what they do, in a few words"
              maxLength={300}
              onInput={(e) => controller.editParty(i, { about: e.currentTarget.value })}
              {...described(`party.${i}.about`, fields)}
            />
            <FieldError id={errId(`party.${i}.about`)} messages={fields[`party.${i}.about`]} />
            <label class="field-label" for={`why-${i}`}>
              What's in it for {firstOf(p)}{" "}
              <span class="muted">(the reason on {firstOf(p)}'s answer page)</span>
            </label>
            <textarea
              id={`why-${i}`}
              class="input textarea"
              rows={2}
              value={p.why}
              placeholder={`why meeting ${other?.name || "them"} is worth ${firstOf(p)}'s time`}
              maxLength={1000}
              onInput={(e) => controller.editParty(i, { why: e.currentTarget.value })}
              {...described(`party.${i}.why`, fields)}
            />
            <FieldError id={errId(`party.${i}.why`)} messages={fields[`party.${i}.why`]} />
            <label class="check">
              <input
                type="checkbox"
                checked={p.alreadyAgreed}
                onChange={(e) =>
                  controller.editParty(i, { alreadyAgreed: e.currentTarget.checked })
                }
              />
              <span>
                Already agreed (I asked in person, or they asked for this); no request needed
              </span>
            </label>
          </fieldset>
        );
      })}
    </>
  );
}

function Requests({
  form,
  fields,
  controller,
}: {
  form: ConvertForm;
  fields: Record<string, string[]>;
  controller: PaneController;
}) {
  return (
    <>
      {form.requests.map((r, i) => {
        const party = form.parties.find((p) => p.address.toLowerCase() === r.email.toLowerCase());
        if (party?.alreadyAgreed) {
          return (
            <p class="card muted" key={r.email}>
              No request to {r.name || r.email}: already agreed.
            </p>
          );
        }
        return (
          <fieldset class="card request" key={r.email} data-testid={`request-${i}`}>
            <legend>Private request to {r.name || r.email}</legend>
            <label class="field-label" for={`subject-${i}`}>
              Subject
            </label>
            <input
              id={`subject-${i}`}
              class="input"
              value={r.subject}
              maxLength={200}
              onInput={(e) => controller.editRequest(i, { subject: e.currentTarget.value })}
              {...described(`request.${i}.subject`, fields)}
            />
            <FieldError
              id={errId(`request.${i}.subject`)}
              messages={fields[`request.${i}.subject`]}
            />
            <label class="field-label" for={`body-${i}`}>
              Message
            </label>
            <textarea
              id={`body-${i}`}
              class="input textarea"
              rows={11}
              value={r.body}
              onInput={(e) => controller.editRequest(i, { body: e.currentTarget.value })}
              {...described(`request.${i}.body`, fields)}
            />
            <FieldError id={errId(`request.${i}.body`)} messages={fields[`request.${i}.body`]} />
          </fieldset>
        );
      })}
    </>
  );
}

export function ConvertFormView({
  view,
  controller,
}: {
  view: ConvertView;
  controller: PaneController;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { form, problem } = view;
  const fields = problem?.fields ?? {};
  return (
    <form
      class="convert"
      aria-labelledby="convert-title"
      onSubmit={(e) => {
        e.preventDefault();
        void controller.send();
      }}
    >
      <div class="row">
        <h2 id="convert-title" class="title" tabIndex={-1} ref={heading}>
          Make it double opt-in
        </h2>
        <button
          type="button"
          class="btn btn-subtle"
          onClick={() => void controller.leaveConvert()}
          disabled={view.sending}
        >
          Back
        </button>
      </div>
      <p class="muted">
        Each person gets a private email with a one-click answer. Neither sees the other's address
        or answer.
      </p>
      <p class="muted">
        Both already agreed to meet?{" "}
        <button
          type="button"
          class="btn btn-subtle btn-small"
          data-testid="both-agreed"
          disabled={view.sending}
          onClick={() => void controller.markAgreed()}
        >
          They both already agreed
        </button>
      </p>
      {view.history.length > 0 && (
        <div class="card history" role="note" aria-label="Before you ask" data-testid="history">
          {view.history.map((line) => (
            <p class="history-line" key={line}>
              {line}
            </p>
          ))}
        </div>
      )}
      <Problem problem={problem} />
      <fieldset disabled={view.sending} class="plain">
        <Parties form={form} fields={fields} controller={controller} />
        <Requests form={form} fields={fields} controller={controller} />
        <div class="card">
          <label class="field-label" for="reason">
            Why they should meet <span class="muted">(used in the final intro)</span>
          </label>
          <textarea
            id="reason"
            class="input textarea"
            rows={3}
            value={form.reason}
            onInput={(e) => controller.editIntro({ reason: e.currentTarget.value })}
            {...described("reason", fields)}
          />
          <FieldError id={errId("reason")} messages={fields["reason"]} />
        </div>
        <fieldset class="card" role="radiogroup">
          <legend>When both say yes</legend>
          <label class="check">
            <input
              type="radio"
              name="finalIntro"
              value="send"
              checked={form.finalIntro === "send"}
              onChange={() => controller.editIntro({ finalIntro: "send" })}
            />
            <span>Send the introduction automatically</span>
          </label>
          <label class="check">
            <input
              type="radio"
              name="finalIntro"
              value="review"
              checked={form.finalIntro === "review"}
              onChange={() => controller.editIntro({ finalIntro: "review" })}
            />
            <span>Let me review it first (saved as a draft)</span>
          </label>
        </fieldset>
      </fieldset>
      <div class="actions">
        <button
          type="submit"
          class="btn btn-primary btn-block"
          data-testid="send-requests"
          disabled={view.sending}
        >
          {view.sending ? "Sending…" : "Send the requests"}
        </button>
      </div>
    </form>
  );
}
