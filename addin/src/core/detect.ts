// detect(draft) → verdict: is this draft a three-way ("hot potato") introduction, between whom, and why.

import { scratch } from "./arena";
import { type Analysis, analyze } from "./analysis";
import { pickParties } from "./parties";
import { readReason } from "./reason";
import { MASS_MAIL } from "./recipients";
import { scoreAnalysis, THRESHOLD } from "./score";
import type { Draft, Signal, Verdict } from "./types";

/** Confidence as a smooth function of the score, kept on the right side of 0.5 for the verdict. */
function confidenceOf(score: number, isIntro: boolean): number {
  const raw = 1 / (1 + Math.exp(-0.9 * (score - THRESHOLD)));
  const c = isIntro ? Math.max(raw, 0.5) : Math.min(raw, 0.45);
  return Math.round(c * 1000) / 1000;
}

function verdictOf(a: Analysis): Verdict {
  const pick = pickParties(a);
  const { score, strong, vetoed, signals } = scoreAnalysis(a, pick);
  const notes: Signal[] = [];
  let enoughPeople = pick.parties.length >= 2;
  if (a.recipients.total > MASS_MAIL) enoughPeople = false;
  else if (a.recipients.candidates.length > 0 && pick.eligible < 2) {
    enoughPeople = false;
    notes.push({
      id: "recipients:one",
      weight: 0,
      text: "goes to fewer than two people who could be introduced — a private message, not a three-way introduction",
    });
  }
  if (!strong && score >= THRESHOLD) {
    notes.push({
      id: "evidence:weak",
      weight: 0,
      text: "nothing in it actually introduces anyone",
    });
  }
  const isIntro = enoughPeople && strong && !vetoed && score >= THRESHOLD;
  return {
    isIntro,
    confidence: confidenceOf(
      enoughPeople && strong && !vetoed ? score : Math.min(score, THRESHOLD - 0.5),
      isIntro
    ),
    parties: isIntro ? pick.parties : [],
    reason: isIntro ? readReason(a.tokens, a.hits, a.greeting, a.names, a.mentions).text : "",
    language: a.language,
    signals: [...notes, ...signals],
  };
}

/** A verdict and the analysis it came from, which drafting takes instead of reading the draft again. */
export interface Detection {
  readonly verdict: Verdict;
  readonly analysis: Analysis;
}

/**
 * detect, keeping the analysis for draftIntro: one reading of the draft serves both. The analysis
 * holds per-token arrays for as long as the detection is kept, so detect() is the one to use when
 * only the verdict matters.
 */
export function detectForDrafting(draft: Draft): Detection {
  const analysis = analyze(draft);
  return { verdict: verdictOf(analysis), analysis };
}

export function detect(draft: Draft): Verdict {
  // The analysis ends with this call and the verdict holds none of its per-token arrays.
  return scratch(() => verdictOf(analyze(draft)));
}
