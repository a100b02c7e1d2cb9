// Pure logic of the convert form: built from the drafting core, and the payload and problems that
// come out of it. No Office.js, no DOM. Judging the draft itself is shared/assess.ts.

import {
  buildCreatePayload,
  draftIntro,
  payloadProblems,
  type CreateIntroRequest,
  type Detection,
  type FinalIntro,
  type LanguageCode,
  type Person,
  type Register,
} from "../core";
import { ApiProblem } from "../api/client";

export interface PartyForm {
  name: string;
  address: string;
  about: string;
  why: string;
  alreadyAgreed: boolean;
}

export interface RequestForm {
  email: string;
  name: string;
  subject: string;
  body: string;
}

export interface ConvertForm {
  parties: PartyForm[];
  requests: RequestForm[];
  reason: string;
  language: LanguageCode;
  /** The register the requests were drafted in; the server's own mails and pages follow it. */
  register: Register;
  finalIntro: FinalIntro;
}

/** What to show for a problem: a headline, its detail, and per-field messages keyed like `party.0.about`. */
export interface ProblemView {
  title: string;
  detail: string;
  messages: string[];
  fields: Record<string, string[]>;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `finalIntro` is the tenant's default (policy), which the connector may change. */
export function formFor(detection: Detection, finalIntro: FinalIntro = "send"): ConvertForm {
  const intro = draftIntro(detection);
  return {
    parties: intro.parties.map((p) => ({
      name: p.name,
      address: p.address,
      about: p.about,
      why: p.why,
      alreadyAgreed: false,
    })),
    requests: intro.requests.map((r) => ({ ...r })),
    reason: intro.reason,
    language: intro.language,
    register: intro.register,
    finalIntro,
  };
}

export function payloadOf(form: ConvertForm): CreateIntroRequest {
  return buildCreatePayload(
    {
      parties: form.parties.map((p) => ({
        name: p.name,
        address: p.address,
        about: p.about,
        why: p.why,
      })),
      reason: form.reason,
      language: form.language,
      register: form.register,
      requests: form.requests,
    },
    {
      finalIntro: form.finalIntro,
      alreadyAgreed: form.parties.filter((p) => p.alreadyAgreed).map((p) => p.address),
    }
  );
}

/** Problems found before sending, in the same shape as the server's. */
export function localProblem(payload: CreateIntroRequest, connector: Person): ProblemView | null {
  const messages = payloadProblems(payload, connector.address ?? "");
  const empty = payload.requests.filter((r) => r.subject === "" || r.body === "");
  if (empty.length > 0) messages.push("Each request needs a subject and a message.");
  return messages.length === 0
    ? null
    : { title: "Check the requests before sending", detail: "", messages, fields: {} };
}

/**
 * The server names fields as in the payload (`parties[1].email`, `requests[0].body`); the form keys
 * them by party and request position (`party.1.email`, `request.0.body`). Requests for parties who
 * already agreed are left out of the payload, so request positions are matched by address.
 */
export function problemOf(
  problem: ApiProblem,
  payload: CreateIntroRequest,
  form: ConvertForm
): ProblemView {
  const fields: Record<string, string[]> = {};
  const messages: string[] = [];
  for (const [key, list] of Object.entries(problem.errors)) {
    const match = /^(parties|requests)\[(\d+)\](?:\.(\w+))?$/.exec(key);
    let target: string | null = null;
    if (match?.[1] === "parties" && match[3]) target = `party.${match[2]}.${match[3]}`;
    if (match?.[1] === "requests" && match[3]) {
      const email = payload.requests[Number(match[2])]?.email ?? "";
      const index = form.requests.findIndex((r) => same(r.email, email));
      if (index !== -1) target = `request.${index}.${match[3]}`;
    }
    if (target) fields[target] = [...list];
    else messages.push(...list);
  }
  const detail =
    problem.detail ||
    (Object.keys(fields).length > 0 ? "Some fields need a change; they are marked below." : "");
  return { title: problem.title, detail, messages, fields };
}

/** Who gets a private request: everyone who has not already agreed. "" when nobody does. */
export function requestedNames(form: ConvertForm): string {
  return form.parties
    .filter((p) => !p.alreadyAgreed)
    .map((p) => p.name || p.address)
    .join(" and ");
}

/** Any failure as a problem to show: the server's words when it answered, else `title` and the error's message. */
export const plainProblem = (e: unknown, title: string): ProblemView =>
  e instanceof ApiProblem
    ? { title: e.title, detail: e.detail, messages: Object.values(e.errors).flat(), fields: {} }
    : { title, detail: e instanceof Error ? e.message : String(e), messages: [], fields: {} };
