// The whole pane: this draft on top, the connector's introductions below; on a message being
// read, that message and the introduction it belongs to. For tenant admins, the admin page.

import type { PaneController } from "../controller";
import { AdminEntry, AdminPage } from "./admin-page";
import { BatchEntry } from "./batch-start";
import { DraftSection } from "./draft-section";
import { IntroList } from "./intro-list";
import { useSubscribed } from "./parts";
import { ReadingSection } from "./reading-section";
import { SignInBar } from "./sign-in";

export function App({ controller }: { controller: PaneController }) {
  const state = useSubscribed(controller);
  const admin = useSubscribed(controller.admin);
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
