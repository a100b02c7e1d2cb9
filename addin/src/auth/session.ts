// The pane's sign-in state: which flow, the current token and when to renew it, and the check that
// the token's account is the mailbox's user before any call carries it. Sandbox mode has no tokens.

import type { MailboxUser } from "../office/signin";
import { accountMismatch, readClaims, type TokenClaims } from "./claims";
import type { AuthConfig, EntraConfig } from "./config";
import { chooseFlow, SignInError, type Broker, type TokenResult } from "./problems";

/**
 * What a call needs: "cached" a usable token; "fresh" a new one because the server refused the last
 * (still silent); "interactive" a sign-in because a fresh one was refused too.
 */
export type TokenNeed = "cached" | "fresh" | "interactive";

export interface SessionDeps {
  config(): Promise<AuthConfig>;
  user(): Promise<MailboxUser>;
  supportsNestedAppAuth(): boolean;
  broker(config: EntraConfig, flow: "naa" | "dialog"): Promise<Broker>;
  now?: () => number;
}

/** Renew a token this long before it expires, so a call never leaves with one about to lapse. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

const CLAIMS_SIGN_IN =
  "Your organization asks you to sign in again (for example with multi-factor authentication). Sign in, then try again; nothing was sent.";

export class AuthSession {
  private configuration: Promise<AuthConfig> | null = null;
  private brokering: Promise<Broker> | null = null;
  private current: { token: string; claims: TokenClaims; expiresAt: number | null } | null = null;
  // One acquisition at a time: the pane's parallel calls must not open two sign-in windows.
  private queue: Promise<unknown> = Promise.resolve();
  // Once a sign-in window the connector did not ask for was cancelled or failed, only their click opens
  // another: the pane reloads on every focus, and must not nag.
  private mayPromptUnasked = true;
  // A claims challenge the connector still has to meet by clicking "Sign in" (the Office dialog).
  private pendingClaims: string | undefined;

  constructor(private readonly deps: SessionDeps) {}

  /** The signed-in account, once a token was accepted. */
  get signedInAs(): string | null {
    return this.current?.claims.username ?? null;
  }

  /**
   * For the fetch wrapper: null in sandbox mode; throws SignInError when the connector must act.
   * `claims`: a claims challenge's JSON claims request, which the token must be requested with.
   */
  readonly token = (need: TokenNeed = "cached", claims?: string): Promise<string | null> =>
    this.serialized(() => this.acquire(need, claims));

  /** The connector clicked "Sign in": shows the sign-in window whatever the cache holds. */
  signIn(): Promise<void> {
    return this.serialized(async () => {
      const config = await this.config();
      if (config.mode !== "entra") return;
      const broker = await this.broker(config);
      const claims = this.pendingClaims;
      await this.accept(await broker.interactive(claims ? { claims } : {}));
      this.pendingClaims = undefined;
      this.mayPromptUnasked = true;
    });
  }

  private serialized<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private config(): Promise<AuthConfig> {
    // A failed read (server unreachable) is tried again on the next call.
    this.configuration ??= this.deps.config().catch((e: unknown) => {
      this.configuration = null;
      throw e;
    });
    return this.configuration;
  }

  private broker(config: EntraConfig): Promise<Broker> {
    const flow = chooseFlow(config.mode, this.deps.supportsNestedAppAuth());
    this.brokering ??= this.deps
      .broker(config, flow === "naa" ? "naa" : "dialog")
      .catch((e: unknown) => {
        this.brokering = null;
        throw e;
      });
    return this.brokering;
  }

  private async acquire(need: TokenNeed, claims?: string): Promise<string | null> {
    const config = await this.config();
    if (config.mode !== "entra") return null;
    const request = claims ? { claims } : {};
    if (!claims && need === "cached" && this.current && this.usable(this.current.expiresAt)) {
      const mismatch = accountMismatch(this.current.claims, await this.deps.user());
      if (!mismatch) return this.current.token;
      this.current = null;
    }
    const broker = await this.broker(config);
    const silent =
      need === "interactive"
        ? null
        : await broker.silent({ forceRefresh: need === "fresh" || !!claims, ...request });
    if (silent) return this.met(claims, await this.accept(silent));
    if (!broker.promptsWithoutClick || !this.mayPromptUnasked) {
      this.current = null;
      if (!claims) throw new SignInError("signInRequired");
      this.pendingClaims = claims;
      throw new SignInError("signInRequired", CLAIMS_SIGN_IN);
    }
    try {
      return this.met(claims, await this.accept(await broker.interactive(request)));
    } catch (e) {
      this.mayPromptUnasked = false;
      throw e;
    }
  }

  private met(claims: string | undefined, token: string): string {
    if (claims) this.pendingClaims = undefined;
    return token;
  }

  private usable(expiresAt: number | null): boolean {
    const now = (this.deps.now ?? Date.now)();
    return expiresAt !== null && expiresAt - now > RENEW_BEFORE_MS;
  }

  private async accept(result: TokenResult): Promise<string> {
    const claims = readClaims(result.accessToken);
    const mismatch = accountMismatch(claims, await this.deps.user());
    if (mismatch) {
      this.current = null;
      throw new SignInError("wrongAccount", mismatch);
    }
    this.current = {
      token: result.accessToken,
      claims,
      expiresAt: claims.expiresAt ?? result.expiresOn?.getTime() ?? null,
    };
    return result.accessToken;
  }
}
