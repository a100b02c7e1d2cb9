using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies;

public class QuoteStrippingTests
{
    private const string Request = "Would you like to meet Juan? If the timing is off, just say so.\nOr simply reply to this email.";

    [Theory]
    [InlineData("en", "Happy to meet him.", "On Tue, 14 Oct 2025 at 09:12, Anna Berg <anna@connector.example> wrote:")]
    [InlineData("de", "Gerne, stell uns vor.", "Am 14.10.2025 um 09:12 schrieb Anna Berg <anna@connector.example>:")]
    [InlineData("fr", "Avec plaisir.", "Le mar. 14 oct. 2025 à 09:12, Anna Berg <anna@connector.example> a écrit :")]
    [InlineData("es", "Con mucho gusto.", "El mar, 14 oct 2025 a las 9:12, Anna Berg (<anna@connector.example>) escribió:")]
    [InlineData("nl", "Ja, graag.", "Op 14 okt. 2025 om 09:12 heeft Anna Berg <anna@connector.example> het volgende geschreven:")]
    [InlineData("pt", "Com prazer.", "Em ter., 14 de out. de 2025 às 09:12, Anna Berg <anna@connector.example> escreveu:")]
    public void AnOnWroteLineEndsThePartysWordsInEachLanguage(string language, string own, string attribution)
    {
        var reading = Reading.Of($"{own}\n\n{attribution}\n> {Request.Replace("\n", "\n> ")}", language: language);
        Assert.Equal(own, reading.Excerpt);
        Assert.Equal(Understood.Yes, reading.Understood);
    }

    [Fact]
    public void AWrappedGmailAttributionIsStillFound()
    {
        var reading = Reading.Of("Sure, go ahead.\n\nOn Tue, Oct 14, 2025 at 9:12 AM Anna Berg <\nanna@connector.example> wrote:\n\n> " + Request);
        Assert.Equal("Sure, go ahead.", reading.Excerpt);
    }

    [Fact]
    public void AnAnswerRightAboveASingleLineAttributionIsKept()
    {
        var reading = Reading.Of("<div>Yes please</div><div>Anna Berg &lt;anna@connector.example&gt; wrote:</div><blockquote>Not now?</blockquote>", html: true);
        Assert.Equal("Yes please", reading.Excerpt);
    }

    [Theory]
    [InlineData("From: Anna Berg <anna@connector.example>\nSent: Tuesday, October 14, 2025 9:12 AM\nTo: Sue\nSubject: Would you like to meet Juan?")]
    [InlineData("Von: Anna Berg <anna@connector.example>\nGesendet: Dienstag, 14. Oktober 2025 09:12\nAn: Sue\nBetreff: Möchten Sie Juan kennenlernen?")]
    [InlineData("De : Anna Berg <anna@connector.example>\nEnvoyé : mardi 14 octobre 2025 09:12\nÀ : Sue\nObjet : Souhaitez-vous rencontrer Juan ?")]
    [InlineData("-----Original Message-----\nFrom: Anna Berg")]
    [InlineData("-----Ursprüngliche Nachricht-----\nVon: Anna Berg")]
    [InlineData("________________________________\nVan: Anna Berg\nVerzonden: dinsdag 14 oktober 2025 09:12")]
    public void AnOutlookHeaderBlockAndEverythingBelowItAreDropped(string header)
    {
        var reading = Reading.Of($"Not interested, sorry.\n\n{header}\n\n{Request}");
        Assert.Equal("Not interested, sorry.", reading.Excerpt);
        Assert.Equal(Understood.No, reading.Understood);
    }

    [Fact]
    public void OutlooksHtmlReplyContainerIsDropped()
    {
        const string html = "<html><body><div>Yes, please connect us.</div><div id=\"appendonsend\"></div><hr>"
            + "<div id=\"divRplyFwdMsg\"><b>From:</b> Anna<br><b>Sent:</b> today</div><div>Would you like to meet Juan? Not now / No thanks</div></body></html>";
        var reading = Reading.Of(html, html: true);
        Assert.Equal("Yes, please connect us.", reading.Excerpt);
        Assert.Equal(Understood.Yes, reading.Understood);
    }

    [Fact]
    public void GmailsQuoteContainerIsDropped()
    {
        const string html = "<div dir=\"ltr\">No thanks.</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Tue, Anna wrote:</div>"
            + "<blockquote class=\"gmail_quote\">Would you like to meet Juan? Yes / Not now</blockquote></div>";
        Assert.Equal("No thanks.", Reading.Of(html, html: true).Excerpt);
    }

