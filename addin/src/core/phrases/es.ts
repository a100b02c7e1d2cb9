// Spanish: how introductions and their look-alikes are worded, and the request template.

import { swapAll } from "./adapt";
import type { LanguagePack } from "./pack";

export const es: LanguagePack = {
  code: "es",
  letters: "ñ¿¡",
  stopwords: [
    "y", "el", "los", "las", "que", "es", "una", "con", "para", "por", "muy", "les", "del", "esta", "hola",
    "saludos", "gracias", "tambien", "ustedes", "vosotros", "os", "te", "tu", "su", "sus", "pero", "como", "mas",
    "este", "yo", "lo", "al", "se", "ha", "han", "son", "estoy", "creo", "quiero", "muchas",
    "no", "si", "nuestro", "nuestra", "hay", "sin", "sobre", "cuando", "donde", "esto", "eso", "ese", "esa", "puede", "puedes", "tiene", "tienes", "quieres", "mucho", "ya", "ni", "hacer", "bueno", "todo", "usted", "estais", "teneis", "vuestro",
  ],
  greetings: ["hola", "buenos", "buenas", "dias", "tardes", "noches", "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos", "saludos", "hey"],
  groupWords: ["todos", "todas", "equipo", "companeros", "colegas", "chicos", "amigos"],
  bothWords: ["dos", "ambos", "ambas"],
  connectives: ["y", "e", "&"],
  titles: ["sr", "sra", "srta", "dr", "dra", "don", "dona", "lic", "ing"],
  describes: [
    "es", "dirige", "trabaja", "fundo", "tiene", "lleva", "esta", "lidera", "gestiona", "conoce", "invierte",
    "asesora", "desarrolla", "busca", "era", "ha", "que", "quien", "encabeza", "monto", "creo", "acaba", "trabajo",
  ],
  notNames: ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "hola", "gracias", "saludos", "un"],
  because: ["porque", "ya", "dado", "puesto", "como"],
  secondPerson: ["tu", "te", "ti", "tus", "usted", "ustedes", "os", "vosotros", "su", "sus"],
  closings: ["saludos", "un saludo", "un abrazo", "abrazos", "atentamente", "gracias", "muchas gracias", "cordialmente", "besos", "hasta pronto"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        "les|te|os|le presento [a|al] @",
        "presentarles|presentaros|presentarlos|presentarlas",
        "presentarte|presentarle [a|al] @",
        "ponerlos|poneros|ponerles|ponerte|ponerle|pongo en contacto|relacion",
        "conectarlos|conectaros|conectarles|conectarte|conectarle",
        "^conoce|conozcan|conoced|conozca|conoced a|al @",
      ],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: [
        "deberian|deberiais|tendrian|tendriais|podrian|podriais|tienen|teneis ~3 conocerse|conoceros|hablar|charlar|conversar|reunirse|reuniros|juntarse|juntaros",
        "se conozcan|conocieran", "os conozcais",
      ],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: ["^este|esta es @", "hacer|hago|hacerles esta|la presentacion|introduccion", "breve|pequena presentacion|introduccion"],
    },
    { kind: "intro", weight: 1, says: "follows up on a promise", patterns: ["como prometi|prometido|hablamos|acordamos", "lo prometido"] },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: ["@ [~1] en copia|cc", "copio|anado|agrego|incluyo|sumo [a|al] @"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: ["los|las|les|os|te dejo ~3 para|que|hablar|conversar|coordinar|continuar|seguir", "me retiro", "me hago a un lado"],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: ["ustedes|vosotros|vosotras dos", "los|las dos", "ambos|ambas", "mutuamente", "el uno al otro", "entre ustedes|vosotros"],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: [
        "en comun", "parecido|similar|similares|mismo|misma|mismos|mismas", "porque", "ya que", "dado|puesto que", "debido",
        "podrian|podriais|puede ~2 ayudar|aprender|beneficiar|colaborar", "creo|pienso que",
        "ambos|dos ~2 trabajan|estan|tienen|son",
        "busca|buscando|necesita|quiere|justo|exactamente|vendria", "consejo|opinion|experiencia|ayuda de|sobre|en",
      ],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: [
        "estarias|estaria ~2 abierto|abierta|interesado|interesada|dispuesto|dispuesta",
        "te|le interesaria|interesa|gustaria|apeteceria ~3 conocer|hablar|conversar|presentacion|presente|conectar|contacto|charla|llamada",
      ],
    },
    {
      kind: "optIn", weight: -2.5, says: "asks whether the reader is interested",
      patterns: ["si te|le interesa|parece", "antes de presentarte|presentarle|ponerte|conectarte", "puedo|podria presentarte|presentarle|ponerte|conectarte"],
    },
    { kind: "bccMove", weight: -6, says: "moves the introducer to Bcc", patterns: ["cco", "copia oculta"] },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: ["gracias ~3 por ~3 presentacion|contacto|conectarnos|conexion|introduccion|presentarnos|ponernos"],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^encantado|encantada", "placer|gusto ~2 conocerte|conocerle|conocerlo|conocerla|conocernos"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: ["podrias|puedes|podria|puede|podrian ~2 presentarme|ponerme|conectarme|presentarnos", "ponerme en contacto", "presentarme a|al|con"],
    },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["me presento", "presentarme", "mi nombre es", "me llamo"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "nuevo|nueva|nuevos|nuevas companero|companera|colega|integrante|miembro|incorporacion|producto|herramienta|politica|servicio|funcionalidad|version",
        "bienvenida|bienvenido|bienvenidos", "se une|incorpora ~2 equipo", "nos complace|alegra|enorgullece anunciar|presentar", "nuestro|nuestra nuevo|nueva",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: ["stand|feria|webinar|webinario", "inscribete|inscripcion|registrate", "invitacion a|al", "te invitamos|invitamos", "visitanos", "ven a vernos"],
    },
    { kind: "newsletter", weight: -5, says: "looks like a newsletter", patterns: ["darse|darte de baja", "cancelar suscripcion", "boletin|newsletter", "ver en el navegador"] },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: ["encontrar|buscar un|una hueco|momento|horario|hora|fecha", "agendar|programar|coordinar ~2 reunion|llamada|cita", "viene|va bien ~2 lunes|martes|miercoles|jueves|viernes", "disponibilidad", "los tres", "nosotros tres"],
    },
    { kind: "status", weight: -2, says: "reads like a status update", patterns: ["actualizacion|avance|avances|informe|entregable", "estado del proyecto", "proximos pasos"] },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: ["^gracias ~2 por ~2 tiempo|reunion|ayuda|apoyo|comentarios|comida|cena|cafe|ayer|hoy|todo"],
    },
    { kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise", patterns: ["mi|nuestra|nuestro asistente|secretaria|secretario", "para tu|su informacion|conocimiento"] },
    { kind: "forward", weight: -1, says: "forwards earlier mail", patterns: ["ver abajo", "mas abajo", "te reenvio", "reenvio|reenviado"] },
  ],
  quotes: {
    wroteStart: ["el"],
    wrote: ["escribió"],
    separators: ["mensaje original", "mensaje reenviado"],
    headerFrom: ["de"],
    headerOther: ["enviado", "enviado el", "fecha", "para", "asunto", "cc"],
  },
  request: {
    subject: (other) => `¿Te presento a ${other}?`,
    greeting: (first) => (first ? `Hola ${first}:` : "Hola:"),
    introduce: (other, otherFirst, about, isClause) =>
      `Me gustaría presentarte a ${other}${!about ? "." : isClause ? `. ${otherFirst} ${about}.` : `, ${about}.`}`,
    noReason: (otherFirst) => `Creo que una conversación con ${otherFirst} podría valer la pena.`,
    ask: (otherFirst) =>
      `¿Te parece bien que os ponga en contacto? Si es así, haré la presentación por correo. ` +
      `Si no es buen momento o no encaja, dímelo sin más — no hace falta explicación, y ${otherFirst} no sabrá nada por mí.`,
    signOff: "Un saludo,",
    adapt: (reason, other) =>
      swapAll(reason, [[/(?<!\p{L})(?:ustedes dos|vosotros dos|vosotras dos|los dos|las dos|ambos|ambas)(?!\p{L})/giu, `tú y ${other}`]]),
  },
};
