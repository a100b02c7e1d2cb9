// Portuguese: how introductions and their look-alikes are worded, and the request template.

import { swapAll } from "./adapt";
import type { LanguagePack } from "./pack";

const YOU_TWO = "voces|os|as|vcs";

export const pt: LanguagePack = {
  code: "pt",
  letters: "ãõ",
  stopwords: [
    "e", "eu", "voce", "voces", "o", "os", "as", "que", "um", "uma", "com", "para", "nao", "muito", "dos", "das",
    "ao", "obrigado", "obrigada", "ola", "abraco", "tambem", "seu", "sua", "mas", "como", "mais", "estou", "isso",
    "esse", "essa", "no", "na", "nos", "em", "da", "do", "pra", "te", "vc", "sao", "acho",
    "nosso", "nossa", "sim", "isto", "entao", "agora", "quando", "onde", "tudo", "pelo", "pela", "num", "numa", "ele", "ela", "tem", "estao", "pode", "vai", "so", "ainda", "bem", "gostaria", "voce", "voces", "conversar", "fica",
  ],
  greetings: ["ola", "oi", "bom", "boa", "dia", "tarde", "noite", "prezado", "prezada", "prezados", "caro", "cara", "caros", "querido", "querida", "e ai", "fala"],
  groupWords: ["todos", "todas", "pessoal", "equipe", "time", "colegas", "galera", "amigos"],
  bothWords: ["dois", "duas", "ambos", "ambas"],
  connectives: ["e", "&"],
  titles: ["sr", "sra", "srta", "dr", "dra", "prof"],
  describes: [
    "e", "dirige", "trabalha", "fundou", "tem", "lidera", "esta", "gerencia", "conhece", "investe", "assessora",
    "desenvolve", "busca", "procura", "era", "foi", "que", "cuida", "comanda", "criou", "atua",
  ],
  notNames: ["segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo", "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro", "obrigado", "obrigada", "abraco", "abracos", "ola", "oi"],
  because: ["porque", "pois", "ja", "visto", "dado", "como"],
  secondPerson: ["voce", "te", "ti", "seu", "sua", "teu", "tua", "vc", "voces"],
  closings: ["abraço", "abraços", "um abraço", "atenciosamente", "att", "obrigado", "obrigada", "beijos", "até logo", "até breve", "cordialmente", "saudações"],
  cues: [
    {
      kind: "intro", weight: 4, says: "introduces the two of them to each other",
      patterns: [
        "apresento|apresentar|apresentando [~3] @",
        `apresentar|apresento|apresentando ${YOU_TWO} [dois|duas|um]`,
        "apresenta-los|apresenta-las|apresentar-lhes|apresentar-vos",
        "apresentar|apresento|apresenta-los ~2 um|uma ao|a outro|outra",
        `colocar|coloco|conectar|conecto|por|botar ${YOU_TWO}|te|voce|vc [dois|duas] [~1] em contato|contacto`,
        `conectar|conecto|conectando|colocando|apresentando ${YOU_TWO}`,
        "conecta-los|conecta-las",
        "^conheca|conhecam [a|o] @",
      ],
    },
    {
      kind: "intro", weight: 3.5, says: "says they should meet",
      patterns: [
        "voces|vcs [dois|duas] deveriam|precisam|podiam|poderiam|devem|tem ~3 conversar|conhecer|falar|trocar|conhecerem|se",
        "se conhecam|conhecerem",
      ],
    },
    {
      kind: "intro", weight: 2.5, says: "announces an introduction",
      patterns: ["^este|esta e [o|a] @", "fazer|faco|fazendo esta|a|essa apresentacao|conexao|ponte", "breve|rapida apresentacao"],
    },
    { kind: "intro", weight: 1, says: "follows up on a promise", patterns: ["como prometido|combinado|conversamos|falamos"] },
    {
      kind: "loop", weight: 2.5, says: "brings a named person into the thread",
      patterns: ["@ [~1] em copia|cc", "@ [~1] copiado|copiada", "copiando|incluindo|adicionando [o|a] @"],
    },
    {
      kind: "handoff", weight: 2.5, says: "hands the conversation over to them",
      patterns: ["deixo voces|vcs|com ~3 conversarem|seguirem|continuarem|combinarem|partir|conversar|seguir", "a partir daqui|dai", "saio da conversa|thread"],
    },
    {
      kind: "dual", weight: 1, says: "speaks to the two of them",
      patterns: ["voces dois|duas", "os dois", "as duas", "ambos|ambas", "um ao outro", "uma a outra", "entre voces"],
    },
    {
      kind: "reason", weight: 0.5, says: "gives a reason to meet",
      patterns: [
        "em comum", "parecido|parecidos|semelhante|semelhantes|mesmo|mesma|mesmos|mesmas", "porque|pois", "ja que",
        "visto|dado que", "podem|poderiam|pode ~2 ajudar|aprender|trocar|colaborar|beneficiar", "acho|acredito|penso que",
        "ambos|dois ~2 trabalham|estao|tem|sao",
        "procura|procurando|busca|buscando|precisa|adoraria|exatamente|justamente", "conselho|opiniao|experiencia|ajuda de|sobre|com",
      ],
    },
    {
      kind: "optIn", weight: -5, says: "asks one person whether they want an introduction",
      patterns: [
        "voce|vc [estaria|teria|esta|tem] ~2 aberto|aberta|interessado|interessada|interesse|disposto|disposta",
        "topa|toparia ~3 conhecer|conversar|apresentacao|papo|cafe",
        "teria|tem|teriam interesse",
      ],
    },
    {
      kind: "optIn", weight: -2.5, says: "asks whether the reader is interested",
      patterns: ["posso|poderia te|lhe apresentar|colocar|conectar", "antes de te|lhe|vos apresentar|conectar", "se voce|vc tiver interesse|topar"],
    },
    { kind: "bccMove", weight: -6, says: "moves the introducer to Bcc", patterns: ["cco", "copia oculta"] },
    {
      kind: "thanksIntro", weight: -5, says: "thanks someone for an introduction",
      patterns: ["obrigado|obrigada|valeu|agradeco ~3 pela|pelo|por ~3 apresentacao|contato|conexao|introducao|ponte|apresentar|conectar"],
    },
    {
      kind: "replyGreeting", weight: -2.5, says: "greets someone just introduced",
      patterns: ["^prazer ~2 conhec*", "^muito prazer"],
    },
    {
      kind: "askIntro", weight: -4.5, says: "asks for an introduction",
      patterns: ["poderia|pode|podia|consegue ~3 me|nos apresentar|colocar|conectar", "me apresentar a|ao"],
    },
    {
      kind: "selfIntro", weight: -5, says: "introduces the writer themselves",
      patterns: ["me apresentar", "me apresento", "meu nome e", "me chamo"],
    },
    {
      kind: "announce", weight: -3.5, says: "announces a product, policy or new hire",
      patterns: [
        "novo|nova|novos|novas colega|colaborador|colaboradora|integrante|membro|produto|ferramenta|politica|servico|funcionalidade|versao",
        "boas-vindas|bem-vindo|bem-vinda|bem-vindos", "se junta|juntou ~2 equipe|time", "temos o prazer|orgulho ~2 anunciar|apresentar", "nosso|nossa novo|nova",
      ],
    },
    {
      kind: "event", weight: -3, says: "looks like an event invitation",
      patterns: ["estande|feira|webinar|webinario|evento", "inscreva-se|inscricao|inscricoes|cadastre-se", "convite para", "convidamos", "visite-nos", "venha nos visitar"],
    },
    { kind: "newsletter", weight: -5, says: "looks like a newsletter", patterns: ["descadastrar|descadastre-se|newsletter|boletim", "cancelar inscricao", "ver no navegador"] },
    {
      kind: "schedule", weight: -2, says: "arranges a meeting",
      patterns: ["encontrar|achar|marcar um|uma horario|hora|data|momento|reuniao|call|chamada", "disponibilidade", "fica bom|funciona ~3 para voces|voce", "nos tres", "os tres"],
    },
    { kind: "status", weight: -2, says: "reads like a status update", patterns: ["atualizacao|andamento|relatorio|entregavel", "status do projeto", "proximos passos"] },
    {
      kind: "thanks", weight: -1.5, says: "reads like a thank-you",
      patterns: ["^obrigado|obrigada ~2 pelo|pela|por ~2 tempo|reuniao|ajuda|apoio|feedback|almoco|jantar|cafe|ontem|hoje|tudo"],
    },
    { kind: "assistant", weight: -2.5, says: "brings in an assistant or colleague to organise", patterns: ["minha|meu|nossa assistente|secretaria|secretario", "para conhecimento|ciencia"] },
    { kind: "forward", weight: -1, says: "forwards earlier mail", patterns: ["veja|segue abaixo", "encaminhando|encaminho|encaminhado"] },
  ],
  quotes: {
    wroteStart: ["em"],
    wrote: ["escreveu"],
    separators: ["mensagem original", "mensagem encaminhada"],
    headerFrom: ["de"],
    headerOther: ["enviado", "enviada em", "data", "para", "assunto", "cc"],
  },
  request: {
    subject: (other) => `Apresentação: ${other}?`,
    greeting: (first) => (first ? `Olá ${first},` : "Olá,"),
    introduce: (other, otherFirst, about, isClause) =>
      `Gostaria de te apresentar ${other}${!about ? "." : isClause ? `. ${otherFirst} ${about}.` : `, ${about}.`}`,
    noReason: (otherFirst) => `Acho que uma conversa com ${otherFirst} pode valer o seu tempo.`,
    ask: (otherFirst) =>
      `Você toparia uma apresentação? Se sim, coloco vocês em contato por e-mail. ` +
      `Se não for o momento ou não fizer sentido, é só me dizer — não precisa explicar, e ${otherFirst} não vai saber disso por mim.`,
    signOff: "Abraço,",
    adapt: (reason, other) =>
      swapAll(reason, [[/(?<!\p{L})(?:vocês dois|vocês duas|voces dois|os dois|as duas|ambos|ambas)(?!\p{L})/giu, `você e ${other}`]]),
  },
};
