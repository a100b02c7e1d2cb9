// Dutch: how introductions and their look-alikes are worded, and the request template.

import { swapAll } from "./adapt";
import type { LanguagePack } from "./pack";

const CONNECT = "voorstellen|introduceren|koppelen|verbinden|connecten|linken";

export const nl: LanguagePack = {
  code: "nl",
  letters: "",
  stopwords: [
    "en", "ik", "je", "jullie", "het", "een", "van", "met", "voor", "niet", "dat", "die", "zijn", "ook", "graag",
    "groet", "groeten", "hoi", "elkaar", "wil", "bij", "naar", "wat", "maar", "heb", "hebben", "kan", "dit", "er",
    "om", "aan", "op", "jij", "wij", "zou", "zouden", "goed", "leuk", "bedankt",
    "we", "ons", "onze", "nog", "al", "als", "dan", "wel", "geen", "heel", "veel", "kunnen", "moet", "wordt", "worden", "hij", "zij", "hem", "mij", "mijn", "jouw", "uw", "deze", "uit", "over", "ben", "bent", "hoe",
  ],
  greetings: ["hoi", "hallo", "beste", "goedemorgen", "goedemiddag", "goedenavond", "dag", "hey", "hi", "lieve", "geachte", "hee", "hai"],
  groupWords: ["allemaal", "iedereen", "team", "collega's", "allen", "lui"],
  bothWords: ["beiden", "allebei", "twee"],
  connectives: ["en", "&"],
  titles: ["dhr", "mevr", "mevrouw", "meneer", "dr", "prof", "ir", "drs"],
  describes: ["is", "leidt", "werkt", "heeft", "richtte", "bouwt", "was", "kent", "investeert", "adviseert", "zoekt", "runt", "die", "doet", "begon", "zit", "maakt", "verkocht"],
  notNames: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober", "vandaag", "morgen", "groet", "bedankt", "hoi", "beste"],
  because: ["omdat", "aangezien", "want"],
  secondPerson: ["je", "jij", "jou", "jouw", "u", "uw", "jullie"],
  closings: ["groet", "groeten", "met vriendelijke groet", "hartelijke groet", "vriendelijke groet", "hartelijke groeten", "mvg", "gr", "tot snel", "bedankt", "dank"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        `jullie|je|u [graag] [even] [graag] aan|met elkaar [~1] ${CONNECT}|voor`,
        `jullie|je|u [graag] [even] [graag] ~2 aan|met @ [~1] ${CONNECT}|voor`,
        `jullie|je|u [graag] [even] ${CONNECT} aan|met @`,
        "stel|stellen jullie|je|u [~2] aan ~3 voor",
        "stel ik jullie|je|u [~2] voor aan @",
        "stel ik jullie|je|u [~2] aan ~3 voor",
        "in contact brengen|zetten|te",
        "met elkaar in contact|verbinden",
        "kennis laten maken",
        "maak|maakt kennis met @",
      ],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: ["jullie|u [twee|beiden|allebei] zouden|moeten|moet|kunnen ~3 kennismaken|praten|spreken|afspreken|ontmoeten|connecten|bellen|sparren|uitwisselen|leren|kennen"],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: ["^dit is @", "korte|snelle introductie|intro", "introductie|intro @"],
    },
    { kind: "intro", weight: 1, says: "follows up on a promise", patterns: ["zoals beloofd|besproken|afgesproken"] },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: ["@ [~1] in de cc", "@ [~1] in cc", "zet|heb|voeg @ [~2] in|aan de cc"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: ["laat jullie|het ~3 verder|over|aan", "trek me terug", "stap eruit|ertussenuit"],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: ["jullie twee|beiden|allebei", "elkaar", "met z'n tweeen|tweeën"],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: ["gemeen|gemeenschappelijk", "vergelijkbare|dezelfde|zelfde|soortgelijke", "omdat|aangezien|want", "kunnen|kan ~2 helpen|leren|profiteren", "denk|dacht dat",
        "zoekt|zoeken|nodig|precies", "advies|ervaring|mening|hulp over|bij|van|met"],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: ["sta|staat je|u open", "zou je|u ~3 interesse|zin|open|geinteresseerd", "heb|hebt je|u interesse|zin"],
    },
    { kind: "optIn", weight: -2.5, says: "asks whether the reader is interested", patterns: ["mag|kan|zal ik je|u ~3 voorstellen|introduceren|koppelen", "voordat ik jullie|je|u"] },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: ["bedankt|dank|dankjewel|dankje ~3 voor ~3 introductie|voorstellen|intro|contact|koppeling|verbinding|kennismaking|koppelen"],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^leuk|fijn|prettig|aangenaam ~4 kennis|kennen|ontmoeten"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: ["kun|kan|zou|kunt ~3 me|mij|ons ~3 voorstellen|introduceren|koppelen|in", "mij|me in contact brengen"],
    },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["mezelf|mijzelf|onszelf [even|graag|kort] [~2] voorstellen|voor|introduceren", "mijn naam is"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "nieuwe collega|medewerker|medewerkster|teamlid|product|functie|tool|beleid|dienst|versie",
        "welkom", "verwelkomen", "versterkt|versterking ~2 team", "trots|blij ~2 aan te kondigen", "ons|onze nieuwe",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: ["beursstand|webinar|aanmelden|inschrijven|evenement", "uitnodiging voor", "bezoek ons", "kom langs"],
    },
    { kind: "newsletter", weight: -5, says: "looks like a newsletter", patterns: ["afmelden|uitschrijven|nieuwsbrief", "online bekijken", "bekijk in je browser"] },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: ["tijdstip|tijdslot|beschikbaarheid|datumprikker|doodle", "moment|tijd vinden|prikken", "past het|schikt het", "met z'n drieen|drieën", "afspraak plannen|inplannen"],
    },
    { kind: "status", weight: -2, says: "reads like a status update", patterns: ["statusupdate|voortgang|verslag|notulen|mijlpaal", "stand van zaken", "volgende stappen"] },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: ["^bedankt|dank [je|u] [wel] voor [de|je|uw] tijd|gesprek|hulp|steun|feedback|lunch|diner|koffie|gisteren|vandaag|alles"],
    },
    { kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise", patterns: ["mijn|onze assistent|assistente|secretaresse", "ter info|informatie|kennisname"] },
    { kind: "forward", weight: -1, says: "forwards earlier mail", patterns: ["zie hieronder|onder", "doorgestuurd", "stuur ik door"] },
  ],
  quotes: {
    wroteStart: ["op"],
    wrote: ["schreef", "geschreven"],
    separators: ["oorspronkelijk bericht", "doorgestuurd bericht", "origineel bericht"],
    headerFrom: ["van"],
    headerOther: ["verzonden", "datum", "aan", "onderwerp", "cc"],
  },
  request: {
    subject: (other) => `Kennismaken met ${other}?`,
    greeting: (first) => (first ? `Hoi ${first},` : "Hoi,"),
    introduce: (other, otherFirst, about, isClause) =>
      `Ik zou je graag voorstellen aan ${other}${!about ? "." : isClause ? `. ${otherFirst} ${about}.` : `, ${about}.`}`,
    noReason: (otherFirst) => `Ik denk dat een gesprek met ${otherFirst} de moeite waard kan zijn.`,
    ask: (otherFirst) =>
      `Sta je open voor een introductie? Dan breng ik jullie per e-mail met elkaar in contact. ` +
      `Komt het nu niet uit of past het niet, zeg het gerust — uitleg is niet nodig, en ${otherFirst} hoort het niet van mij.`,
    signOff: "Groet,",
    adapt: (reason, other) =>
      swapAll(reason, [[/(?<!\p{L})jullie (?:twee|beiden|allebei)(?!\p{L})/giu, `jij en ${other}`]]),
  },
};
