// Builds the body of POST /api/intros (DESIGN.md) from the connector's reviewed drafts.

import type { IntroDraft } from "./draft";
import { blurb } from "./about";
import type { LanguageCode, Register } from "./types";

export type FinalIntro = "send" | "review";

const REGISTERS: readonly string[] = ["formal", "informal"] satisfies Register[];

export interface CreateIntroParty {
  name: string;
  email: string;
  about: string;
  /** What this person gains from meeting the other; their consent page gives it as the reason. */
  why?: string;
  alreadyAgreed: boolean;
}

export interface CreateIntroRequest {
  parties: CreateIntroParty[];
  reason: string;
  requests: Array<{ email: string; subject: string; body: string }>;
  finalIntro: FinalIntro;
  language: LanguageCode;
  /** The register the requests were drafted in; absent, the server uses the language's usual one. */
  register?: Register;
}

export interface PayloadChoices {
  finalIntro: FinalIntro;
  /** Addresses of parties who already said yes (asked in person, or the one who asked for the intro). */
  alreadyAgreed?: readonly string[];
}

/** The server drafts nothing for a party who already agreed, so no request override is sent for them. */
export function buildCreatePayload(intro: IntroDraft, choices: PayloadChoices): CreateIntroRequest {
  const agreed = new Set((choices.alreadyAgreed ?? []).map((e) => e.trim().toLowerCase()));
  const parties = intro.parties.map((p) => ({
    name: p.name.trim(),
    email: p.address.trim(),
    about: blurb(p.about).trim(),
    why: p.why.trim(),
    alreadyAgreed: agreed.has(p.address.trim().toLowerCase()),
  }));
  const requests = intro.requests
    .filter((r) => !agreed.has(r.email.trim().toLowerCase()))
    .map((r) => ({ email: r.email.trim(), subject: r.subject.trim(), body: r.body.trim() }));
  return {
    parties,
    reason: intro.reason.trim(),
    requests,
    finalIntro: choices.finalIntro,
    language: intro.language,
    register: intro.register,
  };
}

/** Problems the server would reject with a 400, worded for the connector; empty when there are none. */
export function payloadProblems(payload: CreateIntroRequest, connectorAddress: string): string[] {
  const problems: string[] = [];
  const emails = payload.parties.map((p) => p.email.toLowerCase());
  if (payload.parties.length !== 2) problems.push("An introduction needs exactly two people.");
  payload.parties.forEach((p, i) => {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email))
      problems.push(`${p.name || `Person ${i + 1}`} needs an email address.`);
    if (p.name === "" || /[\r\n]/.test(p.name))
      problems.push(`Person ${i + 1} needs a name on one line.`);
  });
  if (new Set(emails).size !== emails.length)
    problems.push("The two people must have different addresses.");
  if (connectorAddress && emails.includes(connectorAddress.toLowerCase()))
    problems.push("You can't be one of the two people.");
  for (const r of payload.requests)
    if (/[\r\n]/.test(r.subject)) problems.push("A subject must be one line.");
  if (payload.register !== undefined && !REGISTERS.includes(payload.register))
    problems.push("The requests must be worded formally or informally.");
  return problems;
}
