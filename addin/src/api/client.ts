// The one way the add-in talks to the server: the pane and the event handlers alike. The bearer
// token when there is one (sandbox mode has none), and application/problem+json turned into an
// ApiProblem to show. A 401 gets one retry with a freshly renewed token, then one after signing in;
// a 401 with Entra ID's claims challenge gets one retry with a token that carries those claims.

import { claimsChallenge } from "../auth/challenge";
import type { TokenNeed } from "../auth/session";
import type { CreateIntroRequest, Register } from "../core";
import { parsePolicy, type TenantPolicy } from "../shared/policy";

export type IntroState =
  "requested" | "introduced" | "ready" | "declined" | "expired" | "cancelled";
export type Answer =
  "pending" | "yes" | "notNow" | "no" | "alreadyConnected" | "expired" | "undeliverable";
export type GivableAnswer = "yes" | "notNow" | "no" | "alreadyConnected";

/** What the server read in a party's reply. */
export type Understood =
  "yes" | "notNow" | "no" | "alreadyConnected" | "unclear" | "autoReply" | "bounce";
/** recorded: it changed the party's answer; needsReview: it waits for the connector; ignored: it was no answer. */
export type ReplyStatus = "recorded" | "needsReview" | "ignored";
/** What the connector decides a reply means: an answer, or that it was none. */
export type ReplyDecision = GivableAnswer | "ignore";

/** A party's mail reply as the connector sees it: an excerpt, never the whole body. */
export interface ReplyResource {
  id: string;
  receivedAt: string;
  excerpt: string;
  understood: Understood;
  /** The date a "not now" reply named, yyyy-mm-dd. */
  until: string | null;
  status: ReplyStatus;
}

export interface PartyResource {
  id: string;
  name: string;
  email: string;
  about: string;
  /** What they gain from meeting the other, as their request and consent page put it; "" when the intro's reason stands for it. */
  why?: string;
  alreadyAgreed: boolean;
  answer: Answer;
  notNowUntil: string | null;
  requestedAt: string | null;
  followedUpAt: string | null;
  answeredAt: string | null;
  /** link: the consent page; reply: read from their mail; connector: recorded in the pane. */
  answeredBy?: "link" | "reply" | "connector" | null;
  /** A "not now" with a date: the intro stays open and they are asked again then. */
  askAgainAt?: string | null;
  /** Their mail replies, newest first. */
  replies?: ReplyResource[];
}

export interface IntroResource {
  id: string;
  state: IntroState;
  createdAt: string;
  reason: string;
  finalIntro: "send" | "review";
  language: string;
  /** The register its requests were drafted in; null for intros from before, which use the language's usual one. */
  register?: Register | null;
  parties: PartyResource[];
  introducedAt: string | null;
  finalDraftId: string | null;
  /** The server holds this intro's mail until the connector signs in again (it can no longer act for them). */
  needsSignIn?: boolean;
  events: Array<{ at: string; what: string; partyId: string | null }>;
  /** What came of it once introduced: the connector's answer, or "connected" heard from a reply. */
  outcome?: IntroOutcome | null;
  outcomeAt?: string | null;
  outcomeBy?: "reply" | "connector" | null;
  /** From when the pane asks "did they connect?": given once that time has come; null before, or when it never asks. */
  outcomeAskedAt?: string | null;
}

export type IntroOutcome = "connected" | "notYet" | "didNotConnect" | "dontAsk";

/** The connector's own record over the intros the server still holds. */
export interface ConnectorRecord {
  made: number;
  bothSaidYes: number;
  connected: number;
  since: string | null;
}

/** One party of a past intro of the same pair, as it stands now. */
export interface PastParty {
  id: string;
  name: string;
  email: string;
  answer: Answer;
  answeredAt: string | null;
}

/** A past intro of the pair the draft introduces: when it was made, how it stands, what happened last. */
export interface PastIntro {
  id: string;
  state: IntroState;
  createdAt: string;
  introducedAt: string | null;
  closedAt: string | null;
  latest: { at: string; what: string; partyId: string | null } | null;
  parties: PastParty[];
}

/** One of the two people on their own: declines ("no", "not now") and silences on any of the connector's requests. */
export interface PersonHistory {
  email: string;
  declined: number;
  silent: number;
  /** Declined or silent often enough that asking by mail again is unlikely to be welcome. */
  flag: boolean;
}

