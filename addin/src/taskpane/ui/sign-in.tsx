// Signing in, as the pane shows it: a bar above everything when the connector is signed out or the
// last sign-in failed (what was typed stays below it), and the note on an intro whose mail waits
// for the connector to sign in again.

import type { IntroResource } from "../../api/client";
import type { PaneController, SignInView } from "../controller";
import { MessageBar } from "./parts";

function SignInButton({
  view,
  controller,
  label,
}: {
  view: SignInView;
  controller: PaneController;
  label?: string;
}) {
  return (
    <button
      type="button"
      class="btn btn-primary btn-small"
      data-testid="sign-in"
      disabled={view.busy}
      aria-busy={view.busy || undefined}
      aria-label={label}
      onClick={() => void controller.signIn()}
    >
      {view.busy ? "Signing in…" : "Sign in"}
    </button>
  );
}

export function SignInBar({ view, controller }: { view: SignInView; controller: PaneController }) {
  if (!view.needed) return null;
  return (
    <div data-testid="sign-in-bar">
      <MessageBar intent="warning" title="You are signed out">
        {view.message && <p>{view.message}</p>}
        <SignInButton view={view} controller={controller} />
      </MessageBar>
    </div>
  );
}

/** Shown on an open intro the server holds until the connector signs in again. */
export function HeldForSignIn({
  intro,
  view,
  controller,
}: {
  intro: IntroResource;
  view: SignInView;
  controller: PaneController;
}) {
  if (!intro.needsSignIn) return null;
  return (
    <div data-testid="needs-sign-in">
      <MessageBar intent="warning">
        <p>Waiting for you to sign in again — nothing is lost. Its mail goes out once you do.</p>
        <SignInButton
          view={view}
          controller={controller}
          label="Sign in to send this introduction's waiting mail"
        />
      </MessageBar>
    </div>
  );
}
