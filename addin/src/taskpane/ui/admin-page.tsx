// The admin page, for tenant admins only (the server says who is one): the tenant policy, the
// tenant's consent record, and access and erasure requests. And the entry that opens it.

import { useEffect } from "preact/hooks";
import type { AdminConsole, AdminView } from "../admin";
import { PolicySection } from "./admin-policy";
import { SubjectSection } from "./admin-subject";
import { Problem, useFocusOnMount } from "./parts";

/** Asks the server once, when first shown, and stays empty for everyone but an admin. */
export function AdminEntry({ admin, view }: { admin: AdminConsole; view: AdminView }) {
  useEffect(() => void admin.checkAccess(), [admin]);
  if (view.access !== "admin") return null;
  return (
    <button
      type="button"
      class="btn btn-subtle btn-small admin-entry"
      data-testid="admin-open"
      onClick={() => void admin.open()}
    >
      Admin: policy and records
    </button>
  );
}

function ExportSection({ view, admin }: { view: AdminView; admin: AdminConsole }) {
  return (
    <section class="card admin-section" aria-labelledby="admin-export-title">
      <h3 id="admin-export-title" class="intro-title">
        Consent record
      </h3>
      <p class="muted small">
        Every introduction in your organisation: who was asked, when, how each person answered and
        what was sent.
      </p>
      <div class="row wrap">
        {(["csv", "json"] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="btn btn-small"
            data-testid={`admin-export-${format}`}
            disabled={view.exporting !== null}
            aria-busy={view.exporting === format || undefined}
            onClick={() => void admin.exportTenant(format)}
          >
            {view.exporting === format ? "Downloading…" : `Download (${format.toUpperCase()})`}
          </button>
        ))}
      </div>
      <Problem problem={view.exportProblem} />
    </section>
  );
}

export function AdminPage({ admin, view }: { admin: AdminConsole; view: AdminView }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="admin" aria-labelledby="admin-title" data-testid="admin-page">
      <div class="row admin-head">
        <h2 id="admin-title" class="title" tabIndex={-1} ref={heading}>
          Admin
        </h2>
        <button
          type="button"
          class="btn btn-subtle btn-small"
          data-testid="admin-back"
          onClick={() => admin.close()}
        >
          Back to introductions
        </button>
      </div>
      <PolicySection view={view.policy} admin={admin} />
      <ExportSection view={view} admin={admin} />
      <SubjectSection view={view.subject} admin={admin} />
    </section>
  );
}
