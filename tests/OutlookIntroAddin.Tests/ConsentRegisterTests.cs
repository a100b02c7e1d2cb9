using System.Net;
using AngleSharp.Html.Parser;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// A request drafted with "Sie" (or usted, or tu) is followed by answer links, a follow-up, a final
/// intro and consent pages in that same register. The phrases are written here by hand, so a mail or
/// page that falls back to the language's other register fails.
/// </summary>
public class ConsentRegisterTests
{
    /// <summary>What Juan (asked first, silent at first) and Sue read; <paramref name="Familiar"/> never appears in a formal intro, nor the formal one in a familiar intro.</summary>
    public sealed record Phrases(
        string Language, string Register, string Greeting, string AnswerLinks, string FollowUp, string Ask, string Thanks, string Final,
        string NextStep, string Introduced, string[] Other);

    public static readonly Phrases[] All =
    [
        new("de", "formal", "Guten Tag Juan Perez,", "Antworten Sie mit einem Klick:", "Ich melde mich noch ein einziges Mal",
            "Möchten Sie Juan Perez kennenlernen?", "Ihre Zusage ist notiert", "vielen Dank Ihnen beiden, dass Sie dieser Vorstellung zugestimmt haben",
            "Juan Perez, würden Sie den nächsten Schritt machen", "Sie wurden einander vorgestellt",
            ["Antworte ", "stell uns vor", "Hallo ", "dich", "euch", "Deine", " du ", "magst", "Ihr wurdet"]),
        new("es", "formal", "Buenos días, Juan Perez:", "Responda con un clic:", "Se lo recuerdo solo una vez",
            "¿Desea conocer a Juan Perez?", "Su sí ha quedado registrado", "Muchas gracias a ambos por aceptar esta presentación",
            "Juan Perez, ¿podría dar usted el siguiente paso", "La presentación ya está hecha",
            ["Responde ", "preséntanos", "Hola ", "digáis", "Tu ", "tu respuesta", "os presentará", "¿puedes", "vosotros"]),
        new("fr", "informal", "Salut Juan,", "Réponds en un clic :", "Je reviens vers toi une seule fois",
            "Alex Demo aimerait te présenter Juan Perez", "Ton accord est bien noté", "Merci à tous les deux d'avoir dit oui",
            "Juan, tu veux bien prendre la suite", "La mise en relation est faite",
            ["Répondez", "présentez-nous", "Bonjour ", "Votre ", "votre ", "Souhaitez-vous", "pourriez-vous", "Vous avez changé"]),
    ];

    public static TheoryData<string> Intros() => new(All.Select(p => p.Language));

    [Theory]
    [MemberData(nameof(Intros))]
    public async Task EveryMailAndPageAfterTheRequestSpeaksTheRegisterItWasDraftedIn(string language)
    {
        var say = All.Single(p => p.Language == language);
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(language, say.Register));
        Assert.Equal(say.Register, intro.Register);
        Assert.Equal(say.Register, (await client.GetIntroAsync(intro.Id)).Register);
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var request = Text(mail.Inbox(Juan).Single());
        Assert.Contains(say.Greeting, request);
        Assert.Contains(say.AnswerLinks, request);
        Familiar(say, request);

        // Sue answers at once; Juan only after the one follow-up.
        var ask = await PageAsync(client.GetAsync(mail.Inbox(Sue).Single().ConsentPath()), say);
        Assert.Contains(say.Ask, ask);
        Assert.Contains(say.Thanks, await PageAsync(client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "yes"), say));
        await app.AdvanceAsync(days: 10);
        mail = await app.MailWhenAsync(m => m.Inbox(Juan).Count() == 2);
        var followUp = Text(mail.Inbox(Juan).OrderBy(m => m.SentAt).Last());
        Assert.Contains(say.Greeting, followUp);
        Assert.Contains(say.FollowUp, followUp);
        Assert.Contains(say.AnswerLinks, followUp);
        Familiar(say, followUp);

        await client.AnswerAsync(mail.Inbox(Juan).First().ConsentPath(), "yes");
        mail = await app.MailWhenAsync(m => m.Sent().Count() == 4);
        var final = Text(mail.Sent().OrderBy(m => m.SentAt).Last());
        Assert.Contains(say.Final, final);
        Assert.Contains(say.NextStep, final);
        Familiar(say, final);
        Assert.Contains(say.Introduced, await PageAsync(client.GetAsync(mail.Inbox(Juan).First().ConsentPath()), say));
    }

    [Theory]
    [InlineData("de", null, "Antworte mit einem Klick:", "Ja, stell uns vor", "danke euch beiden")]
    [InlineData("de", "informal", "Antworte mit einem Klick:", "Ja, stell uns vor", "danke euch beiden")]
    [InlineData("fr", null, "Répondez en un clic :", "Oui, présentez-nous", "Merci à vous deux")]
    [InlineData("es", null, "Responde con un clic:", "Sí, preséntanos", "Gracias a los dos")]
    public async Task AnIntroWithoutARegisterSpeaksItsLanguagesUsualOne(string language, string? register, string prompt, string yes, string thanks)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(language, register));
        Assert.Equal(register, intro.Register);
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        Assert.Contains(prompt, Text(mail.Inbox(Juan).Single()));
        var page = await client.GetAsync(mail.Inbox(Juan).Single().ConsentPath());
        Assert.Contains(yes, new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).Body!.TextContent);
        foreach (var who in new[] { Juan, Sue }) await client.AnswerAsync(mail.Inbox(who).Single().ConsentPath(), "yes");
        mail = await app.MailWhenAsync(m => m.Sent().Count() == 3);
        Assert.Contains(thanks, Text(mail.Sent().OrderBy(m => m.SentAt).Last()));
    }

    private static void Familiar(Phrases say, string text) => Assert.All(say.Other, phrase => Assert.DoesNotContain(phrase, text));

    private static async Task<string> PageAsync(Task<HttpResponseMessage> sending, Phrases say)
    {
        var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var text = page.Title + "\n" + page.Body!.TextContent;
        Familiar(say, text);
        return text;
    }

    private static string Text(MailItem mail) => WebUtility.HtmlDecode(mail.Subject + "\n" + mail.Body);

    private static object Body(string language, string? register) => new
    {
        parties = new object[]
        {
            new { name = "Juan Perez", email = Juan, about = "runs XYZ at Contoso", alreadyAgreed = false },
            new { name = "Sue Lee", email = Sue, about = "expert in XYZ", alreadyAgreed = false },
        },
        reason = "you are both deep into XYZ",
        finalIntro = "send",
        language,
        register,
    };
}
