// The one judgement of a draft that the task pane and the event handlers share: too few people
// to be an introduction, nothing to offer, or an introduction to offer converting.

import { detectForDrafting, type Detection, type Draft, type Person } from "../core";
import type { ComposeSnapshot } from "./host";

export type Assessment =
  | { kind: "tooFew"; resolved: number }
  | { kind: "quiet" }
  /** Kept with its analysis: converting drafts the requests from it without reading the draft again. */
  | ({ kind: "offer" } & Detection);

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function draftOf(snapshot: ComposeSnapshot, connector: Person): Draft {
  return {
    subject: snapshot.subject,
    body: snapshot.body,
    to: snapshot.to,
    cc: snapshot.cc,
    from: connector,
  };
}

/** Recipients with an address, without the connector, counted once. */
function resolvedRecipients(snapshot: ComposeSnapshot, connector: Person): Person[] {
  const seen = new Set<string>();
  return [...snapshot.to, ...snapshot.cc].filter((p) => {
    const address = (p.address ?? "").trim().toLowerCase();
    if (!address || same(address, connector.address ?? "") || seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

export function assess(snapshot: ComposeSnapshot, connector: Person): Assessment {
  const resolved = resolvedRecipients(snapshot, connector).length;
  if (resolved < 2) return { kind: "tooFew", resolved };
  const detection = detectForDrafting(draftOf(snapshot, connector));
  const { verdict } = detection;
  const usable =
    verdict.isIntro &&
    verdict.parties.length === 2 &&
    verdict.parties.every((p) => p.address !== "");
  return usable ? { kind: "offer", ...detection } : { kind: "quiet" };
}
