using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies;

public class AutomaticMailTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    public void AnAutomaticHeaderMakesEvenAYesAnAutoReply(string name, string value) =>
        Assert.Equal(Understood.AutoReply, Reading.Of("Yes, happy to meet Juan.", headers: (name, value)).Understood);

    [Fact]
    public void AutoSubmittedNoIsAPersonWriting() =>
        Assert.Equal(Understood.Yes, Reading.Of("Yes, happy to meet Juan.", headers: ("Auto-Submitted", "no")).Understood);

    [Fact]
    public void XAutoResponseSuppressAloneIsNotAnAutomaticReply()
    {
        // Outlook stamps it on ordinary mail: it asks others not to auto-answer, it does not say the mail is automatic.
        var reading = Reading.Of("Yes, happy to meet Juan.", headers: ("X-Auto-Response-Suppress", "All"));
        Assert.Equal(Understood.Yes, reading.Understood);
    }

    [Fact]
    public void XAutoResponseSuppressWithExchangesRuleLoopStampIsAnAutomaticReply()
    {
        var reading = Reading.Of("Thanks for your mail.", headers: [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "sue@northwind.example")]);
        Assert.Equal(Understood.AutoReply, reading.Understood);
    }

    [Fact]
    public void ExchangesOutOfOfficeMessageClassIsAnAutoReply() =>
        Assert.Equal(Understood.AutoReply, Reading.Of("Yes.", messageClass: "IPM.Note.Rules.OofTemplate.Microsoft").Understood);

    [Theory]
    [InlineData("Automatic reply: Would you like to meet Juan?")]
    [InlineData("Out of Office: Re: Would you like to meet Juan?")]
    [InlineData("Automatische Antwort: Möchten Sie Juan kennenlernen?")]
    [InlineData("Abwesenheitsnotiz: Möchten Sie Juan kennenlernen?")]
    [InlineData("Réponse automatique : Souhaitez-vous rencontrer Juan ?")]
    [InlineData("Respuesta automática: ¿Te gustaría conocer a Juan?")]
    [InlineData("Automatisch antwoord: Wil je Juan ontmoeten?")]
    [InlineData("Resposta automática: Gostaria de conhecer o Juan?")]
    [InlineData("RE: Automatic reply: Would you like to meet Juan?")]
    public void OutlookAndGmailAutoReplySubjectsInSixLanguagesAreAutoReplies(string subject) =>
        Assert.Equal(Understood.AutoReply, Reading.Of("Thank you for your message.", subject: subject).Understood);

    [Theory]
    [InlineData("I'm out of the office until 24 October with limited access to email.")]
    [InlineData("Ich bin bis zum 24.10. im Urlaub und habe keinen Zugriff auf meine E-Mails.")]
    [InlineData("Je suis absente du bureau jusqu'au 24 octobre.")]
    [InlineData("Estoy fuera de la oficina hasta el 24 de octubre.")]
    [InlineData("Ik ben met vakantie tot en met 24 oktober.")]
    [InlineData("Estou de férias até 24/10.")]
    public void AnOutOfOfficeBodyWithoutHeadersIsStillAnAutoReply(string body) =>
        Assert.Equal(Understood.AutoReply, Reading.Of(body).Understood);

    [Fact]
    public void AnOutOfOfficeThatSaysPleaseDoNotHesitateIsNoRefusal() =>
        Assert.Equal(Understood.AutoReply, Reading.Of("I am currently out of the office. Please do not hesitate to contact Dan in the meantime.").Understood);

    [Fact]
    public void AReportStrippedOfItsHeadersIsStillABounce() =>
        Assert.Equal(Understood.Bounce, Reading.Of("Delivery has failed to these recipients or groups:\nsue@northwind.example", subject: "Would you like to meet Juan?").Understood);

    [Fact]
    public void APersonOnHolidayWhoDecidesIsAnsweringNotAutoReplying()
    {
        // "Yes, but not before the 4th" is a deferral with a day, as any "yes, but not now".
        var reading = Reading.Of("I'm on holiday until 3 November, but yes, happy to meet Juan after that.");
        Assert.Equal(Understood.NotNow, reading.Understood);
        Assert.Equal(Reading.Day("2025-11-04"), reading.Until);
    }

    [Theory]
    [InlineData("en", "I am out of the office and will be back on 12 January.", "2026-01-12")]
    [InlineData("en", "I will be traveling for work on January 10-31.", "2026-02-01")]
    [InlineData("de", "Ich bin bis einschließlich 9. Januar nicht im Büro.", "2026-01-10")]
    [InlineData("de", "Ab dem 12. Januar bin ich wieder erreichbar.", "2026-01-12")]
    [InlineData("fr", "Je serai de retour le 5 janvier.", "2026-01-05")]
    [InlineData("es", "Estaré fuera hasta el 8 de enero.", "2026-01-09")]
    [InlineData("nl", "Ik ben afwezig tot en met 6 januari.", "2026-01-07")]
    [InlineData("pt", "Estarei ausente até 7 de janeiro.", "2026-01-08")]
    [InlineData("de", "Ich bin vom 02.01.2026 bis 09.01.2026 nicht im Büro.", "2026-01-10")]
    [InlineData("en", "Out of office until 1/9/2026.", "2026-01-10")]
    public void AnAutoReplysReturnDateIsRead(string language, string body, string back)
    {
        var reading = Reading.Of(body, subject: "Automatic reply: Would you like to meet Juan?", language: language);
        Assert.Equal(Understood.AutoReply, reading.Understood);
        Assert.Equal(Reading.Day(back), reading.Until);
    }

    [Fact]
    public void AnAutoReplyWithoutADateHasNoReturnDay() =>
        Assert.Null(Reading.Of("I am on leave.", headers: ("Auto-Submitted", "auto-replied")).Until);

    [Fact]
    public void AnNdrMessageClassIsABounce() =>
        Assert.Equal(Understood.Bounce, Reading.Of("Delivery has failed.", subject: "Would you like to meet Juan?", messageClass: "REPORT.IPM.Note.NDR").Understood);

    [Theory]
    [InlineData("Undeliverable: Would you like to meet Juan?")]
    [InlineData("Unzustellbar: Möchten Sie Juan kennenlernen?")]
    [InlineData("Non remis : Souhaitez-vous rencontrer Juan ?")]
    [InlineData("No se puede entregar: ¿Te gustaría conocer a Juan?")]
    [InlineData("Onbestelbaar: Wil je Juan ontmoeten?")]
    [InlineData("Não é possível entregar: Gostaria de conhecer o Juan?")]
    [InlineData("Delivery Status Notification (Failure)")]
    public void APostmastersNonDeliverySubjectsInSixLanguagesAreBounces(string subject) =>
        Assert.Equal(Understood.Bounce, Reading.Of("The message could not be delivered.", subject: subject, from: "postmaster@connector.example").Understood);

    [Fact]
    public void AMailerDaemonsDeliveryReportIsABounce()
    {
        var reading = Reading.Of("Delivery to the following recipient failed permanently.", subject: "Returned mail",
            from: "Mail Delivery Subsystem <MAILER-DAEMON@googlemail.com>", headers: ("Content-Type", "multipart/report; report-type=delivery-status"));
        Assert.Equal(Understood.Bounce, reading.Understood);
    }

    [Fact]
    public void AMailFromPostmasterThatIsNoReportIsNotABounce() =>
        Assert.Equal(Understood.Yes, Reading.Of("Yes, happy to meet Juan.", from: "postmaster@northwind.example").Understood);
}
