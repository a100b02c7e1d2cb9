// The admin page's state, apart from the pane's: only the admin page reads it, and only
// AdminConsole (admin.ts) writes it.

import type { ErasureCounts, PolicyValues } from "../api/admin";
import { ApiProblem } from "../api/client";
import type { FormValues } from "./admin-settings";
import type { SubjectSummary } from "./admin-subject";
import { plainProblem, type ProblemView } from "./convert";
import { Store } from "./state";

export interface PolicyForm {
  loading: boolean;
  /** The policy as the server last gave or took it. */
  saved: PolicyValues | null;
  values: FormValues;
  /** Per setting: the server's words (or the pane's, for what is not a number). */
  errors: Record<string, string[]>;
  problem: ProblemView | null;
  saving: boolean;
  /** The values shown are the ones just saved. */
  justSaved: boolean;
}

export interface SubjectForm {
  email: string;
  looking: boolean;
  found: SubjectSummary | null;
  /** The confirmation step of "Erase…" is showing, for `found`. */
  confirming: boolean;
  erasing: boolean;
  erased: { email: string; counts: ErasureCounts } | null;
  errors: string[];
  problem: ProblemView | null;
}

export interface AdminView {
  /** unknown until asked; the entry shows only for "admin". */
  access: "unknown" | "asking" | "admin" | "none";
  open: boolean;
  policy: PolicyForm;
  exporting: "csv" | "json" | null;
  exportProblem: ProblemView | null;
  subject: SubjectForm;
}

const initial: AdminView = {
  access: "unknown",
  open: false,
  policy: {
    loading: false,
    saved: null,
    values: {},
    errors: {},
    problem: null,
    saving: false,
    justSaved: false,
  },
  exporting: null,
  exportProblem: null,
  subject: {
    email: "",
    looking: false,
    found: null,
    confirming: false,
    erasing: false,
    erased: null,
    errors: [],
    problem: null,
  },
};

/** A refusal naming `field` becomes that field's messages; anything else is the page's problem. */
export function fieldOr(
  e: unknown,
  title: string
): { errors: Record<string, string[]>; problem: ProblemView | null } {
  if (e instanceof ApiProblem && e.status === 400 && Object.keys(e.errors).length > 0)
    return {
      errors: Object.fromEntries(Object.entries(e.errors).map(([k, v]) => [k, [...v]])),
      problem: null,
    };
  return { errors: {}, problem: plainProblem(e, title) };
}

/** Holds the admin page's state and tells the page of each change. */
export class AdminStore extends Store<AdminView> {
  constructor() {
    super(initial);
  }

  setPolicy(patch: Partial<PolicyForm>): void {
    this.set({ policy: { ...this.state.policy, ...patch } });
  }

  setSubject(patch: Partial<SubjectForm>): void {
    this.set({ subject: { ...this.state.subject, ...patch } });
  }
}
