// French: how introductions and their look-alikes are worded, and the request template.

import { swapAll } from "./adapt";
import type { LanguagePack } from "./pack";

const PRESENT = "presente|presenter|presenterai|presentes";

export const fr: LanguagePack = {
  code: "fr",
  letters: "èëùûœ",
  stopwords: [
    "et", "je", "vous", "le", "la", "les", "des", "est", "une", "pour", "avec", "que", "qui", "dans", "pas",
    "sur", "nous", "bonjour", "deux", "tres", "tu", "te", "ton", "ta", "votre", "vos", "du", "au", "aux", "ce",
    "cette", "mais", "il", "elle", "c'est", "j'ai", "suis", "merci", "cordialement", "bien", "vous", "son", "sa",
    "notre", "nos", "sont", "ont", "fait", "peut", "aussi", "plus", "tout", "tous", "quand", "alors", "donc", "leur", "ces", "cet", "mon", "ma", "mes", "etes", "avez", "est-ce", "d'un", "d'une", "l'equipe", "n'est",
  ],
  greetings: ["bonjour", "salut", "coucou", "cher", "chere", "chers", "cheres", "bonsoir", "hello", "madame", "monsieur"],
  groupWords: ["tous", "toutes", "equipe", "collegues", "amis", "monde"],
  bothWords: ["deux"],
  connectives: ["et", "&"],
  titles: ["m", "mme", "mlle", "dr", "madame", "monsieur", "me", "pr"],
  describes: [
    "est", "dirige", "travaille", "gere", "a", "fonde", "connait", "conseille", "investit", "developpe", "vient",
    "cherche", "etait", "qui", "s'occupe", "pilote", "accompagne", "lance", "travaillait", "mene", "enseigne",
  ],
  notNames: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "octobre", "novembre", "decembre", "merci", "bonjour", "cordialement", "madame", "monsieur"],
  because: ["parce", "car", "puisque", "comme"],
  secondPerson: ["vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes", "t'"],
  closings: ["cordialement", "bien à vous", "bien cordialement", "bonne journée", "amitiés", "à bientôt", "belle journée", "merci", "bises", "salutations", "très cordialement"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        `vous|te ${PRESENT} [~2] @`,
        `vous ${PRESENT} [~1] l'un|l'une|mutuellement`,
        "vous|te mettre|mets|met en relation|contact|lien|rapport",
        "mettre|mets|met @ [~2] en relation|contact",
        "faire|fais les presentations",
        "vous connecter|presenter l'un",
        "^voici|rencontrez|rencontre @",
      ],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: [
        "vous devriez|devez|pourriez|gagneriez|auriez|devriez ~3 rencontrer|echanger|parler|discuter|connaitre|voir|contacter|appeler",
        "devriez|gagneriez|pourriez vous ~2 rencontrer|parler|connaitre|echanger",
      ],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: ["mise en relation|contact", "petite|breve|courte presentation|intro", "heureux|heureuse|ravi|ravie|plaisir de vous|te mettre|presenter"],
    },
    { kind: "intro", weight: 1, says: "follows up on a promise", patterns: ["comme promis|convenu|discute|evoque"] },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: ["@ [~1] en copie|cc", "mets|mis|mettre|ajoute|j'ajoute @ [~2] en copie|cc"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: ["vous|te laisse ~3 echanger|poursuivre|continuer|prendre|organiser|discuter|convenir|caler|voir|la", "je me retire", "m'eclipse|m'efface"],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: ["vous deux", "tous|toutes les deux", "l'un|l'une l'autre", "mutuellement", "tous|toutes deux"],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: [
        "en commun", "points communs", "similaire|similaires|memes", "parce que|qu'*", "car|puisque",
        "vu que", "etant donne", "pourriez|pourrait|pourraient ~2 aider|apprendre|profiter|beneficier",
        "je pense|crois que|qu'*",
        "cherche|recherche|recrute|recruter|aimerait|souhaite|justement|exactement", "besoin|conseil|conseils|avis|retour|expertise de|d'*|sur",
      ],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: [
        "seriez-vous|serais-tu|es-tu|etes-vous ~3 ouvert|ouverte|interesse|interessee|partant|partante|d'accord|disponible",
        "seriez|serais vous|tu ~3 ouvert|ouverte|interesse|interessee|partant|partante|d'accord",
        "te|vous dirait ~3 rencontrer|echanger|presente|mise|parler",
      ],
    },
    {
      kind: "optIn", weight: -2.5, says: "asks whether the reader is interested",
      patterns: ["si tu es|vous etes interesse|interessee|partant|partante|ouvert", "avant de vous|te mettre|presenter", "puis-je|peux-je te|vous presenter"],
    },
    { kind: "bccMove", weight: -6, says: "moves the introducer to Bcc", patterns: ["cci", "copie cachee"] },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: ["merci ~3 pour|de ~3 mise|presentation|presentations|intro|introduction|contact|mis|presentes|connectes|connexion"],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^ravi|ravie|enchante|enchantee|heureux|heureuse ~3 faire ta|votre|connaissance", "^enchante|enchantee"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: [
        "pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|pourrais|pourriez ~3 me|nous presenter|mettre",
        "me|nous mettre en relation|contact", "me presenter a|au|aux",
      ],
    },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["je me presente", "me presenter", "je m'appelle", "mon nom est"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "nouveau|nouvelle|nouveaux collegue|collaborateur|collaboratrice|membre|recrue|arrivant|arrivante|produit|outil|fonctionnalite|politique|processus|service|offre|version",
        "bienvenue a|dans", "souhaiter|souhaitons la bienvenue", "rejoint|rejoindre|rejoignez l'equipe|notre", "rejoint|rejoindre|rejoignez nous",
        "ravis|heureux|fiers d'annoncer", "ravis|heureux|fiers de vous annoncer", "ravis|heureux|fiers de vous presenter notre", "notre nouveau|nouvelle",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: ["stand|salon|webinaire|webinar", "inscription|inscrivez-vous", "rejoignez-nous", "venez nous voir|rencontrer", "invitation a"],
    },
    { kind: "newsletter", weight: -5, says: "looks like a newsletter", patterns: ["desabonner|desinscrire|desabonnement|desinscription|newsletter", "lettre d'information", "version en ligne"] },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: ["creneau|creneaux|disponibilites|doodle", "trouver un|une creneau|date|moment|heure", "vous|te convient|conviendrait", "nous trois", "tous les trois", "fixer|caler ~2 reunion|rendez-vous|appel|call"],
    },
    { kind: "status", weight: -2, says: "reads like a status update", patterns: ["avancement", "mise a jour", "compte rendu", "compte-rendu", "prochaines etapes", "point d'etape"] },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: ["^merci [beaucoup] pour|de ~2 temps|reunion|rendez-vous|echange|aide|soutien|retour|accueil|dejeuner|diner|cafe|hier|aujourd'hui|tout"],
    },
    { kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise", patterns: ["mon|ma|notre assistant|assistante|secretaire", "pour info|information|visibilite"] },
    { kind: "forward", weight: -1, says: "forwards earlier mail", patterns: ["ci-dessous", "je te|vous transfere", "transfere|transferes"] },
  ],
  quotes: {
    wroteStart: ["le"],
    wrote: ["a écrit", "écrit"],
    separators: ["message d'origine", "message transféré", "début du message réexpédié", "message original"],
    headerFrom: ["de"],
    headerOther: ["envoyé", "date", "à", "objet", "cc"],
  },
  request: {
    subject: (other) => `Mise en relation avec ${other} ?`,
    greeting: (first) => (first ? `Bonjour ${first},` : "Bonjour,"),
    introduce: (other, otherFirst, about, isClause) =>
      `J'aimerais vous présenter ${other}${!about ? "." : isClause ? `. ${otherFirst} ${about}.` : `, ${about}.`}`,
    noReason: (otherFirst) => `Je pense qu'un échange avec ${otherFirst} pourrait en valoir la peine.`,
    ask: (otherFirst) =>
      `Seriez-vous d'accord pour que je vous mette en relation ? Si oui, je vous présenterai l'un à l'autre par e-mail. ` +
      `Si le moment n'est pas idéal ou si cela ne vous correspond pas, dites-le-moi simplement — aucune justification nécessaire, et ${otherFirst} n'en saura rien par moi.`,
    signOff: "Bien à vous,",
    adapt: (reason, other) =>
      swapAll(reason, [[/(?<!\p{L})vous deux(?!\p{L})/giu, `vous et ${other}`]]),
  },
};
