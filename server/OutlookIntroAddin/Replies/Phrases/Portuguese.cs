namespace OutlookIntroAddin.Replies.Phrases;

internal static class Portuguese
{
    public static readonly LanguageCues Cues = new()
    {
        Code = "pt",
        Yes =
        [
            "com prazer", "com muito prazer", "com todo o prazer", "com certeza", "claro", "claro que sim", "sem duvida",
            "adoraria", "gostaria muito de conhecer", "gostaria de conhecer", "gostaria de conhece la", "gostaria de conhece lo", "sera um prazer", "seria um prazer", "um prazer", "de acordo",
            "combinado", "fechado", "otimo", "otima ideia", "boa ideia", "perfeito", "pode ser", "pode apresentar",
            "podes apresentar", "pode nos apresentar", "pode apresentar nos", "apresente nos", "apresenta nos",
            "coloque nos em contato", "coloca nos em contacto", "pode passar meu", "pode passar o meu", "pode dar o meu",
            "tenho interesse", "tenho todo o interesse", "interessado", "interessada", "me interessa", "interessa me",
            "sem problema", "sem problemas", "nao tem problema", "por que nao", "porque nao", "conte comigo", "conta comigo",
            "bora", "vamos", "topo", "beleza", "tudo bem", "pode mandar", "fico feliz", "ficaria feliz", "ficarei feliz", "excelente", "maravilha", "legal",
        ],
        OpeningYes = ["sim", "claro", "ok", "okay", "perfeito", "combinado", "otimo", "pode"],
        OpeningNo = ["nao"],
        No =
        [
            "nao obrigado", "nao obrigada", "nao, obrigado", "nao tenho interesse", "sem interesse", "nao estou interessado",
            "nao estou interessada", "prefiro nao", "preferia nao", "preferiria nao", "vou ter que recusar",
            "vou ter de recusar", "tenho que recusar", "tenho de recusar", "recusar", "declinar", "vou declinar",
            "dispenso", "nao rola", "to fora", "claro que nao", "de jeito nenhum", "eu passo", "passo desta vez", "vou passar", "provavelmente nao", "acho que nao", "nao e para mim", "impossivel", "nao quero",
            "nao desejo", "nao sou a pessoa", "nao faz sentido", "nao vejo sentido", "nao acho que", "melhor nao",
        ],
        Unable = ["infelizmente nao", "nao posso", "nao poderei", "nao vou poder", "nao vou conseguir", "nao consigo", "nao da", "nao vai dar",
            "nao sera possivel", "nao tenho tempo"],
        NotNow =
        [
            "agora nao", "neste momento nao", "nesse momento nao", "por agora nao", "de momento nao", "por enquanto nao",
            "ainda nao", "mais tarde", "mais para a frente", "mais pra frente", "mais adiante", "noutra altura",
            "em outra altura", "outra altura", "outra hora", "em outro momento", "outro momento", "outra ocasiao",
            "outro dia", "fica para outra", "fica para a proxima", "fica pra proxima", "no futuro", "volte a falar", "volta a falar",
            "fale comigo de novo", "entre em contato novamente", "entre em contacto novamente", "contacte me novamente",
            "me procure", "procure me", "retomar", "retomamos", "adiar", "remarcar", "reagendar", "outra data", "depois do meu", "depois da minha",
            "depois das minhas", "depois dos meus", "nao e um bom momento", "nao e o momento", "mau momento",
            "momento ruim", "daqui a algumas semanas", "daqui a uns meses", "algumas semanas", "alguns meses",
        ],
        Moment =
        [
            "agora", "neste momento", "nesse momento", "no momento", "de momento", "por enquanto", "atualmente",
            "actualmente", "esta semana", "este mes", "ocupado", "ocupada", "atarefado", "atarefada", "sobrecarregado",
            "sobrecarregada", "agenda cheia", "em viagem", "correria",
        ],
        Contrast = ["mas", "porem", "contudo", "todavia", "so que", "no entanto"],
        Already =
        [
            "ja nos conhecemos", "nos conhecemos", "ja a conheco", "ja o conheco", "eu a conheco", "eu o conheco",
            "conheco a", "conheco o", "conheco ela", "conheco ele", "ja estamos em contato", "ja estamos em contacto",
            "estamos em contato", "estamos em contacto", "ja falamos", "ja conversamos", "trabalhamos juntos",
            "trabalhamos juntas", "ja trabalhamos", "somos amigos", "somos amigas", "ex colega", "antiga colega",
            "antigo colega", "velha amiga", "velho amigo", "ja fomos apresentados",
        ],
        AlreadyWords = ["ja", "antes", "anteriormente"],
        Know = ["conhec", "conheco", "contato", "contacto", "falamos", "conversamos", "apresentad", "trabalhamos"],
        Hedge =
        [
            "talvez", "quem sabe", "pode ser que", "depende", "nao sei", "nao tenho certeza", "nao tenho a certeza",
            "nao sei bem", "vou pensar", "deixa me pensar", "deixe me pensar", "preciso pensar", "tenho que pensar",
            "vamos ver", "veremos", "nao esta claro", "nao ficou claro", "saber mais", "mais informacoes", "mais detalhes",
            "mais contexto", "antes de decidir", "te aviso", "lhe aviso", "vou ver", "te digo", "te confirmo",
            "depois confirmo",
        ],
        Neutral =
        [
            "nao tem problema", "sem problema", "sem problemas", "por que nao", "porque nao", "nao se preocupe",
            "nao te preocupes", "nao hesite", "nao ha pressa", "nao precisa agradecer", "de nada", "nao faz mal",
        ],
        Negators = ["nao", "nunca", "jamais", "nem", "nenhum", "nenhuma", "tampouco"],
        Doubts = ["quem", "por que", "porque", "do que", "o que ele", "o que ela", "que quer", "sobre o que", "que empresa", "mais sobre", "para que"],
        Dates = new DateWords
        {
            Months =
            [
                ["janeiro", "|", "jan"], ["fevereiro", "|", "fev"], ["marco"], ["abril", "|", "abr"], ["maio"],
                ["junho", "|", "jun"], ["julho", "|", "jul"], ["agosto"], ["setembro"],
                ["outubro"], ["novembro", "|", "nov"], ["dezembro", "|", "dez"],
            ],
            After = ["depois de", "depois do", "depois da", "apos", "apos o", "passado", "passado o"],
            From = ["a partir de", "a partir do", "a partir da", "desde", "de", "nao antes de", "nao antes do"],
            Until = ["ate", "ate ao", "ate o", "ate dia", "ate ao dia", "ate o dia", "inclusive", "a"],
            Return = ["volta", "de volta", "regresso", "retorno", "retornarei", "regressarei", "volto", "voltarei", "regresso"],
            InMonth = ["em", "no inicio de", "inicio de", "durante"],
            EndOf = ["final de", "no final de", "fim de", "no fim de", "finais de"],
            RelativeLead = ["daqui a", "em", "dentro de", "daqui", "em cerca de", "daqui a uns", "daqui a umas"],
            DayUnits = ["dia", "dias"],
            WeekUnits = ["semana", "semanas"],
            MonthUnits = ["mes", "meses"],
            Numbers = new Dictionary<string, int>
            {
                ["um"] = 1, ["uma"] = 1, ["dois"] = 2, ["duas"] = 2, ["tres"] = 3, ["quatro"] = 4, ["cinco"] = 5,
                ["seis"] = 6, ["oito"] = 8, ["dez"] = 10,
            },
            Seasons =
            [
                new("semana que vem", Season.NextWeek, false), new("proxima semana", Season.NextWeek, false),
                new("mes que vem", Season.NextMonth, false), new("proximo mes", Season.NextMonth, false),
                new("final do mes", Season.NextMonth, false), new("proximo trimestre", Season.NextQuarter, false),
                new("ano que vem", Season.NextYear, false), new("proximo ano", Season.NextYear, false),
                new("inicio do ano", Season.NewYear, true), new("no ano novo", Season.NewYear, true),
                new("depois das festas", Season.NewYear, true), new("depois do natal", Season.NewYear, true),
                new("apos as festas", Season.NewYear, true), new("depois do ano novo", Season.NewYear, true),
                new("depois das festas de fim de ano", Season.NewYear, true), new("depois da pascoa", Season.Easter, true),
                new("apos a pascoa", Season.Easter, true), new("depois do verao", Season.Autumn, true),
                new("apos o verao", Season.Autumn, true), new("depois das ferias de verao", Season.Autumn, true),
                new("no outono", Season.Autumn, false), new("na primavera", Season.Spring, false),
                new("no verao", Season.Summer, false), new("no inverno", Season.Winter, false),
                new("daqui a quinze dias", Season.Fortnight, false), new("em quinze dias", Season.Fortnight, false),
            ],
        },
        Mail = new MailFurniture
        {
            AutoSubjects = ["resposta automatica", "ausente", "ausencia", "fora do escritorio", "mensagem de ausencia", "de ferias", "em ferias", "autorresposta"],
            BounceSubjects = ["nao e possivel entregar", "nao foi possivel entregar", "nao entregue", "falha na entrega", "mensagem nao entregue", "notificacao de status de entrega"],
            BounceBodies = ["nao foi possivel entregar", "falha na entrega", "informacoes de diagnostico para administradores", "nao pode ser entregue"],
            OutOfOffice = ["fora do escritorio", "estou de ferias", "estou em ferias", "estarei ausente", "estou ausente", "de licenca", "em licenca", "sem acesso ao e mail", "sem acesso ao email", "acesso limitado", "no meu regresso", "no meu retorno", "quando regressar", "quando retornar", "resposta automatica", "mensagem de ausencia"],
            Wrote = ["escreveu"],
            HeaderFrom = ["de"],
            HeaderOther = ["enviado", "enviada", "para", "assunto", "data", "cc"],
            Original = ["mensagem original", "mensagem encaminhada"],
            Footers = ["enviado do meu", "enviado a partir do", "enviado de meu", "obter o outlook para", "enviado do"],
            Disclaimers = ["informacao confidencial", "informacoes confidenciais", "destinatario pretendido", "se voce nao for o destinatario", "se nao for o destinatario", "e confidencial", "antes de imprimir"],
            Closings = ["atenciosamente", "cumprimentos", "com os melhores cumprimentos", "melhores cumprimentos", "abracos", "abraco", "um abraco", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "saudacoes", "att", "beijos", "bjs", "ate breve", "cordialmente"],
        },
    };
}
