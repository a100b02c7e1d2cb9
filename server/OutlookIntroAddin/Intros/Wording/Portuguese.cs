namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording Portuguese = new()
    {
        Language = "pt",
        RequestSubject = "Posso apresentar você a {other}?",
        Greeting = "Olá {first},",
        RequestOpening = "Gostaria de apresentar você a {other}: {otherAbout}.",
        RequestOpeningNoAbout = "Gostaria de apresentar você a {other}.",
        RequestWhy = "Por que acho que vale o seu tempo: {reason}",
        RequestAsk = "Quer que eu faça a apresentação? Se não for um bom momento ou não fizer sentido, é só dizer; não precisa explicar. {other} não saberá de nada enquanto vocês dois não disserem sim.",
        AnswerPrompt = "Responda com um clique:",
        AnswerYes = "Sim, pode apresentar",
        AnswerNotNow = "Agora não",
        AnswerNo = "Não, obrigado",
        AnswerAlreadyConnected = "Já nos conhecemos",
        AnswerByReply = "Ou simplesmente responda a este e-mail.",
        SignOff = "Obrigado,",
        FollowUp = "Estou retomando isto só uma vez, caso tenha se perdido na caixa de entrada. Sem pressão: \"agora não\" é uma resposta perfeitamente boa, e não vou perguntar de novo.",
        FinalSubject = "Apresentação: {a} <> {b}",
        FinalGreeting = "Olá {a} e {b},",
        FinalThanks = "Obrigado a vocês dois por aceitarem esta apresentação.",
        FinalMeet = "{x}, conheça {y}: {yAbout}.",
        FinalMeetNoAbout = "{x}, conheça {y}.",
        FinalWhy = "Por que acho que vocês deveriam conversar: {reason}",
        FinalNextStep = "{taker}, você pode dar o próximo passo e sugerir um horário?",
        FinalStepOut = "Estou saindo da conversa agora (estou em Cco), então \"responder a todos\" chega só a vocês dois.",
        CheckBack = "Você me pediu para voltar a falar depois de {date}, então aqui estou, só desta vez: quer que eu apresente você a {other} agora? Se ainda não for um bom momento, é só dizer.",
        SilenceSubject = "Sem resposta: sua apresentação de {a} e {b} foi encerrada",
        SilenceOne = "{silent} não respondeu ao seu pedido, então sua apresentação de {a} e {b} foi encerrada.",
        SilenceBoth = "Nem {a} nem {b} responderam aos seus pedidos, então a apresentação foi encerrada.",
        SilenceNothingMore = "Nenhum dos dois receberá mais nada sobre isso. Esta nota é só para você.",
        BounceSubject = "Não entregue: seu pedido para {name}",
        BounceBody = "Seu pedido para {name} ({email}) sobre {other} não pôde ser entregue, então {first} não o viu. Verifique o endereço; se você falar com {first} de outra forma, pode registrar a resposta no suplemento.",
    };
}
