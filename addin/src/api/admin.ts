// The tenant admin's calls (app role Intros.Admin): the policy, the tenant's consent record, and
// access and erasure requests by address. The server refuses them with 403 to everyone else and
// stays the judge; the pane only asks it who may see the admin page.

import type { Api, IntroResource, ReplyResource } from "./client";

/** The policy as the server holds it: every setting by name, including any this pane does not know yet. */
export type PolicyValues = Record<string, unknown>;

/** A mail addressed to the party: what and when, never the message. */
export interface SubjectMail {
  id: string;
  kind: string;
  state: string;
  createdAt: string;
  sentAt: string | null;
}

/** The party's own row in one intro; request subject and body only when the connector wrote their own. */
export interface SubjectParty {
  id: string;
  name: string;
  email: string;
  about: string;
  why: string;
  answer: string;
  answeredAt: string | null;
  answeredBy: string | null;
  notNowUntil: string | null;
  requestSubject: string | null;
  requestBody: string | null;
}

/** One intro the address is a party to, seen from that party (never the other party's data). */
export interface SubjectIntro {
  id: string;
  connectorName: string;
  connectorEmail: string;
  createdAt: string;
  state: string;
  language: string;
  party: SubjectParty;
  events: IntroResource["events"];
  replies: ReplyResource[];
  mail: SubjectMail[];
  consentLinks: number;
}

/** What GET /api/admin/subject answers: everything the tenant holds about an address. */
export interface SubjectRecord {
  email: string;
  intros: SubjectIntro[];
  /** Intros the address made as a connector: listed, never erased. */
  asConnector: { count: number; ids: string[] };
}

/** What one erasure removed. */
export interface ErasureCounts {
  intros: number;
  parties: number;
  events: number;
  outboxRows: number;
  consentTokens: number;
  replies: number;
}

export function adminApi(api: Api) {
  return {
    /**
     * Whether the server lets this connector in: the tenant's policy as admins read it is answered
     * to an admin, and refused (403) to anyone else. Any other answer, or none, counts as no.
     */
    async isAdmin(): Promise<boolean> {
      try {
        await api.request<unknown>("GET", "/api/admin/policy");
        return true;
      } catch {
        return false;
      }
    },
    policy: () => api.request<PolicyValues>("GET", "/api/admin/policy"),
    /** Every setting is required: the whole policy goes, so it is never half set. */
    setPolicy: (policy: PolicyValues) =>
      api.request<PolicyValues>("PUT", "/api/admin/policy", policy),
    exportTenant: (format: "csv" | "json") => api.file("/api/admin/export", format),
    exportTenantLink: (format: "csv" | "json") => api.fileLink("/api/admin/export", format),
    lookUp: (email: string) =>
      api.request<SubjectRecord>("GET", `/api/admin/subject?email=${encodeURIComponent(email)}`),
    erase: (email: string) =>
      api.request<ErasureCounts>("POST", "/api/admin/subject/erase", { email }),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
