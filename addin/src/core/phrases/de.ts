// German: how introductions and their look-alikes are worded, and the request templates (du / Sie).

import { swapAll } from "./adapt";
import type { LanguagePack, RequestWording } from "./pack";

const YOU = "euch|sie|dich|dir|ihnen";
const SOFT = "[gerne|gern|kurz|hiermit|einmal|mal|heute|jetzt|nun] [gerne|gern|kurz|hiermit|einmal|mal]";
const MAKE_KNOWN = "bekannt|bekanntmachen|bekanntzumachen|verbinden|vernetzen|zusammenbringen|zusammenzubringen|verknupfen|verkuppeln|connecten";

/** ". Sue leitet das Team." for a clause, ", Gründerin von X." for an apposition, "." for nothing. */
function more(otherFirst: string, about: string, isClause: boolean): string {
  if (!about) return ".";
  return isClause ? `. ${otherFirst} ${about}.` : `, ${about}.`;
}

const du: RequestWording = {
  subject: (other) => `Kontakt zu ${other}?`,
  greeting: (first) => (first ? `Hallo ${first},` : "Hallo,"),
  introduce: (other, otherFirst, about, isClause) => `Ich würde dich gern mit ${other} bekannt machen${more(otherFirst, about, isClause)}`,
  noReason: (otherFirst) => `Ich glaube, ein Gespräch mit ${otherFirst} könnte sich für dich lohnen.`,
  ask: (otherFirst) =>
    `Hättest du Interesse? Dann stelle ich euch per E-Mail einander vor. Wenn es gerade nicht passt, ` +
    `sag einfach kurz Bescheid – das ist völlig in Ordnung, und ${otherFirst} erfährt davon nichts von mir.`,
  signOff: "Viele Grüße",
  adapt: (reason, other) =>
    swapAll(reason, [
      [/(?<!\p{L})ihr (?:beide|beiden|zwei)(?!\p{L})/giu, `du und ${other}`],
      [/(?<!\p{L})euch (?:beide|beiden|zwei)(?!\p{L})/giu, `dich und ${other}`],
    ]),
};

const sie: RequestWording = {
  ...du,
  greeting: (first, full) => (full || first ? `Guten Tag ${full || first},` : "Guten Tag,"),
  introduce: (other, otherFirst, about, isClause) => `Ich würde Sie gern mit ${other} bekannt machen${more(otherFirst, about, isClause)}`,
  noReason: (otherFirst) => `Ich glaube, ein Gespräch mit ${otherFirst} könnte sich für Sie lohnen.`,
  ask: (otherFirst) =>
    `Hätten Sie Interesse? Dann stelle ich Sie beide per E-Mail einander vor. Wenn es gerade nicht passt, ` +
    `geben Sie mir einfach kurz Bescheid – das ist völlig in Ordnung, und ${otherFirst} erfährt davon nichts von mir.`,
  signOff: "Beste Grüße",
  adapt: (reason, other) => swapAll(reason, [[/(?<!\p{L})Sie (?:beide|beiden)(?!\p{L})/gu, `Sie und ${other}`]]),
};

