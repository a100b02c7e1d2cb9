namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording Spanish = new()
    {
        Language = "es",
        RequestSubject = "¿Te presento a {other}?",
        Greeting = "Hola {first}:",
        RequestOpening = "Me gustaría presentarte a {other}: {otherAbout}.",
        RequestOpeningNoAbout = "Me gustaría presentarte a {other}.",
        RequestWhy = "Por qué creo que vale tu tiempo: {reason}",
        RequestAsk = "¿Quieres que os presente? Si no es buen momento o no encaja, dímelo sin más; no hace falta explicación. {other} no sabrá nada hasta que los dos digáis que sí.",
        AnswerPrompt = "Responde con un clic:",
        AnswerYes = "Sí, preséntanos",
        AnswerNotNow = "Ahora no",
        AnswerNo = "No, gracias",
        AnswerAlreadyConnected = "Ya nos conocemos",
        AnswerByReply = "O simplemente responde a este correo.",
        SignOff = "Gracias,",
        FollowUp = "Te lo recuerdo solo una vez, por si se perdió entre otros correos. Sin ninguna presión: «ahora no» es una respuesta perfectamente válida, y no volveré a preguntar.",
        FinalSubject = "Presentación: {a} <> {b}",
        FinalGreeting = "Hola {a} y {b}:",
        FinalThanks = "Gracias a los dos por aceptar esta presentación.",
        FinalMeet = "{x}, te presento a {y}: {yAbout}.",
        FinalMeetNoAbout = "{x}, te presento a {y}.",
        FinalWhy = "Por qué creo que deberíais hablar: {reason}",
        FinalNextStep = "{taker}, ¿puedes dar el siguiente paso y proponer una hora?",
        FinalStepOut = "Me retiro de la conversación (estoy en CCO), así que «responder a todos» os llega solo a vosotros dos.",
        CheckBack = "Me pediste que volviera a escribirte después del {date}, así que aquí estoy, solo esta vez: ¿te gustaría ahora que te presente a {other}? Si todavía no es buen momento, dímelo sin más.",
        SilenceSubject = "Sin respuesta: tu presentación de {a} y {b} se ha cerrado",
        SilenceOne = "{silent} no respondió a tu petición, así que tu presentación de {a} y {b} se ha cerrado.",
        SilenceBoth = "Ni {a} ni {b} respondieron a tus peticiones, así que la presentación se ha cerrado.",
        SilenceNothingMore = "Ninguno de los dos recibirá nada más sobre esto. Esta nota es solo para ti.",
        BounceSubject = "No entregado: tu petición a {name}",
        BounceBody = "Tu petición a {name} ({email}) sobre {other} no se pudo entregar, así que {first} no la ha visto. Revisa la dirección; si hablas con {first} por otra vía, puedes registrar su respuesta en el complemento.",
    };
}