    [Fact]
    public void ClassicOutlookHtmlWithABorderedHeaderIsCutAtItsFromLine()
    {
        const string html = "<div class=WordSection1><p class=MsoNormal>Happy to.<o:p></o:p></p>"
            + "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Anna Berg<br><b>Sent:</b> Tuesday<br>"
            + "<b>To:</b> Sue<br><b>Subject:</b> Would you like to meet Juan?</p></div><p>Not now / No thanks</p></div>";
        Assert.Equal("Happy to.", Reading.Of(html, html: true).Excerpt);
    }

    [Fact]
    public void QuotedLinesAreDroppedWhileAnswersBetweenThemAreKept()
    {
        var reading = Reading.Of("> Would you like to meet Juan?\nSure, why not.\n> If the timing is off, just say so.\nTiming is fine.");
        Assert.Equal("Sure, why not. Timing is fine.", reading.Excerpt);
    }

    [Fact]
    public void BlockquotesInHtmlAreQuotedLines()
    {
        var reading = Reading.Of("<blockquote>Would you like to meet Juan? Not now?</blockquote><p>Yes, happy to.</p>", html: true);
        Assert.Equal("Yes, happy to.", reading.Excerpt);
    }

    [Theory]
    [InlineData("Gerne!\n\nViele Grüße\nSue Müller\nNorthwind GmbH | Tel. +49 30 1234", "Gerne!")]
    [InlineData("Happy to.\n\nBest regards,\nSue Miller\nHead of Operations", "Happy to.")]
    [InlineData("Avec plaisir.\n\nBien cordialement,\nSue", "Avec plaisir.")]
    [InlineData("Yes, go ahead.\n-- \nSue Miller | Northwind | not now, busy", "Yes, go ahead.")]
    [InlineData("Yes, go ahead.\n\nSent from my iPhone", "Yes, go ahead.")]
    [InlineData("Sí, claro.\n\nEnviado desde mi iPhone", "Sí, claro.")]
    [InlineData("Ja, graag.\n\nVerzonden vanaf mijn iPhone", "Ja, graag.")]
    public void SignaturesAndPhoneFootersAreNotThePartysWords(string body, string own) =>
        Assert.Equal(own, Reading.Of(body).Excerpt);

    [Fact]
    public void AnAnswerThatStartsWithThanksAfterTheGreetingIsNoSignature()
    {
        var reading = Reading.Of("Hi Anna,\n\nThanks, but I'll pass.\n\nBest,\nSue");
        Assert.Equal("Hi Anna, Thanks, but I'll pass.", reading.Excerpt);
        Assert.Equal(Understood.No, reading.Understood);
    }

    [Theory]
    [InlineData("Happy to, please introduce us.\n\nSue Miller\nThis email and any attachments are confidential. If you are not the intended recipient, please do not copy it.")]
    [InlineData("Gerne, stell uns vor!\n\nSue Müller\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, ist das Kopieren nicht gestattet.")]
    public void ALegalFooterIsNotTheParty(string body) =>
        Assert.Equal(Understood.Yes, Reading.Of(body).Understood);

    [Fact]
    public void ScriptsStylesAndCommentsNeverReachTheExcerpt()
    {
        const string html = "<html><head><style>p { color: red }</style><script>var no = 'not interested';</script></head>"
            + "<body><!-- not now --><p>Yes &amp; thanks&nbsp;for asking!</p></body></html>";
        var reading = Reading.Of(html, html: true);
        Assert.Equal("Yes & thanks for asking!", reading.Excerpt);
        Assert.Equal(Understood.Yes, reading.Understood);
    }

    [Theory]
    [InlineData("<div><p>Yes<")]
    [InlineData("<<<<>>>>")]
    [InlineData("<blockquote><blockquote></blockquote></blockquote></blockquote></blockquote>Yes")]
    [InlineData("<!-- never closed")]
    [InlineData("")]
    public void BrokenHtmlIsReadWithoutThrowing(string html) =>
        Assert.NotNull(Reading.Of(html, html: true).Understood);

    [Fact]
    public void AHugeBodyIsReadFromItsCappedStart()
    {
        var body = "Yes, happy to. " + string.Concat(Enumerable.Repeat("<div><span>", 200_000)) + " not interested";
        var reading = Reading.Of(body, html: true);
        Assert.Equal(Understood.Yes, reading.Understood);
    }
}
