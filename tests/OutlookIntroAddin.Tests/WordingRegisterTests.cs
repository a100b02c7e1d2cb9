using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// Every language speaks to the parties in the register the connector drafted in (du/Sie, tu/vous,
/// tú/usted, je/u): each register of each language is complete, and where it speaks to the reader it
/// says something of its own.
/// </summary>
public partial class WordingRegisterTests
{
    private static readonly string[] Languages = ["en", "de", "fr", "es", "nl", "pt"];

    /// <summary>Where a template may name someone by full name instead of first name, as the formal registers do.</summary>
    private static readonly Dictionary<string, string> FullName = new()
    {
        ["first"] = "name", ["a"] = "aName", ["b"] = "bName", ["x"] = "xName", ["taker"] = "takerName",
        ["connectorFirst"] = "connector", ["otherFirst"] = "other",
    };

    /// <summary>Fields that speak to the party reading them; a formal and a familiar register never word them alike.</summary>
    private static readonly string[] ToTheReader =
    [
        "Greeting", "RequestOpening", "RequestWhy", "RequestAsk", "AnswerPrompt", "AnswerYes", "AnswerByReply", "FollowUp",
        "FinalGreeting", "FinalThanks", "FinalMeet", "FinalNextStep", "FinalLetMeKnow", "CheckBack",
        "Page.AskOpening", "Page.AskWhy", "Page.AskPrivacy", "Page.AnswerSoFar", "Page.AnswerLegend", "Page.ThanksYes",
        "Page.ThanksNotNow", "Page.ThanksNo", "Page.ThanksAlreadyConnected", "Page.ChangeMind", "Page.ClosedBody", "Page.BadAnswerBody",
    ];

    /// <summary>Notes to the connector themselves, who is spoken to the same way whatever register they chose for the parties.</summary>
    private static readonly string[] ToTheConnector =
        ["SilenceSubject", "SilenceOne", "SilenceBoth", "SilenceNothingMore", "BounceSubject", "BounceBody"];

    public static TheoryData<string, string> Registers()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages)
        {
            data.Add(language, Register.Formal);
            data.Add(language, Register.Informal);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void EveryRegisterOfEveryLanguageFillsEveryFieldWithPlaceholdersWeFill(string language, string register)
    {
        var fields = Fields(MailWording.For(language, register));
        var english = Fields(Wordings.English);
        Assert.Equal(english.Keys.Order(), fields.Keys.Order());
        foreach (var (field, text) in fields)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language} {register}: {field} is empty");
            var allowed = Placeholders(english[field]).SelectMany(p => new[] { p, FullName.GetValueOrDefault(p, p) }).ToHashSet();
            Assert.All(Placeholders(text), p => Assert.True(allowed.Contains(p), $"{language} {register}: {field} has {{{p}}}, which nothing fills there"));
            if (language != "en" && field != "Language") Assert.NotEqual(english[field], text);
        }
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("nl")]
    public void TheTwoRegistersDifferWhereverTheySpeakToTheReaderAndNowhereTheySpeakToTheConnector(string language)
    {
        var formal = Fields(MailWording.For(language, Register.Formal));
        var familiar = Fields(MailWording.For(language, Register.Informal));
        Assert.All(ToTheReader, field => Assert.True(formal[field] != familiar[field], $"{language}: {field} is the same in both registers: {formal[field]}"));
        Assert.All(ToTheConnector, field => Assert.Equal(formal[field], familiar[field]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt")]
    [InlineData("pt-BR")]
    public void EnglishAndPortugueseSpeakTheSameWayInBothRegisters(string language)
    {
        Assert.Same(MailWording.For(language), MailWording.For(language, Register.Formal));
        Assert.Same(MailWording.For(language), MailWording.For(language, Register.Informal));
    }

    [Theory]
    [InlineData("de", "Antworte mit einem Klick:")]
    [InlineData("es", "Responde con un clic:")]
    [InlineData("nl", "Antwoord met één klik:")]
    [InlineData("fr", "Répondez en un clic :")]
    [InlineData("pt", "Responda com um clique:")]
    public void AnIntroWithoutARegisterSpeaksAsItAlwaysHas(string language, string prompt)
    {
        Assert.Equal(prompt, MailWording.For(language).AnswerPrompt);
        Assert.Same(MailWording.For(language), MailWording.For(language, null));
        Assert.Same(MailWording.For(language), MailWording.Exactly(language));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void EveryMailToThePartiesInEveryRegisterHasEveryPlaceholderFilled(string language, string register)
    {
        var intro = new IntroAggregate(
            new IntroRow { Id = "i", ConnectorName = "Alex Demo", ConnectorEmail = "alex@contoso.example", Reason = "XYZ", Language = language, Register = register, LinkBase = "https://intros.example", FinalIntro = "send" },
            [
                new PartyRow { Id = "a", Position = 0, Name = "Juan Perez", Email = "juan@example.com", About = "runs XYZ", NotNowUntil = "2027-01-15" },
                new PartyRow { Id = "b", Position = 1, Name = "Sue Lee", Email = "sue@example.org", About = "expert in XYZ" },
            ]);
        var juan = intro.Parties[0];
        var mails = new[] { MailComposer.Request(intro, juan), MailComposer.FollowUp(intro, juan), MailComposer.CheckBack(intro, juan), MailComposer.Final(intro) };
        foreach (var mail in mails)
        {
            var text = WebUtility.HtmlDecode(mail.Subject + "\n" + mail.Html.Replace(MailComposer.AnswerBlockMarker, MailComposer.AnswerBlock(language, mail.Register, "https://intros.example/consent/t")));
            Assert.DoesNotContain("{", text);
            Assert.Contains("Juan", text);
        }
        Assert.All(mails.Take(3), mail => Assert.Equal(register, mail.Register));
    }

    private static Dictionary<string, string> Fields(MailWording w) =>
        Strings(w, "").Concat(Strings(w.Page, "Page.")).ToDictionary();

    private static IEnumerable<KeyValuePair<string, string>> Strings(object record, string prefix) =>
        record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => KeyValuePair.Create(prefix + p.Name, (string)p.GetValue(record)!));

    private static IEnumerable<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