/**
 * What the connector did with two people within the tenant's window (`months`, from `since`); `since`
 * is null when the tenant turned this memory off.
 */
export interface IntroHistory {
  months: number;
  since: string | null;
  intros: PastIntro[];
  people: PersonHistory[];
}

/** A failed call, worded for the connector: `detail` is what to show, `errors` the fields at fault. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: Readonly<Record<string, readonly string[]>> = {}
  ) {
    super(detail || title);
    this.name = "ApiProblem";
  }
}

export interface ApiOptions {
  /** "" for the page's own origin; an absolute origin where relative URLs do not work (classic Outlook's JavaScript-only runtime). */
  baseUrl?: string;
  /**
   * The connector's token; null when there is none (sandbox mode). May throw a SignInError.
   * `claims`: the JSON claims request of a claims challenge the token must satisfy.
   */
  getToken?: (need: TokenNeed, claims?: string) => Promise<string | null>;
  fetch?: typeof fetch;
}

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  errors?: unknown;
}

function fieldErrors(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== "object") return {};
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value)) {
    if (Array.isArray(messages))
      out[key] = messages.filter((m): m is string => typeof m === "string");
  }
  return out;
}

async function problemBody(response: Response): Promise<ProblemBody> {
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return {};
  return ((await response.json().catch(() => ({}))) ?? {}) as ProblemBody;
}

function problemFrom(status: number, body: ProblemBody): ApiProblem {
  const title = typeof body.title === "string" ? body.title : `The server answered ${status}.`;
  const detail = typeof body.detail === "string" ? body.detail : "";
  return new ApiProblem(status, title, detail, fieldErrors(body.errors));
}

// A timer rather than AbortController: the JavaScript-only runtime of classic Outlook is not a browser.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms.`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}

type Method = "GET" | "POST" | "PUT";

