// The task pane's state, as the views read it, and the store its parts write it through: the
// controller (controller.ts) and the parts it wires are the only writers.

import type { Detection, Person } from "../core";
import type { ConnectorRecord, IntroResource } from "../api/client";
import type { ReadMessage } from "../shared/host";
import type { BatchView } from "./batch";
import type { ConvertForm, ProblemView } from "./convert";

export type DraftView =
  | { kind: "reading" }
  | { kind: "unreadable"; message: string }
  | { kind: "tooFew"; resolved: number }
  | { kind: "quiet" }
  | ({ kind: "offer" } & Detection)
  /** The connector marked that both already agreed: the draft may go out as written. */
  | { kind: "agreed"; parties: Person[] }
  | {
      kind: "convert";
      form: ConvertForm;
      sending: boolean;
      problem: ProblemView | null;
      /** What the connector already did with these two people (history.ts); empty until the server says. */
      history: string[];
    }
  | {
      kind: "sent";
      introId: string;
      names: string;
      canDiscard: boolean;
      discarding: boolean;
      discarded: boolean;
      problem: string | null;
    }
  /** Several intros at once (batching.ts). */
  | ({ kind: "batch" } & BatchView);

export interface IntrosView {
  loading: boolean;
  items: IntroResource[];
  problem: ProblemView | null;
  /** The intro an action is running on. */
  busy: string | null;
  /** Intros just created by "Ask again", by the id of the intro they ask again. */
  askedAgain: Record<string, string>;
  /** No mail goes out for anyone (the app's credential is refused): what the server says of it. */
  mailOnHold: { title: string; detail: string } | null;
  /** The connector's consent record is being fetched for download. */
  downloading: boolean;
  /** The connector's own record (made, both said yes, connected); null until the server said. */
  record: ConnectorRecord | null;
}

export interface PaneState {
  connector: Person;
  /** The message open for reading (read mode): the pane shows its intro instead of a draft. */
  reading: ReadMessage | null;
  draft: DraftView;
  intros: IntrosView;
  signIn: SignInView;
}

/** Signed out, or the last sign-in failed: the pane says why and offers "Sign in"; nothing typed is lost. */
export interface SignInView {
  needed: boolean;
  /** A sign-in window is open. */
  busy: boolean;
  /** Why signing in is needed, or why the last attempt failed. */
  message: string | null;
}

export function initialState(connector: Person): PaneState {
  return {
    connector,
    reading: null,
    draft: { kind: "reading" },
    intros: {
      loading: true,
      items: [],
      problem: null,
      busy: null,
      askedAgain: {},
      mailOnHold: null,
      downloading: false,
      record: null,
    },
    signIn: { needed: false, busy: false, message: null },
  };
}

/** The draft after its requests were sent: what the pane shows until the draft is discarded. */
export function sentView(introId: string, names: string, canDiscard: boolean): DraftView {
  return {
    kind: "sent",
    introId,
    names,
    canDiscard,
    discarding: false,
    discarded: false,
    problem: null,
  };
}

/** Holds a view's state and tells its listeners of each change. */
export class Store<T extends object> {
  protected state: T;
  private readonly listeners = new Set<(state: T) => void>();

  constructor(initial: T) {
    this.state = initial;
  }

  get current(): T {
    return this.state;
  }

  subscribe(listener: (state: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(patch: Partial<T>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

/** The pane's state: this draft, the introductions, signing in. */
export class PaneStore extends Store<PaneState> {
  setDraft(draft: DraftView): void {
    this.set({ draft });
  }

  setIntros(patch: Partial<IntrosView>): void {
    this.set({ intros: { ...this.state.intros, ...patch } });
  }

  setSignIn(patch: Partial<SignInView>): void {
    this.set({ signIn: { ...this.state.signIn, ...patch } });
  }
}
