// The add-in's pure core: detection and drafting, no Office.js, no server.

export { detect, detectForDrafting, type Detection } from "./detect";
export { draftIntro, type IntroDraft } from "./draft";
export {
  buildCreatePayload,
  payloadProblems,
  type CreateIntroParty,
  type CreateIntroRequest,
  type FinalIntro,
  type PayloadChoices,
} from "./payload";
export { firstName } from "./recipients";
export type {
  Draft,
  LanguageCode,
  Party,
  PartyDetails,
  Person,
  Register,
  RequestDraft,
  Signal,
  Verdict,
} from "./types";