export function createApi(options: ApiOptions = {}) {
  const base = options.baseUrl ?? "";
  const getToken = options.getToken ?? (async () => null);
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(
    method: Method,
    path: string,
    body: unknown,
    need: TokenNeed,
    timeoutMs?: number,
    extra: Record<string, string> = {},
    claims?: string
  ): Promise<{ response: Response; token: string | null }> {
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json",
      ...extra,
    };
    const token = await (claims === undefined ? getToken(need) : getToken(need, claims));
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    try {
      const request = doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
      return {
        response: timeoutMs === undefined ? await request : await withTimeout(request, timeoutMs),
        token,
      };
    } catch {
      throw new ApiProblem(
        0,
        "The server could not be reached",
        "Check your connection and try again."
      );
    }
  }

  async function call<T>(
    method: Method,
    path: string,
    body?: unknown,
    timeoutMs?: number,
    extra?: Record<string, string>
  ): Promise<T> {
    return (await (await respond(method, path, body, timeoutMs, extra)).json()) as T;
  }

  /** The successful answer, after the sign-in ladder; a problem is thrown as an ApiProblem. */
  async function respond(
    method: Method,
    path: string,
    body?: unknown,
    timeoutMs?: number,
    extra?: Record<string, string>
  ): Promise<Response> {
    let sent = await send(method, path, body, "cached", timeoutMs, extra);
    // A 401 is answered before anything is done, so sending again cannot do anything twice.
    const ladder: TokenNeed[] = ["fresh", "interactive"];
    let read: ProblemBody | null = null;
    // A claims challenge is answered once: a token that still falls short must not loop sign-ins.
    let challenged = false;
    while (sent.response.status === 401 && sent.token && !challenged) {
      read = await problemBody(sent.response);
      const claims = claimsChallenge(sent.response.headers.get("www-authenticate"), read);
      const need = claims ? "fresh" : ladder.shift();
      if (!need) break;
      challenged = claims !== null;
      sent = await send(method, path, body, need, timeoutMs, extra, claims ?? undefined);
      read = null;
    }
    if (!sent.response.ok)
      throw problemFrom(sent.response.status, read ?? (await problemBody(sent.response)));
    return sent.response;
  }

  /** A download (`format` = csv or json) under the name the server gives it. */
  async function file(
    path: string,
    format: "csv" | "json"
  ): Promise<{ blob: Blob; fileName: string }> {
    const response = await respond("GET", `${path}?format=${format}`, undefined, undefined, {
      accept: `${format === "csv" ? "text/csv" : "application/json"}, application/problem+json`,
    });
    const named = /filename="?([^";]+)"?/i.exec(response.headers.get("content-disposition") ?? "");
    return { blob: await response.blob(), fileName: named?.[1] ?? `intro-record.${format}` };
  }

  /** The same download as a one-use link (`POST {path}/link`), for a browser that carries no token. */
  function fileLink(path: string, format: "csv" | "json") {
    return call<{ url: string; expiresAt: string }>("POST", `${path}/link?format=${format}`);
  }

  return {
    /** The tenant's policy; rejects when the answer is not one. */
    async getPolicy(timeoutMs?: number): Promise<TenantPolicy> {
      const policy = parsePolicy(await call<unknown>("GET", "/api/policy", undefined, timeoutMs));
      if (!policy)
        throw new ApiProblem(
          0,
          "The policy could not be read",
          "The server's answer was not a policy."
        );
      return policy;
    },
    listIntros: () => call<IntroResource[]>("GET", "/api/intros?state=all"),
    /**
     * The same idempotency key for every try of one conversion: a retry after a lost answer gets
     * the intro the first try made, and nobody is mailed twice.
     */
    createIntro: (payload: CreateIntroRequest, idempotencyKey: string) =>
      call<IntroResource>("POST", "/api/intros", payload, undefined, {
        "idempotency-key": idempotencyKey,
      }),
    recordAnswer: (introId: string, partyId: string, answer: GivableAnswer) =>
      call<IntroResource>(
        "POST",
        `/api/intros/${encodeURIComponent(introId)}/parties/${encodeURIComponent(partyId)}/answer`,
        { answer }
      ),
    /** The connector's decision on one reply; the intro as it is now. */
    reviewReply: (
      introId: string,
      partyId: string,
      replyId: string,
      answer: ReplyDecision,
      until?: string
    ) =>
      call<IntroResource>(
        "POST",
        `/api/intros/${encodeURIComponent(introId)}/parties/${encodeURIComponent(partyId)}/replies/${encodeURIComponent(replyId)}`,
        until ? { answer, until } : { answer }
      ),
    /** The connector's intros a mail conversation belongs to (none, usually one). */
    introsByConversation: (conversationId: string) =>
      call<IntroResource[]>(
        "GET",
        `/api/intros/by-conversation?conversationId=${encodeURIComponent(conversationId)}`
      ),
    /** The connector's past intros of two people and each one's declines, within the tenant's window. */
    introHistory: (a: string, b: string) =>
      call<IntroHistory>(
        "GET",
        `/api/intros/history?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`
      ),
    /**
     * The final draft's REST id as Graph gives it now: Outlook opens items by EWS ids, converted
     * from REST ids only, never from the immutable id the intro keeps.
     */
    finalDraft: (introId: string) =>
      call<{ restId: string; isDraft: boolean }>(
        "GET",
        `/api/intros/${encodeURIComponent(introId)}/final-draft`
      ),
    /** What holds everyone's mail back: nothing, or the app's credential refused by Entra ID. */
    status: () =>
      call<{ mailOnHold: { code: string; title: string; detail: string } | null }>(
        "GET",
        "/api/status"
      ),
    /**
     * The connector's consent record as a file. Fetched rather than linked: the server wants the
     * bearer token, which a plain link would not carry.
     */
    exportRecord: (format: "csv" | "json") => file("/api/intros/export", format),
    /** The same record as a one-use link for the user's browser (which has no token), valid two minutes. */
    exportRecordLink: (format: "csv" | "json") => fileLink("/api/intros/export", format),
    /** The connector's answer to "did they connect?"; the intro as it is now. */
    recordOutcome: (introId: string, outcome: IntroOutcome) =>
      call<IntroResource>("POST", `/api/intros/${encodeURIComponent(introId)}/outcome`, {
        outcome,
      }),
    connectorRecord: () => call<ConnectorRecord>("GET", "/api/intros/record"),
    cancelIntro: (introId: string) =>
      call<IntroResource>("POST", `/api/intros/${encodeURIComponent(introId)}/cancel`),
    /** The admin page's calls go through these (api/admin.ts): same token, sign-in and problems. */
    request: call,
    file,
    fileLink,
  };
}

export type Api = ReturnType<typeof createApi>;
