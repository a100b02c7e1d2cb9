// What came of an introduction: the pane's one question to the connector, the line that says what
// they answered or what a reply showed, and the connector's own record.

import type { ConnectorRecord, IntroOutcome, IntroResource } from "../api/client";

export const OUTCOMES: readonly IntroOutcome[] = [
  "connected",
  "notYet",
  "didNotConnect",
  "dontAsk",
];

export const OUTCOME_CHOICES: Record<IntroOutcome, string> = {
  connected: "Connected",
  notYet: "Not yet",
  didNotConnect: "Did not connect",
  dontAsk: "Don't ask",
};

function firstName(intro: IntroResource, index: number): string {
  const p = intro.parties[index];
  return p ? ((p.name || p.email).split(/\s+/)[0] ?? "") : "";
}

/** "Did Juan and Sue connect?" */
export function outcomeQuestion(intro: IntroResource): string {
  return `Did ${firstName(intro, 0)} and ${firstName(intro, 1)} connect?`;
}

/**
 * The question shows once the server gives its date (the tenant's days after the final intro have
 * passed by the product's clock), until the connector answers it or a reply showed the two connected.
 */
export function asksOutcome(intro: IntroResource): boolean {
  return intro.state === "introduced" && !intro.outcome && Boolean(intro.outcomeAskedAt);
}

/** What the card says of the outcome, or null when there is nothing to say ("Don't ask" says nothing). */
export function outcomeLine(intro: IntroResource): string | null {
  switch (intro.outcome) {
    case "connected":
      return intro.outcomeBy === "reply"
        ? "They connected: one wrote to the other with you in copy"
        : "They connected";
    case "notYet":
      return "Not connected yet";
    case "didNotConnect":
      return "They did not connect";
    default:
      return null;
  }
}

/** "12 introductions · 8 both said yes · 5 connected", or null before the first. */
export function recordLine(record: ConnectorRecord | null): string | null {
  if (!record || !Number.isInteger(record.made) || record.made <= 0) return null;
  const made = record.made === 1 ? "1 introduction" : `${record.made} introductions`;
  return `${made} · ${record.bothSaidYes} both said yes · ${record.connected} connected`;
}
