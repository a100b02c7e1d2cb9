using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Tests;

public class MailComposerTests
{
    private static IntroAggregate Intro(string language = "en", string reason = "you both <script>love</script> XYZ", string? customBody = null) =>
        new(new IntroRow { Id = "i", ConnectorName = "Alex Demo", ConnectorEmail = "alex@contoso.example", Reason = reason, Language = language, LinkBase = "https://intros.example", FinalIntro = "send" },
        [
            new PartyRow { Id = "a", Position = 0, Name = "Juan Perez", Email = "juan@example.com", About = "runs XYZ & co", RequestBody = customBody },
            new PartyRow { Id = "b", Position = 1, Name = "Sue <b>Lee</b>", Email = "sue@example.org", About = "expert in XYZ" },
        ]);

    [Fact]
    public void EverythingAPersonWroteIsEscaped()
    {
        var request = MailComposer.Request(Intro(), Intro().Parties[0]);
        Assert.DoesNotContain("<script>", request.Html);
        Assert.DoesNotContain("<b>Lee</b>", request.Html);
        Assert.Contains("&lt;script&gt;", request.Html);
        Assert.Contains(MailComposer.AnswerBlockMarker, request.Html);
    }

    [Fact]
    public void ARequestNamesTheOtherPersonButNeverTheirAddress()
    {
        var intro = Intro();
        var toJuan = MailComposer.Request(intro, intro.Parties[0]);
        Assert.Equal(["juan@example.com"], toJuan.To.Select(r => r.Address));
        Assert.Contains("expert in XYZ", toJuan.Html);
        Assert.DoesNotContain("sue@example.org", toJuan.Html + toJuan.Subject);
        Assert.Contains("just say so", toJuan.Html);
    }

    [Fact]
    public void TheConnectorsOwnWordsReplaceTheDraftedRequest()
    {
        var intro = Intro(customBody: "Juan,\n\nwant to meet Sue?\nNo pressure.");
        var request = MailComposer.Request(intro, intro.Parties[0]);
        Assert.Contains("<p>want to meet Sue?<br>No pressure.</p>", request.Html);
        Assert.DoesNotContain("I'd like to introduce you", request.Html);
    }

    [Fact]
    public void TheFinalIntroIsToBothWithReplyToBothAndTheConnectorInBcc()
    {
        var final = MailComposer.Final(Intro());
        Assert.Equal(["juan@example.com", "sue@example.org"], final.To.Select(r => r.Address));
        Assert.Equal(final.To, final.ReplyTo);
        Assert.Equal(["alex@contoso.example"], final.Bcc.Select(r => r.Address));
        Assert.Contains("stepping out", final.Html);
    }

    [Theory]
    [InlineData("de", "Darf ich dich mit")]
    [InlineData("fr", "mise en relation")]
    [InlineData("es", "Te presento")]
    [InlineData("nl", "voorstellen aan")]
    [InlineData("pt-BR", "Posso apresentar")]
    [InlineData("ja", "Would you like an introduction")]
    public void TheRequestSpeaksTheIntrosLanguageWhereWeHaveIt(string language, string subjectPart)
    {
        var intro = Intro(language);
        Assert.Contains(subjectPart, MailComposer.Request(intro, intro.Parties[0]).Subject, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en", "You asked me to check back after January 15")]
    [InlineData("de", "nach dem 15. Januar")]
    [InlineData("fr", "après le 15 janvier")]
    [InlineData("es", "después del 15 de enero")]
    [InlineData("nl", "na 15 januari")]
    [InlineData("pt-BR", "depois de 15 de janeiro")]
    public void TheCheckBackNamesTheDayThePartyGaveInTheirLanguageAndKeepsTheLink(string language, string part)
    {
        var intro = Intro(language);
        var party = new PartyRow { Id = "b", Position = 1, Name = "Sue Lee", Email = "sue@example.org", NotNowUntil = "2027-01-15" };
        var mail = MailComposer.CheckBack(intro with { Parties = [intro.Parties[0], party] }, party);
        Assert.Contains(part, System.Net.WebUtility.HtmlDecode(mail.Html));
        Assert.Contains(MailComposer.AnswerBlockMarker, mail.Html);
        Assert.Equal(("", "b"), (mail.Subject, mail.ConsentPartyId));
        Assert.Equal(["sue@example.org"], mail.To.Select(r => r.Address));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("nl")]
    [InlineData("pt")]
    public void NotesGoToTheConnectorAloneWithEveryPlaceholderFilled(string language)
    {
        var intro = Intro(language);
        var notes = new[]
        {
            MailComposer.Silence(intro, [intro.Parties[1]]), MailComposer.Silence(intro, intro.Parties), MailComposer.Bounce(intro, intro.Parties[0]),
        };
        Assert.All(notes, note =>
        {
            Assert.Equal(["alex@contoso.example"], note.To.Select(r => r.Address));
            Assert.Empty(note.Bcc);
            Assert.Null(note.ConsentPartyId);
            Assert.DoesNotContain("{", note.Subject + note.Html);
            Assert.Contains("Juan Perez", note.Subject + note.Html);
            Assert.DoesNotContain("<b>", note.Html);
        });
        Assert.Contains("juan@example.com", notes[2].Html);
    }

    [Theory]
    [InlineData("de", "Hallo Juan,")]
    [InlineData("fr", "Bonjour Juan,")]
    [InlineData("es", "Hola Juan:")]
    [InlineData("nl", "Hoi Juan,")]
    [InlineData("pt", "Olá Juan,")]
    public void EveryMailAnIntroCausesSpeaksItsLanguage(string language, string greeting)
    {
        var intro = Intro(language);
        var juan = intro.Parties[0];
        var waiting = new PartyRow { Id = "a", Position = 0, Name = "Juan Perez", Email = "juan@example.com", NotNowUntil = "2027-01-15" };
        var toJuan = new[]
        {
            MailComposer.Request(intro, juan), MailComposer.FollowUp(intro, juan),
            MailComposer.CheckBack(intro with { Parties = [waiting, intro.Parties[1]] }, waiting),
        };
        var all = toJuan.Concat([MailComposer.Final(intro), MailComposer.Silence(intro, [juan]), MailComposer.Silence(intro, intro.Parties), MailComposer.Bounce(intro, juan)]);
        var links = MailComposer.AnswerBlock(language, null, "https://intros.example/consent/t");
        string[] english =
        [
            "Hi ", "Thanks,", "I'd like to introduce", "Would you like", "Just bringing this up", "You asked me", "Thank you both",
            "meet Sue", "stepping out", "No answer", "did not answer", "Undeliverable", "could not be delivered", "Answer with one click",
            "Yes, introduce us", "Not now", "No thanks", "Or simply reply",
        ];
        foreach (var mail in all)
        {
            var text = System.Net.WebUtility.HtmlDecode(mail.Subject + "\n" + mail.Html.Replace(MailComposer.AnswerBlockMarker, links));
            Assert.Equal(language, mail.Language);
            Assert.All(english, phrase => Assert.DoesNotContain(phrase, text));
        }
        Assert.All(toJuan, mail => Assert.Contains(greeting, System.Net.WebUtility.HtmlDecode(mail.Html)));
    }
}
