// Picks the people being introduced from the recipients: those greeted, introduced, addressed or
// described in the text, then by position. Never the sender, never a distribution list.

import type { Analysis } from "./analysis";
import { isUnknownName } from "./names";
import { displayName } from "./recipients";
import type { Party } from "./types";

export interface PartyPick {
  parties: Party[];
  /** Candidate indices of the parties (empty when the draft has no usable recipients). */
  indices: number[];
  /** Non-list recipients the parties could come from. */
  eligible: number;
}

export function pickParties(a: Analysis): PartyPick {
  const { candidates } = a.recipients;
  const score = new Array<number>(candidates.length).fill(0);
  const firstSeen = new Array<number>(candidates.length).fill(Number.MAX_SAFE_INTEGER);
  const unknown: string[] = [];
  const see = (who: number, weight: number, at: number): void => {
    score[who] = (score[who] ?? 0) + weight;
    firstSeen[who] = Math.min(firstSeen[who] ?? at, at);
  };

  a.greeting.named.forEach((who, k) => see(who, 3, k));
  for (const h of a.hits) {
    if (h.cue.kind !== "intro" && h.cue.kind !== "loop") continue;
    for (const i of h.names) {
      const who = a.names.who(a.tokens, i);
      if (who !== -1) see(who, h.cue.kind === "intro" ? 3 : 2, i);
      else if (isUnknownName(a.tokens, i))
        unknown.push(a.tokens.text.slice(a.tokens.start[i] ?? 0, a.tokens.end[i] ?? 0));
    }
  }
  const subjectWeight = a.subject.isReply ? 0.5 : 2;
  a.subject.named.forEach((who, k) => see(who, subjectWeight, 1e6 + k));
  for (const v of a.mentions.vocatives) see(v.who, 2, v.at);
  for (const [x, y] of a.mentions.arrowPairs) {
    see(x, 3, a.mentions.first[x] ?? 0);
    see(y, 3, a.mentions.first[y] ?? 0);
  }
  a.mentions.described.forEach((at, who) => at >= 0 && see(who, 1.5, at));
  a.mentions.first.forEach((at, who) => at >= 0 && see(who, 1, at));

  const eligible = candidates.map((_, i) => i).filter((i) => candidates[i]?.isList === false);
  const ranked = [...eligible].sort((x, y) => (score[y] ?? 0) - (score[x] ?? 0) || x - y);
  let chosen: number[];
  const greetedAll = a.greeting.named.filter((i) => candidates[i]?.isList === false);
  if (greetedAll.length >= 3) chosen = greetedAll;
  else chosen = ranked.slice(0, 2);
  chosen.sort((x, y) => (firstSeen[x] ?? 0) - (firstSeen[y] ?? 0) || x - y);

  // Names the text uses for recipients it gives no name (or a name the text never uses).
  const textNames = [...a.greeting.textNames, ...unknown].filter(
    (n, i, all) => all.indexOf(n) === i
  );
  const parties: Party[] = chosen.map((i) => {
    const c = candidates[i];
    if (c === undefined) return { name: "", address: "" };
    let name = c.name;
    if (!name && (a.mentions.first[i] ?? -1) < 0 && textNames.length > 0)
      name = textNames.shift() ?? "";
    return { name: name || displayName(c.name, c.address), address: c.address };
  });

  if (candidates.length === 0) {
    // No recipients at all: the names in the text are all there is.
    const named = textNames.slice(0, 2).map((name) => ({ name, address: "" }));
    return { parties: named, indices: [], eligible: 0 };
  }
  return { parties, indices: chosen, eligible: eligible.length };
}
