// What one language contributes: the words that spot an introduction (and the look-alikes that are
// not one), the words that frame a reply's quoted history, and the wording of the private requests.
// Each language keeps all of this in its own file.

import type { CueSpec } from "../patterns";
import type { LanguageCode, Register } from "../types";

export interface RequestWording {
  subject(otherName: string): string;
  /** name: how the reader is called in this register (the first name; in a formal one "Herr Becker" or the full name). */
  greeting(name: string, fullName: string): string;
  /**
   * First lines of the request. about is "", a clause ("runs growth at Acme", isClause) or an
   * apposition ("our head of growth").
   */
  introduce(otherName: string, otherFirst: string, about: string, isClause: boolean): string;
  /** Used when the connector gave no reason. */
  noReason(otherFirst: string): string;
  /** The question and the easy out. */
  ask(otherFirst: string): string;
  signOff: string;
  /** Rewrites "you both" and the like for a message that goes to one of the two. */
  adapt(reason: string, otherFirst: string): string;
}

export interface QuoteWording {
  /** First word of an attribution line ("On", "Am", "Le" …). */
  wroteStart: readonly string[];
  /** Its verb, right before the colon ("wrote", "schrieb", "a écrit" …). */
  wrote: readonly string[];
  /** Lines that open quoted or forwarded mail ("Original Message", "Forwarded message" …). */
  separators: readonly string[];
  /** Header labels of a quoted message: From, Sent/Date, To, Subject in this language. */
  headerFrom: readonly string[];
  headerOther: readonly string[];
}

export interface LanguagePack {
  code: LanguageCode;
  /** Frequent short words, counted to tell the language. */
  stopwords: readonly string[];
  /** Letters or marks only this language of the six uses ("ñ¿¡" for Spanish). */
  letters: string;
  /** Words that open a greeting line. */
  greetings: readonly string[];
  /** A greeting to a whole group ("team", "all"). */
  groupWords: readonly string[];
  /** A greeting to the two of them ("both", "beiden"). */
  bothWords: readonly string[];
  /** Joins names in a greeting ("and"). */
  connectives: readonly string[];
  /** Titles before a name ("Dr", "Frau"). */
  titles: readonly string[];
  /** Inflected titles and the form a greeting uses ("herrn" → "Herr"). */
  titleBase?: Readonly<Record<string, string>>;
  /** Verbs that describe someone right after their name ("Sue is", "Juan runs"). */
  describes: readonly string[];
  /** Capitalised words that are never someone's name here (weekdays, months). */
  notNames: readonly string[];
  /** Words that open the connector's reason ("because", "weil", "parce que" → "parce"). */
  because: readonly string[];
  /** "you" and its forms, to find sentences that speak to one party. */
  secondPerson: readonly string[];
  /** How letters close ("Best,", "Viele Grüße"), to find the connector's sign-off. */
  closings: readonly string[];
  cues: readonly CueSpec[];
  quotes: QuoteWording;
  request: RequestWording;
  /** The register `request` speaks in; informal unless said (French says vous by default). */
  requestRegister?: Register;
  /** A more formal register (Sie, usted, u), picked when the draft itself is formal. */
  formalRequest?: RequestWording;
  /** Words that show the draft is written in the formal register. */
  formalMarkers?: readonly string[];
  /** A more familiar register (tu), picked when the draft itself says tu to them. */
  informalRequest?: RequestWording;
  /** Words that show the draft is written in the familiar register; they also rule the formal one out. */
  informalMarkers?: readonly string[];
}
