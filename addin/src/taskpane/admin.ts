// The admin page's logic: whether to offer it (the server decides, asked once), the tenant policy
// form, the tenant's consent record as a file, and access and erasure requests by address, with
// the erasure confirmed in the pane first. It keeps its own state, which only the admin page reads.

import { adminApi, type AdminApi, type ErasureCounts, type PolicyValues } from "../api/admin";
import { ApiProblem, type Api } from "../api/client";
import { formValues, policyToSave, type FormValues } from "./admin-settings";
import { subjectSummary, type SubjectSummary } from "./admin-subject";
import { plainProblem, type ProblemView } from "./convert";
import { saveFile } from "./download";

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
function fieldOr(
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

export class AdminConsole {
  private state: AdminView = initial;
  private readonly listeners = new Set<(view: AdminView) => void>();
  private readonly api: AdminApi;

  /**
   * `needsSignIn` shows the pane's sign-in bar for a failure that means "sign in"; `closed` runs on
   * the way back to the list, which an erasure may have changed.
   */
  constructor(
    api: Api,
    private readonly needsSignIn: (e: unknown) => boolean = () => false,
    private readonly closed: () => void = () => undefined,
    private readonly save: typeof saveFile = saveFile
  ) {
    this.api = adminApi(api);
  }

  get current(): AdminView {
    return this.state;
  }

  subscribe(listener: (view: AdminView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<AdminView>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  private setPolicy(patch: Partial<PolicyForm>): void {
    this.set({ policy: { ...this.state.policy, ...patch } });
  }

  private setSubject(patch: Partial<SubjectForm>): void {
    this.set({ subject: { ...this.state.subject, ...patch } });
  }

  /** Asks the server once whether to offer the page; a refusal or a failure offers nothing. */
  async checkAccess(): Promise<void> {
    if (this.state.access !== "unknown") return;
    this.set({ access: "asking" });
    const admin = await this.api.isAdmin();
    this.set({ access: admin ? "admin" : "none" });
  }

  async open(): Promise<void> {
    this.set({ open: true });
    await this.loadPolicy();
  }

  close(): void {
    this.set({ open: false });
    this.closed();
  }

  async loadPolicy(): Promise<void> {
    this.setPolicy({ loading: true, problem: null });
    try {
      const saved = await this.api.policy();
      this.setPolicy({
        loading: false,
        saved,
        values: formValues(saved),
        errors: {},
        justSaved: false,
      });
    } catch (e) {
      this.setPolicy({
        loading: false,
        problem: this.needsSignIn(e) ? null : plainProblem(e, "The policy could not be loaded"),
      });
    }
  }

  edit(name: string, value: string | boolean): void {
    const { values, errors } = this.state.policy;
    const rest = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== name));
    this.setPolicy({ values: { ...values, [name]: value }, errors: rest, justSaved: false });
  }

  /** PUT the whole policy; a refusal leaves it as it was and names the settings at fault. */
  async savePolicy(): Promise<boolean> {
    const { saved, values, saving } = this.state.policy;
    if (saving || !saved) return false;
    const body = policyToSave(saved, values);
    if ("errors" in body) {
      this.setPolicy({ errors: body.errors, problem: null, justSaved: false });
      return false;
    }
    this.setPolicy({ saving: true, errors: {}, problem: null, justSaved: false });
    try {
      const stored = await this.api.setPolicy(body.policy);
      this.setPolicy({ saving: false, saved: stored, values: formValues(stored), justSaved: true });
      return true;
    } catch (e) {
      const { errors, problem } = fieldOr(e, "The policy was not saved");
      this.setPolicy({ saving: false, errors, problem: this.needsSignIn(e) ? null : problem });
      return false;
    }
  }

  /** The consent record of every intro in the tenant, saved as a file under the server's name. */
  async exportTenant(format: "csv" | "json"): Promise<boolean> {
    if (this.state.exporting) return false;
    this.set({ exporting: format, exportProblem: null });
    try {
      const { blob, fileName } = await this.api.exportTenant(format);
      this.save(blob, fileName);
      this.set({ exporting: null });
      return true;
    } catch (e) {
      this.set({
        exporting: null,
        exportProblem: this.needsSignIn(e)
          ? null
          : plainProblem(e, "The record could not be downloaded"),
      });
      return false;
    }
  }

  typeEmail(email: string): void {
    this.setSubject({ email, errors: [], confirming: false });
  }

  async lookUp(): Promise<void> {
    const email = this.state.subject.email.trim();
    this.setSubject({
      looking: true,
      found: null,
      confirming: false,
      erased: null,
      errors: [],
      problem: null,
    });
    try {
      const record = await this.api.lookUp(email);
      this.setSubject({ looking: false, found: subjectSummary(record) });
    } catch (e) {
      const { errors, problem } = fieldOr(e, "The address could not be looked up");
      this.setSubject({
        looking: false,
        errors: errors.email ?? Object.values(errors).flat(),
        problem: this.needsSignIn(e) ? null : problem,
      });
    }
  }

  /** "Erase…": the pane's own confirmation, naming the address and what goes. */
  askToErase(): void {
    if (this.state.subject.found?.erasable) this.setSubject({ confirming: true });
  }

  cancelErase(): void {
    this.setSubject({ confirming: false });
  }

  /** Only from the confirmation, and only the address that was looked up and shown. */
  async erase(): Promise<boolean> {
    const { found, confirming, erasing } = this.state.subject;
    if (!found || !confirming || erasing) return false;
    this.setSubject({ erasing: true, problem: null, errors: [] });
    try {
      const counts = await this.api.erase(found.email);
      this.setSubject({
        erasing: false,
        confirming: false,
        found: null,
        erased: { email: found.email, counts },
      });
      return true;
    } catch (e) {
      const { errors, problem } = fieldOr(e, "Nothing was erased");
      this.setSubject({
        erasing: false,
        confirming: false,
        errors: errors.email ?? Object.values(errors).flat(),
        problem: this.needsSignIn(e) ? null : problem,
      });
      return false;
    }
  }
}
