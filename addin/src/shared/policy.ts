// The tenant's policy as GET /api/policy gives it, checked field by field: the send check must
// never act on a half-understood answer.

import type { FinalIntro } from "../core";

export type SendCheck = "off" | "prompt" | "softBlock";

export interface TenantPolicy {
  followUpAfterBusinessDays: number;
  expireAfterBusinessDays: number;
  finalIntro: FinalIntro;
  sendCheck: SendCheck;
  retentionDays: number;
}

const FINAL_INTROS: readonly string[] = ["send", "review"];
const SEND_CHECKS: readonly string[] = ["off", "prompt", "softBlock"];

/** The policy, or null when `value` is not one. */
export function parsePolicy(value: unknown): TenantPolicy | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const count = (key: string) =>
    typeof v[key] === "number" && Number.isInteger(v[key]) && (v[key] as number) >= 0;
  if (
    !count("followUpAfterBusinessDays") ||
    !count("expireAfterBusinessDays") ||
    !count("retentionDays")
  )
    return null;
  if (typeof v.finalIntro !== "string" || !FINAL_INTROS.includes(v.finalIntro)) return null;
  if (typeof v.sendCheck !== "string" || !SEND_CHECKS.includes(v.sendCheck)) return null;
  return {
    followUpAfterBusinessDays: v.followUpAfterBusinessDays as number,
    expireAfterBusinessDays: v.expireAfterBusinessDays as number,
    finalIntro: v.finalIntro as FinalIntro,
    sendCheck: v.sendCheck as SendCheck,
    retentionDays: v.retentionDays as number,
  };
}
