// Reads a draft once into everything detection and drafting need. Linear in the size of the draft:
// the body is bounded, tokenised once, and every phrase of every language is matched in that pass.

import { detectLanguage } from "./language";
import { findMentions, type Mentions } from "./mentions";
import { Names } from "./names";
import { type Greeting, readGreeting } from "./greeting";
import { type Hit, PhraseIndex } from "./patterns";
import { PACKS } from "./phrases";
import { splitQuoted } from "./quotes";
import { readRecipients, type Recipients } from "./recipients";
import { readSubject, type SubjectInfo } from "./subject";
import { bounded, cleanBody, cleanLine, MAX_BODY_CHARS, MAX_SUBJECT_CHARS } from "./text";
import { tokenize } from "./tokenize";
import type { Tokens } from "./tokens";
import type { Draft, LanguageCode } from "./types";

export interface Analysis {
  subject: SubjectInfo;
  /** What the sender wrote now, and the quoted history below it. */
  fresh: string;
  quoted: string;
  tokens: Tokens;
  recipients: Recipients;
  names: Names;
  hits: Hit[];
  subjectHits: Hit[];
  greeting: Greeting;
  mentions: Mentions;
  language: LanguageCode;
}

const INDEX = new PhraseIndex();
for (const p of PACKS) {
  INDEX.add(p.cues, p.code);
  INDEX.addTitles(p.titles);
}

export function analyze(draft: Draft): Analysis {
  const safe: Draft = typeof draft === "object" && draft !== null ? draft : {};
  const recipients = readRecipients(safe);
  const names = new Names(recipients.candidates);

  const subject = readSubject(cleanLine(bounded(safe.subject, MAX_SUBJECT_CHARS)), names);
  const { fresh, quoted } = splitQuoted(cleanBody(bounded(safe.body, MAX_BODY_CHARS)));
  const tokens = tokenize(fresh, names.gate);
  const hits = INDEX.scan(tokens, names.annotate(tokens));
  const subjectHits = INDEX.scan(subject.tokens, names.annotate(subject.tokens));
  const greeting = readGreeting(tokens, names);
  const mentions = findMentions(tokens, names, recipients.candidates.length, greeting, hits);
  const language = detectLanguage(tokens, subject.tokens);
  return {
    subject,
    fresh,
    quoted,
    tokens,
    recipients,
    names,
    hits,
    subjectHits,
    greeting,
    mentions,
    language,
  };
}
