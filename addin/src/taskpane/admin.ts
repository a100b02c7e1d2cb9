// The admin page's logic: whether to offer it (the server decides, asked once), the tenant policy
// form, the tenant's consent record as a file, and access and erasure requests by address, with
// the erasure confirmed in the pane first. It keeps its own state, which only the admin page reads.

import { adminApi, type AdminApi } from "../api/admin";
import type { Api } from "../api/client";
import { formValues, policyToSave } from "./admin-settings";
import { AdminStore, fieldOr, type AdminView } from "./admin-state";
import { subjectSummary } from "./admin-subject";
import { plainProblem } from "./convert";
import { delivery, type Deliver } from "./download";

export type { AdminView, PolicyForm, SubjectForm } from "./admin-state";

export class AdminConsole {
  private readonly store = new AdminStore();
  private readonly api: AdminApi;

  /**
   * `needsSignIn` shows the pane's sign-in bar for a failure that means "sign in"; `closed` runs on
   * the way back to the list, which an erasure may have changed.
   */
  constructor(
    api: Api,
    private readonly needsSignIn: (e: unknown) => boolean = () => false,
    private readonly closed: () => void = () => undefined,
    private readonly deliver: Deliver = delivery(null)
  ) {
    this.api = adminApi(api);
  }

  get current(): AdminView {
    return this.store.current;
  }

  subscribe(listener: (view: AdminView) => void): () => void {
    return this.store.subscribe(listener);
  }

  /** Asks the server once whether to offer the page; a refusal or a failure offers nothing. */
  async checkAccess(): Promise<void> {
    if (this.store.current.access !== "unknown") return;
    this.store.set({ access: "asking" });
    const admin = await this.api.isAdmin();
    this.store.set({ access: admin ? "admin" : "none" });
  }

  async open(): Promise<void> {
    this.store.set({ open: true });
    await this.loadPolicy();
  }

  close(): void {
    this.store.set({ open: false });
    this.closed();
  }

  async loadPolicy(): Promise<void> {
    this.store.setPolicy({ loading: true, problem: null });
    try {
      const saved = await this.api.policy();
      this.store.setPolicy({
        loading: false,
        saved,
        values: formValues(saved),
        errors: {},
        justSaved: false,
      });
    } catch (e) {
      this.store.setPolicy({
        loading: false,
        problem: this.needsSignIn(e) ? null : plainProblem(e, "The policy could not be loaded"),
      });
    }
  }

  edit(name: string, value: string | boolean): void {
    const { values, errors } = this.store.current.policy;
    const rest = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== name));
    this.store.setPolicy({ values: { ...values, [name]: value }, errors: rest, justSaved: false });
  }

  /** PUT the whole policy; a refusal leaves it as it was and names the settings at fault. */
  async savePolicy(): Promise<boolean> {
    const { saved, values, saving } = this.store.current.policy;
    if (saving || !saved) return false;
    const body = policyToSave(saved, values);
    if ("errors" in body) {
      this.store.setPolicy({ errors: body.errors, problem: null, justSaved: false });
      return false;
    }
    this.store.setPolicy({ saving: true, errors: {}, problem: null, justSaved: false });
    try {
      const stored = await this.api.setPolicy(body.policy);
      this.store.setPolicy({
        saving: false,
        saved: stored,
        values: formValues(stored),
        justSaved: true,
      });
      return true;
    } catch (e) {
      const { errors, problem } = fieldOr(e, "The policy was not saved");
      this.store.setPolicy({
        saving: false,
        errors,
        problem: this.needsSignIn(e) ? null : problem,
      });
      return false;
    }
  }

  /** The consent record of every intro in the tenant, saved as a file under the server's name (or opened in the browser). */
  async exportTenant(format: "csv" | "json"): Promise<boolean> {
    if (this.store.current.exporting) return false;
    this.store.set({ exporting: format, exportProblem: null });
    try {
      await this.deliver({
        file: () => this.api.exportTenant(format),
        link: () => this.api.exportTenantLink(format),
      });
      this.store.set({ exporting: null });
      return true;
    } catch (e) {
      this.store.set({
        exporting: null,
        exportProblem: this.needsSignIn(e)
          ? null
          : plainProblem(e, "The record could not be downloaded"),
      });
      return false;
    }
  }

  typeEmail(email: string): void {
    this.store.setSubject({ email, errors: [], confirming: false });
  }

  async lookUp(): Promise<void> {
    const email = this.store.current.subject.email.trim();
    this.store.setSubject({
      looking: true,
      found: null,
      confirming: false,
      erased: null,
      errors: [],
      problem: null,
    });
    try {
      const record = await this.api.lookUp(email);
      this.store.setSubject({ looking: false, found: subjectSummary(record) });
    } catch (e) {
      const { errors, problem } = fieldOr(e, "The address could not be looked up");
      this.store.setSubject({
        looking: false,
        errors: errors.email ?? Object.values(errors).flat(),
        problem: this.needsSignIn(e) ? null : problem,
      });
    }
  }

  /** "Erase…": the pane's own confirmation, naming the address and what goes. */
  askToErase(): void {
    if (this.store.current.subject.found?.erasable) this.store.setSubject({ confirming: true });
  }

  cancelErase(): void {
    this.store.setSubject({ confirming: false });
  }

  /** Only from the confirmation, and only the address that was looked up and shown. */
  async erase(): Promise<boolean> {
    const { found, confirming, erasing } = this.store.current.subject;
    if (!found || !confirming || erasing) return false;
    this.store.setSubject({ erasing: true, problem: null, errors: [] });
    try {
      const counts = await this.api.erase(found.email);
      this.store.setSubject({
        erasing: false,
        confirming: false,
        found: null,
        erased: { email: found.email, counts },
      });
      return true;
    } catch (e) {
      const { errors, problem } = fieldOr(e, "Nothing was erased");
      this.store.setSubject({
        erasing: false,
        confirming: false,
        errors: errors.email ?? Object.values(errors).flat(),
        problem: this.needsSignIn(e) ? null : problem,
      });
      return false;
    }
  }
}
