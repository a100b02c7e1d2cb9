// The tenant policy as a form, drawn from the settings table (admin-settings.ts): each setting with
// its label, what it allows and one sentence on what it does; the server's refusals beside them.

import type { AdminConsole, PolicyForm } from "../admin";
import { rangeText, SETTINGS, type Setting } from "../admin-settings";
import { FieldError, MessageBar, Problem } from "./parts";

const hintId = (name: string) => `setting-${name}-hint`;
const errorId = (name: string) => `setting-${name}-error`;

function Control({
  setting: s,
  value,
  invalid,
  admin,
}: {
  setting: Setting;
  value: string | boolean | undefined;
  invalid: boolean;
  admin: AdminConsole;
}) {
  const described = [hintId(s.name), invalid ? errorId(s.name) : ""].filter(Boolean).join(" ");
  if (s.kind === "boolean")
    return (
      <label class="check">
        <input
          type="checkbox"
          name={s.name}
          checked={value === true}
          aria-describedby={described}
          onChange={(e) => admin.edit(s.name, e.currentTarget.checked)}
        />
        <span class="label">{s.label}</span>
      </label>
    );
  if (s.kind === "choice")
    return (
      <select
        id={`setting-${s.name}`}
        name={s.name}
        class="input"
        value={String(value ?? "")}
        aria-describedby={described}
        aria-invalid={invalid || undefined}
        onChange={(e) => admin.edit(s.name, e.currentTarget.value)}
      >
        {s.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  return (
    <span class="setting-number">
      <input
        id={`setting-${s.name}`}
        name={s.name}
        class="input input-number"
        type="number"
        inputMode="numeric"
        min={s.min}
        max={s.max}
        step={1}
        value={String(value ?? "")}
        aria-describedby={described}
        aria-invalid={invalid || undefined}
        onInput={(e) => admin.edit(s.name, e.currentTarget.value)}
      />
      <span class="muted">{s.unit}</span>
    </span>
  );
}

function Hint({ setting: s }: { setting: Setting }) {
  return (
    <p class="muted small setting-hint" id={hintId(s.name)}>
      {s.explanation}{" "}
      {s.kind === "choice"
        ? s.choices.map((c) => `${c.label}: ${c.explanation}.`).join(" ")
        : s.kind === "boolean"
          ? ""
          : `${rangeText(s)[0]?.toUpperCase()}${rangeText(s).slice(1)}.`}
    </p>
  );
}

export function PolicySection({ view, admin }: { view: PolicyForm; admin: AdminConsole }) {
  const known = new Set(SETTINGS.map((s) => s.name));
  // A refusal of a setting the pane has no field for still has to be read somewhere.
  const others = Object.entries(view.errors)
    .filter(([name]) => !known.has(name))
    .flatMap(([, messages]) => messages);
  return (
    <section class="card admin-section" aria-labelledby="admin-policy-title">
      <h3 id="admin-policy-title" class="intro-title">
        Tenant policy
      </h3>
      <p class="muted small">Applies to everyone in your organisation who uses the add-in.</p>
      {view.loading && !view.saved && <p class="muted">Loading…</p>}
      <Problem problem={view.problem} />
      {view.saved && (
        <form
          class="settings"
          data-testid="policy-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void admin.savePolicy();
          }}
        >
          {SETTINGS.map((s) => {
            const messages = view.errors[s.name];
            return (
              <div class="setting" key={s.name} data-testid={`setting-${s.name}`}>
                {s.kind !== "boolean" && (
                  <label class="field-label" for={`setting-${s.name}`}>
                    {s.label}
                  </label>
                )}
                <Control
                  setting={s}
                  value={view.values[s.name]}
                  invalid={!!messages?.length}
                  admin={admin}
                />
                <FieldError id={errorId(s.name)} messages={messages} />
                <Hint setting={s} />
              </div>
            );
          })}
          {others.length > 0 && (
            <MessageBar intent="error" title="The policy was not saved">
              <ul>
                {others.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </MessageBar>
          )}
          <div class="row wrap">
            <button
              type="submit"
              class="btn btn-primary"
              data-testid="policy-save"
              disabled={view.saving}
              aria-busy={view.saving || undefined}
            >
              {view.saving ? "Saving…" : "Save policy"}
            </button>
            {view.justSaved && (
              <span class="saved" role="status" data-testid="policy-saved">
                Saved. It applies from now on.
              </span>
            )}
            {Object.keys(view.errors).length > 0 && (
              <span class="field-error" role="alert" data-testid="policy-not-saved">
                Not saved: check the settings marked above.
              </span>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