export const de: LanguagePack = {
  code: "de",
  letters: "ßäöü",
  stopwords: [
    "und", "ich", "du", "ist", "nicht", "das", "der", "die", "mit", "fur", "euch", "ihr", "eine", "ein", "zu",
    "auf", "dass", "auch", "wir", "mochte", "gerne", "gern", "beiden", "hallo", "liebe", "viele", "grusse", "sich",
    "dich", "dir", "bei", "wie", "aus", "hat", "habe", "sind", "uber", "schon", "kannst", "einen", "noch",
    "wir", "unser", "unsere", "nicht", "noch", "wenn", "weil", "oder", "aber", "doch", "mal", "bitte", "danke", "viel", "sehr", "kann", "muss", "wird", "haben", "mich", "mir", "uns", "dem", "den", "des", "im", "vom", "zum", "zur", "ein", "einem",
  ],
  greetings: ["hallo", "hi", "hey", "liebe", "lieber", "liebes", "sehr", "geehrte", "geehrter", "geehrten", "guten", "tag", "morgen", "abend", "moin", "servus", "gruezi", "gruss", "gruß", "gott", "hoi", "salut", "grussgott"],
  groupWords: ["zusammen", "alle", "allerseits", "team", "kollegen", "kolleginnen", "leute", "runde"],
  bothWords: ["beide", "beiden", "zwei", "ihr"],
  connectives: ["und", "&"],
  titles: ["herr", "frau", "dr", "prof"],
  describes: [
    "ist", "leitet", "fuhrt", "grundete", "hat", "arbeitet", "baut", "war", "kennt", "verantwortet", "investiert",
    "berat", "macht", "entwickelt", "betreut", "kommt", "sucht", "grundet", "beschaftigt", "hatte", "lehrt",
    "forscht", "unterstutzt", "der", "die", "skaliert", "verkaufte", "berat",
  ],
  notNames: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember", "heute", "morgen", "danke", "hallo", "liebe", "gruss", "beste", "sie", "ihr", "ihnen"],
  because: ["weil", "denn", "zumal", "da"],
  secondPerson: ["du", "dich", "dir", "dein", "deine", "deinen", "sie", "ihnen", "ihr", "euch", "euer", "eure"],
  closings: ["viele grüße", "beste grüße", "liebe grüße", "herzliche grüße", "freundliche grüße", "mit freundlichen grüßen", "lg", "vg", "mfg", "gruß", "grüße", "bis bald", "danke", "viele grüsse", "beste grüsse", "liebe grüsse"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        `${YOU} [beide|beiden|zwei] ${SOFT} einander|miteinander|gegenseitig [~2] vorstellen|vorzustellen|vor|${MAKE_KNOWN}`,
        `${YOU} ${SOFT} mit @ [~2] ${MAKE_KNOWN}`,
        `${YOU} ${SOFT} @ [~2] vorstellen|vorzustellen`,
        `euch|sie beide|beiden|zwei [~3] vorstellen|vorzustellen|${MAKE_KNOWN}`,
        "stelle|stell|stellen [ich] euch|dir|ihnen|dich [~2] einander|gegenseitig|miteinander [~1] vor",
        "stelle|stell [ich] euch|dir|ihnen|dich ~2 @ [~1] vor",
        "darf ich vorstellen|bekanntmachen",
        "darf ich [euch|ihnen|dich] bekannt machen",
        "bringe|verbinde|vernetze|verknupfe|connecte [ich] [hiermit] euch|sie|dich",
        "lernt euch [~2] kennen",
        "einander ~2 kennenlernen|kennenzulernen|austauschen|auszutauschen|vernetzen",
        "ihr euch ~2 kennenlernt|kennenlernen|kennenzulernen|austauscht|austauschen|vernetzt|vernetzen",
        "macht euch [~1] bekannt",
      ],
    },
    {
      kind: "intro", weight: 3, says: "introduces the two of them to each other",
      patterns: ["in kontakt|verbindung bringen|zu|gebracht", "kontakt zu|mit @ [~2] her|herstellen|herzustellen", "stelle|stellen ~3 kontakt zu|mit @"],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: [
        "ihr|sie [beide|zwei|beiden] solltet|solltest|sollten|musst|musst|konntet|konnten|musstet ~3 kennenlernen|sprechen|austauschen|unterhalten|reden|treffen|vernetzen|kennen|verbinden|telefonieren|zusammensetzen",
      ],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: ["^das|dies ist @", "kurze|virtuelle vorstellung|intro|e-intro", "e-intro", "kontaktvermittlung", "vorstellung @"],
    },
    { kind: "intro", weight: 1, says: "follows up on a promise", patterns: ["wie besprochen|versprochen|angekundigt|vereinbart"] },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: ["@ [~1] in|im|ins cc|kopie", "@ [~1] cc|kopie", "hole|nehme|setze @ [~2] ins|in|mit cc|kopie|boot"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: [
        "uberlasse|uberlass euch|ihnen|es|den|alles", "ziehe|klinke mich ~2 zuruck|aus",
        "untereinander|direkt aus|ab|weiter", "ab hier|jetzt ubernehmt|ubernehmen",
      ],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: ["ihr beide|zwei|beiden", "ihr ~2 beide|beiden", "euch beide|beiden|zwei", "sie beide", "einander", "gegenseitig", "miteinander"],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: [
        "gemeinsam|gemeinsamkeiten|gemeinsames|gemeinsame", "weil|denn|zumal",
        "ahnlich|ahnliche|ahnlichen|gleichen|gleiche|dieselben|dieselbe|denselben|demselben|dasselbe|gleiches",
        "sucht|suchen|braucht|brauchen|uberlegt|plant|genau", "rat|tipps|hilfe|erfahrung|einschatzung|meinung zu|bei|von|fur", "profitieren|weiterhelfen|helfen",
        "beide|beiden ~2 arbeiten|bauen|beschaftigen|interessieren",
        "denke|dachte|glaube|finde ~3 ihr|sie|euch", "passt|passen ~2 gut",
      ],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: [
        "hattest|hatten|warst|waren|bist du|sie ~3 offen|interessiert|bereit|lust|interesse",
        "interesse|lust an|auf ~3 kontakt|austausch|vorstellung|intro|kennenlernen|gesprach|telefonat|vernetzung|kaffee",
        "ist es ok|okay|in ordnung wenn ich",
      ],
    },
    {
      kind: "optIn", weight: -2.5, says: "asks whether the reader is interested",
      patterns: ["darf|soll|kann ich dich|sie|dir|ihnen ~3 vorstellen|verbinden|vernetzen|bekannt", "bevor ich euch|dich|sie"],
    },
    { kind: "bccMove", weight: -6, says: "moves the introducer to Bcc", patterns: ["blindkopie"] },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: ["danke|dank|bedanke ~3 fur ~3 vorstellung|intro|kontakt|vernetzung|verbindung|vermittlung|verknupfung|vorstellen|verbinden|vernetzen|herstellen"],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^schon|freut|freue|toll ~2 kennenzulernen|kennen"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: [
        "konntest|kannst|konnten|wurdest|wurden ~3 mich|uns ~3 vorstellen|bekannt|verbinden|vernetzen|kontakt",
        "mich|uns mit @ ~2 bekannt|verbinden|vernetzen|in",
      ],
    },
    { kind: "askIntro", weight: -2, says: "asks for a contact", patterns: ["kennst|kennen du|sie jemanden|jemand"] },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["mich|uns [kurz|gerne|gern|einmal|mal|hiermit|ihnen|euch|dir] [kurz|gerne|gern] vorstellen|vorzustellen", "mein name ist", "ich heisse|heiße"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "neue|neuen|neuer|neues kollegin|kollege|kollegen|mitarbeiterin|mitarbeiter|teammitglied|produkt|feature|tool|angebot|richtlinie|prozess|version|funktion",
        "herzlich willkommen", "begrussen|begrusst sie|euch|mit", "heissen ~3 willkommen",
        "verstarkt|verstarkung ~2 team|unser", "freuen uns ~3 bekanntzugeben|anzukundigen|vorzustellen",
        "unser|unsere|unseren neue|neues|neuen|neuer", "ab heute|seit heute bei uns|im",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: ["messestand|webinar|anmeldung|veranstaltung", "einladung zu|zum|zur", "besuchen sie uns", "besucht uns", "lernen sie unser team"],
    },
    { kind: "newsletter", weight: -5, says: "looks like a newsletter", patterns: ["abmelden|abbestellen|newsletter", "im browser ansehen|anzeigen", "online ansehen"] },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: ["terminvorschlag|terminvorschlage|terminfindung|zeitfenster|verfugbarkeit|kalendereinladung", "einen termin finden|vereinbaren|ausmachen", "passt ~3 euch|ihnen|dir", "wann passt|habt|hattet", "treffen wir uns", "wir drei", "zu dritt"],
    },
    {
      kind: "status", weight: -2, says: "reads like a status update",
      patterns: ["statusupdate|status|zwischenstand|fortschritt|protokoll|meilenstein|frist", "stand der dinge", "nachste schritte"],
    },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: ["^danke|dank ~3 fur ~3 zeit|treffen|gesprach|hilfe|unterstutzung|feedback|einladung|essen|heute|gestern|alles"],
    },
    {
      kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise",
      patterns: ["meine|unsere assistentin|assistent|sekretarin", "zur info|kenntnis|information"],
    },
    { kind: "forward", weight: -1, says: "forwards earlier mail", patterns: ["siehe unten", "weitergeleitet|weiterleitung", "leite ich|dir|euch weiter"] },
  ],
  quotes: {
    wroteStart: ["am"],
    wrote: ["schrieb"],
    separators: ["ursprüngliche nachricht", "weitergeleitete nachricht", "anfang der weitergeleiteten"],
    headerFrom: ["von"],
    headerOther: ["gesendet", "datum", "an", "betreff", "cc"],
  },
  request: du,
  formalRequest: sie,
  formalMarkers: ["sehr geehrte", "sehr geehrter", " Sie ", " Ihnen ", " Ihre ", " Ihr "],
};
