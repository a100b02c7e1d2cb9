// The whole pane: this draft on top, the connector's introductions below; on a message being
// read, that message and the introduction it belongs to. For tenant admins, the admin page.

import { useEffect, useState } from "preact/hooks";
import type { PaneController, PaneState } from "../controller";
import { AdminEntry, AdminPage, useAdmin } from "./admin-page";
import { BatchEntry } from "./batch-start";
import { DraftSection } from "./draft-section";
import { IntroList } from "./intro-list";
import { ReadingSection } from "./reading-section";
import { SignInBar } from "./sign-in";

function usePane(controller: PaneController): PaneState {
  const [state, setState] = useState(controller.current);
  useEffect(() => {
    setState(controller.current);
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}

export function App({ controller }: { controller: PaneController }) {
  const state = usePane(controller);
  const admin = useAdmin(controller.admin);
  if (admin.open)
    return (
      <main class="pane">
        <h1 class="visually-hidden">Double opt-in introductions</h1>
        <SignInBar view={state.signIn} controller={controller} />
        <AdminPage admin={controller.admin} view={admin} />
      </main>
    );
  return (
    <main class="pane">
      <h1 class="visually-hidden">Double opt-in introductions</h1>
      <SignInBar view={state.signIn} controller={controller} />
      {state.reading ? (
        <ReadingSection message={state.reading} />
      ) : (
        <>
          <DraftSection view={state.draft} controller={controller} />
          <BatchEntry view={state.draft} controller={controller} />
        </>
      )}
      {(state.reading || !["convert", "batch"].includes(state.draft.kind)) && (
        <IntroList
          view={state.intros}
          signIn={state.signIn}
          controller={controller}
          reading={state.reading}
        />
      )}
      {/* Asked once the list came, so never before sign-in and never for a message being read. */}
      {!state.reading &&
        state.draft.kind !== "convert" &&
        !state.intros.loading &&
        !state.signIn.needed && <AdminEntry admin={controller.admin} view={admin} />}
    </main>
  );
}
