// Public shapes of the detection and drafting core. The task pane, the event handlers and the
// command line all speak these; nothing here knows about Office.js or the server.

export type LanguageCode = "en" | "de" | "fr" | "es" | "nl" | "pt";

/**
 * How the requests speak to the parties: Sie, vous, usted, u are formal; du, tu, tú, je informal.
 * The server writes everything after them (answer links, follow-up, final intro, consent pages)
 * in the same one. English and Portuguese "você" read the same either way.
 */
export type Register = "formal" | "informal";

/** A mailbox as Outlook gives it; either half may be missing or empty. */
export interface Person {
  name?: string;
  address?: string;
}

/** The message being composed, as plain text. */
export interface Draft {
  subject?: string;
  body?: string;
  from?: Person;
  to?: readonly Person[];
  cc?: readonly Person[];
}

/** One of the people being introduced, always taken from the draft's recipients when it has any. */
export interface Party {
  name: string;
  /** "" when the draft gave a name without an address. */
  address: string;
}

/** One piece of evidence, worded for the connector. Negative weights argue against an intro. */
export interface Signal {
  id: string;
  weight: number;
  text: string;
}

export interface Verdict {
  isIntro: boolean;
  /** 0..1; at least 0.5 exactly when isIntro. */
  confidence: number;
  parties: Party[];
  /** The connector's own sentence(s) saying why the parties should meet; "" when there is none. */
  reason: string;
  language: LanguageCode;
  signals: Signal[];
}

/** One private request, ready for the connector to edit. */
export interface RequestDraft {
  /** The party this request goes to. */
  email: string;
  name: string;
  subject: string;
  body: string;
}

/** What the connector's draft says about one party, in the connector's words. */
export interface PartyDetails extends Party {
  /** What the party does ("runs growth at Acme"); "" when the draft does not say. */
  about: string;
  /**
   * What this party gains from meeting the other, as their request puts it ("Sue rebuilt the
   * pricing of a marketplace like yours"); "" when the draft gives no reason for them.
   */
  why: string;
}
