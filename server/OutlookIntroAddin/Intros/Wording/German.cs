namespace OutlookIntroAddin.Intros;

public static partial class Wordings
{
    public static readonly MailWording German = new()
    {
        Language = "de",
        RequestSubject = "Darf ich dich mit {other} bekannt machen?",
        Greeting = "Hallo {first},",
        RequestOpening = "ich würde dich gern mit {other} bekannt machen: {otherAbout}.",
        RequestOpeningNoAbout = "ich würde dich gern mit {other} bekannt machen.",
        RequestWhy = "Warum es sich für dich lohnen könnte: {reason}",
        RequestAsk = "Soll ich euch vorstellen? Wenn es gerade nicht passt, sag es einfach; eine Begründung brauche ich nicht. {other} erfährt nichts davon, solange nicht ihr beide zugesagt habt.",
        AnswerPrompt = "Antworte mit einem Klick:",
        AnswerYes = "Ja, stell uns vor",
        AnswerNotNow = "Gerade nicht",
        AnswerNo = "Nein danke",
        AnswerAlreadyConnected = "Wir kennen uns schon",
        AnswerByReply = "Oder antworte einfach auf diese E-Mail.",
        SignOff = "Danke und viele Grüße",
        FollowUp = "Ich bringe das nur noch einmal nach oben, falls es untergegangen ist. Kein Druck: „Gerade nicht“ ist eine völlig gute Antwort, und ich frage nicht noch einmal.",
        FinalSubject = "Vorstellung: {a} <> {b}",
        FinalGreeting = "Hallo {a} und {b},",
        FinalThanks = "danke euch beiden, dass ihr dieser Vorstellung zugestimmt habt.",
        FinalMeet = "{x}, das ist {y}: {yAbout}.",
        FinalMeetNoAbout = "{x}, das ist {y}.",
        FinalWhy = "Warum ihr euch unterhalten solltet: {reason}",
        FinalNextStep = "{taker}, magst du den nächsten Schritt machen und einen Termin vorschlagen?",
        FinalStepOut = "Ich ziehe mich jetzt aus dem Verlauf zurück (ich stehe in Bcc), „Allen antworten“ erreicht also nur euch beide.",
        CheckBack = "Du hattest mich gebeten, mich nach dem {date} wieder zu melden. Das tue ich hiermit, nur dieses eine Mal: Möchtest du {other} jetzt kennenlernen? Wenn es immer noch nicht passt, sag es einfach.",
        SilenceSubject = "Keine Antwort: deine Vorstellung von {a} und {b} ist beendet",
        SilenceOne = "{silent} hat auf deine Anfrage nicht geantwortet, deshalb ist deine Vorstellung von {a} und {b} beendet.",
        SilenceBoth = "Weder {a} noch {b} hat auf deine Anfragen geantwortet, deshalb ist die Vorstellung beendet.",
        SilenceNothingMore = "Keiner der beiden bekommt dazu noch eine Nachricht. Diese Notiz geht nur an dich.",
        BounceSubject = "Unzustellbar: deine Anfrage an {name}",
        BounceBody = "Deine Anfrage an {name} ({email}) wegen {other} kam unzustellbar zurück; {first} hat sie also nicht gesehen. Prüfe bitte die Adresse. Wenn du {first} auf anderem Weg erreichst, kannst du die Antwort im Add-in eintragen.",
    };
}
