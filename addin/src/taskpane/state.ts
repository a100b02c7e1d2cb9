// The task pane's state, as the views read it. The controller (controller.ts) is the only writer.

import type { Detection, Person } from "../core";
import type { IntroResource } from "../api/client";
import type { ConvertForm, ProblemView } from "./convert";

export type DraftView =
  | { kind: "reading" }
  | { kind: "unreadable"; message: string }
  | { kind: "tooFew"; resolved: number }
  | { kind: "quiet" }
  | ({ kind: "offer" } & Detection)
  | { kind: "convert"; form: ConvertForm; sending: boolean; problem: ProblemView | null }
  | { kind: "sent"; introId: string; names: string; canDiscard: boolean; discarding: boolean; discarded: boolean; problem: string | null };

export interface IntrosView {
  loading: boolean;
  items: IntroResource[];
  problem: ProblemView | null;
  /** The intro an action is running on. */
  busy: string | null;
}

export interface PaneState {
  connector: Person;
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

