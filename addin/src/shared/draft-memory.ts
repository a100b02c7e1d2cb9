// What the add-in keeps per draft, shared by the task pane and the event handlers (they run in
// different runtimes and meet only on the item), and the context a banner or Smart Alerts button
// hands to the pane. That requests were sent is kept with the draft itself (custom properties), so
// a saved and reopened draft still goes out unchecked; the rest lasts one compose session
// (sessionData).

import type { Party, Person } from "../core";

/** Requests were sent for this draft: `{ introId, names }`, written by the pane after a convert; kept with the draft. */
export const SENT_KEY = "doubleOptIn";
/**
 * The connector said both people already agreed to meet: `{ parties: [address, address] }`, written
 * by the pane; kept with the draft. The send check then lets this draft go as written, as long as
 * it still introduces the same two people.
 */
export const AGREED_KEY = "bothAgreed";
/** The detector's latest verdict on this draft: a StoredVerdict. */
export const VERDICT_KEY = "introVerdict";
/** The tenant policy as fetched for this draft. */
export const POLICY_KEY = "tenantPolicy";
/** A LaunchContext the send check left for a pane that cannot read the button's contextData. */
export const LAUNCH_KEY = "launchContext";

export interface StoredVerdict {
  isIntro: boolean;
  confidence: number;
  parties: Party[];
}

/** Why the pane was opened: the banner's button or the send check's; the pane goes straight to the convert view. */
export interface LaunchContext {
  source: "banner" | "send";
  verdict: StoredVerdict;
}

export function parseLaunchContext(text: string | null): LaunchContext | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<LaunchContext> | null;
    if (
      (value?.source === "banner" || value?.source === "send") &&
      typeof value.verdict?.isIntro === "boolean"
    )
      return value as LaunchContext;
  } catch {
    // Not ours: an actionable message or another add-in version.
  }
  return null;
}

/** The value kept under AGREED_KEY for these two people. */
export function agreementFor(parties: readonly Person[]): string {
  return JSON.stringify({ parties: addressesOf(parties) });
}

/** Whether `kept` (what AGREED_KEY holds) says that exactly these people already agreed. */
export function agreedOn(kept: string | null, parties: readonly Person[]): boolean {
  if (!kept) return false;
  try {
    const marked = (JSON.parse(kept) as { parties?: unknown } | null)?.parties;
    return Array.isArray(marked) && marked.join("\n") === addressesOf(parties).join("\n");
  } catch {
    return false;
  }
}

function addressesOf(parties: readonly Person[]): string[] {
  return parties.map((p) => (p.address ?? "").trim().toLowerCase()).sort();
}
