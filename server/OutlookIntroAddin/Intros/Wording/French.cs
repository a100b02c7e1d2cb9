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
        CheckBack = "Vous m'aviez demandé de revenir vers vous après le {date} : c'est ce que je fais, une seule fois. Souhaitez-vous maintenant que je vous présente {other} ? Si le moment ne s'y prête toujours pas, dites-le simplement.",
        SilenceSubject = "Sans réponse : votre mise en relation de {a} et {b} est close",
        SilenceOne = "{silent} n'a pas répondu à votre demande ; votre mise en relation de {a} et {b} est donc close.",
        SilenceBoth = "Ni {a} ni {b} n'ont répondu à vos demandes ; la mise en relation est donc close.",
        SilenceNothingMore = "Aucun des deux ne recevra d'autre message à ce sujet. Cette note n'est adressée qu'à vous.",
        BounceSubject = "Non distribué : votre demande à {name}",
        BounceBody = "Votre demande à {name} ({email}) au sujet de {other} n'a pas pu être distribuée : {first} ne l'a donc pas vue. Vérifiez l'adresse ; si vous joignez {first} autrement, vous pouvez enregistrer sa réponse dans le complément.",
    };
}
