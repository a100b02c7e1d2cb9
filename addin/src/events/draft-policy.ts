// The tenant policy for the draft an event is about: from the draft's memory (sessionData) when an
// earlier event of this compose session fetched it, else from the server, and then remembered.

import { SignInError } from "../auth/problems";
import type { Api } from "../api/client";
import { POLICY_KEY } from "../shared/draft-memory";
import type { MailHost } from "../shared/host";
import { parsePolicy, type TenantPolicy } from "../shared/policy";

/** The policy, or null when it cannot be had, with whether signing in would help. */
export interface PolicyRead {
  policy: TenantPolicy | null;
  signIn: boolean;
}

/** Never rejects: a policy that cannot be had is null. */
export async function draftPolicy(
  host: MailHost,
  api: Pick<Api, "getPolicy">,
  timeoutMs: number
): Promise<PolicyRead> {
  const cached = await host.recall(POLICY_KEY);
  if (cached) {
    try {
      const parsed = parsePolicy(JSON.parse(cached));
      if (parsed) return { policy: parsed, signIn: false };
    } catch {
      // Fetch it again below.
    }
  }
  try {
    const fetched = await api.getPolicy(timeoutMs);
    await host.remember(POLICY_KEY, JSON.stringify(fetched));
    return { policy: fetched, signIn: false };
  } catch (e) {
    console.warn("The tenant policy could not be read", e);
    return { policy: null, signIn: e instanceof SignInError && e.kind === "signInRequired" };
  }
}
