namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording French = new()
    {
        Language = "fr",
        RequestSubject = "Une mise en relation avec {other} ?",
        Greeting = "Bonjour {first},",
        RequestOpening = "J'aimerais vous présenter {other} : {otherAbout}.",
        RequestOpeningNoAbout = "J'aimerais vous présenter {other}.",
        RequestWhy = "Pourquoi cela vaut votre temps, à mon avis : {reason}",
        RequestAsk = "Souhaitez-vous que je vous mette en relation ? Si le moment ne s'y prête pas, dites-le simplement, sans besoin de vous justifier. {other} n'en saura rien tant que vous n'aurez pas tous deux accepté.",
        AnswerPrompt = "Répondez en un clic :",
        AnswerYes = "Oui, présentez-nous",
        AnswerNotNow = "Pas maintenant",
        AnswerNo = "Non merci",
        AnswerAlreadyConnected = "Nous nous connaissons déjà",
        AnswerByReply = "Ou répondez simplement à cet e-mail.",
        SignOff = "Merci,",
        FollowUp = "Je me permets de revenir une seule fois vers vous, au cas où ce message se serait perdu. Aucune pression : « pas maintenant » est une très bonne réponse, et je ne relancerai plus.",
        FinalSubject = "Mise en relation : {a} <> {b}",
        FinalGreeting = "Bonjour {a} et {b},",
        FinalThanks = "Merci à vous deux d'avoir accepté cette mise en relation.",
        FinalMeet = "{x}, je vous présente {y} : {yAbout}.",
        FinalMeetNoAbout = "{x}, je vous présente {y}.",
        FinalWhy = "Pourquoi je pense que vous devriez échanger : {reason}",
        FinalNextStep = "{taker}, pourriez-vous prendre la suite et proposer un créneau ?",
        FinalStepOut = "Je me retire maintenant de la conversation (je suis en Cci) : « répondre à tous » n'atteindra que vous deux.",
    };
}
