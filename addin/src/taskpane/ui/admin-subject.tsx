// Access and erasure requests by address: look the address up, read what is held in plain words,
// and erase it after a confirmation in the pane (Office add-in panes cannot rely on window.confirm).

import type { AdminConsole, SubjectForm } from "../admin";
import { erasedLine, erasureWarning, type SubjectSummary } from "../admin-subject";
import { FieldError, MessageBar, Problem } from "./parts";

function Held({ summary }: { summary: SubjectSummary }) {
  return (
    <div class="held" data-testid="subject-summary">
      <p class="label" data-testid="subject-headline">
        {summary.headline}
      </p>
      {summary.asConnector && (
        <p class="small" data-testid="subject-as-connector">
          {summary.asConnector}
        </p>
      )}
      <ul class="held-list">
        {summary.intros.map((i) => (
          <li key={i.id} class="held-intro" data-testid="subject-intro">
            <p class="small">
              <strong>{i.heading}</strong> · {i.state}
            </p>
            <p class="small">{i.party}</p>
            <p class="small" data-testid="subject-answer">
              {i.answer}
            </p>
            {i.ownRequest && <p class="small">{i.ownRequest}</p>}
            <p class="small muted">
              {i.mail} · {i.consentLinks}
            </p>
            {i.replies.length > 0 && (
              <details class="small">
                <summary>Replies ({i.replies.length})</summary>
                <ul>
                  {i.replies.map((r, n) => (
                    <li key={n} class="excerpt">
                      {r}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {i.events.length > 0 && (
              <details class="small">
                <summary>What happened ({i.events.length})</summary>
                <ul>
                  {i.events.map((e, n) => (
                    <li key={n}>{e}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SubjectSection({ view, admin }: { view: SubjectForm; admin: AdminConsole }) {
  const found = view.found;
  return (
    <section class="card admin-section" aria-labelledby="admin-subject-title">
      <h3 id="admin-subject-title" class="intro-title">
        Access and erasure requests
      </h3>
      <p class="muted small">
        What your organisation holds about a person introduced, found by their email address.
      </p>
      <form
        class="lookup"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void admin.lookUp();
        }}
      >
        <label class="field-label" for="subject-email">
          Email address
        </label>
        <div class="row">
          <input
            id="subject-email"
            class="input"
            type="email"
            data-testid="subject-email"
            value={view.email}
            maxLength={320}
            aria-invalid={view.errors.length > 0 || undefined}
            aria-describedby={view.errors.length > 0 ? "subject-email-error" : undefined}
            onInput={(e) => admin.typeEmail(e.currentTarget.value)}
          />
          <button
            type="submit"
            class="btn"
            data-testid="subject-look-up"
            disabled={view.looking || view.erasing}
            aria-busy={view.looking || undefined}
          >
            {view.looking ? "Looking…" : "Look up"}
          </button>
        </div>
        <FieldError id="subject-email-error" messages={view.errors} />
      </form>
      <Problem problem={view.problem} />
      {found && <Held summary={found} />}
      {found?.erasable && !view.confirming && (
        <button
          type="button"
          class="btn btn-small"
          data-testid="subject-erase"
          onClick={() => admin.askToErase()}
        >
          Erase…
        </button>
      )}
      {found && view.confirming && (
        <div class="confirm confirm-erase" role="group" aria-labelledby="erase-warning">
          <p id="erase-warning" data-testid="erase-warning">
            {erasureWarning(found)}
          </p>
          <div class="row">
            <button
              type="button"
              class="btn btn-danger btn-small"
              data-testid="erase-confirm"
              disabled={view.erasing}
              aria-busy={view.erasing || undefined}
              onClick={() => void admin.erase()}
            >
              {view.erasing ? "Erasing…" : `Erase ${found.email}`}
            </button>
            <button
              type="button"
              class="btn btn-subtle btn-small"
              data-testid="erase-cancel"
              disabled={view.erasing}
              onClick={() => admin.cancelErase()}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {view.erased && (
        <MessageBar intent="success" title={`${view.erased.email} was erased`}>
          <p data-testid="erased-counts">Removed: {erasedLine(view.erased.counts)}.</p>
        </MessageBar>
      )}
    </section>
  );
}
