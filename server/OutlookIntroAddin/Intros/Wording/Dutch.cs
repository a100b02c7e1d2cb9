namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording Dutch = new()
    {
        Language = "nl",
        RequestSubject = "Zal ik je voorstellen aan {other}?",
        Greeting = "Hoi {first},",
        RequestOpening = "Ik wil je graag voorstellen aan {other}: {otherAbout}.",
        RequestOpeningNoAbout = "Ik wil je graag voorstellen aan {other}.",
        RequestWhy = "Waarom ik denk dat het je tijd waard is: {reason}",
        RequestAsk = "Zal ik jullie aan elkaar voorstellen? Als het nu niet uitkomt of niet past, zeg het gerust; uitleg is niet nodig. {other} hoort er niets over zolang jullie niet allebei ja zeggen.",
        AnswerPrompt = "Antwoord met één klik:",
        AnswerYes = "Ja, stel ons voor",
        AnswerNotNow = "Nu even niet",
        AnswerNo = "Nee, dank je",
        AnswerAlreadyConnected = "We kennen elkaar al",
        AnswerByReply = "Of beantwoord gewoon deze e-mail.",
        SignOff = "Bedankt,",
        FollowUp = "Ik breng dit nog één keer onder de aandacht, voor het geval het is ondergesneeuwd. Geen druk: \"nu even niet\" is een prima antwoord, en ik vraag het niet nog eens.",
        FinalSubject = "Kennismaking: {a} <> {b}",
        FinalGreeting = "Hoi {a} en {b},",
        FinalThanks = "Bedankt allebei dat jullie ja zeiden tegen deze kennismaking.",
        FinalMeet = "{x}, dit is {y}: {yAbout}.",
        FinalMeetNoAbout = "{x}, dit is {y}.",
        FinalWhy = "Waarom ik denk dat jullie moeten praten: {reason}",
        FinalNextStep = "{taker}, wil jij het vanaf hier oppakken en een moment voorstellen?",
        FinalStepOut = "Ik stap nu uit de conversatie (ik sta in Bcc), dus 'allen beantwoorden' bereikt alleen jullie tweeën.",
        CheckBack = "Je vroeg me om na {date} nog eens bij je terug te komen, dus bij dezen, alleen deze keer: wil je nu kennismaken met {other}? Als het nog steeds niet uitkomt, zeg het gerust.",
        SilenceSubject = "Geen antwoord: je introductie van {a} en {b} is gesloten",
        SilenceOne = "{silent} heeft niet op je verzoek gereageerd, dus je introductie van {a} en {b} is gesloten.",
        SilenceBoth = "{a} en {b} hebben allebei niet op je verzoeken gereageerd, dus de introductie is gesloten.",
        SilenceNothingMore = "Geen van beiden krijgt hier nog iets over. Dit bericht gaat alleen naar jou.",
        BounceSubject = "Onbestelbaar: je verzoek aan {name}",
        BounceBody = "Je verzoek aan {name} ({email}) over {other} kon niet worden bezorgd, dus {first} heeft het niet gezien. Controleer het adres; als je {first} op een andere manier bereikt, kun je het antwoord in de invoegtoepassing vastleggen.",
    };
}
