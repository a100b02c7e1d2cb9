using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// A party reads the consent pages in the language of the mail that linked to them, every page of
/// it, and the date of a "not now" the way their language writes it. The phrases below are written
/// here by hand, not read from the wording, so a page that falls back to English fails.
/// </summary>
public class ConsentLanguageTests
{
    /// <summary>What a native reader sees on each page; Alex Demo asks Juan about Sue. The date is 15 December.</summary>
    public sealed record Phrases(
        string Language, string Ask, string YesButton, string Yes, string YesBoth, string NotNowUntil, string NotNow, string No,
        string AlreadyConnected, string ChangeLink, string Closed, string Introduced, string NotValid, string Thanks, string Legend, string Date);

    public static readonly Phrases[] All =
    [
        new("en", "Nothing is shared with Sue unless you both say yes", "Yes, introduce us", "Your yes is recorded",
            "so Alex will now introduce you by email", "Alex will ask you once more after December 15", "Only Alex sees your answer",
            "Your answer is recorded", "you already know Sue", "Change my answer", "This introduction is closed",
            "You have been introduced", "This link is not valid", "Thank you", "Your answer", "December 15"),
        new("de", "Sue erfährt nichts davon, solange nicht ihr beide zugesagt habt", "Ja, stell uns vor", "Deine Zusage ist notiert",
            "also macht Alex euch jetzt per E-Mail miteinander bekannt", "Alex fragt dich nach dem 15. Dezember noch ein einziges Mal",
            "Deine Antwort sieht nur Alex", "Nur Alex sieht sie", "Sue und du kennt euch schon", "Antwort ändern",
            "Diese Vorstellung ist beendet", "Ihr wurdet einander vorgestellt", "Dieser Link ist nicht gültig", "Danke", "Deine Antwort", "15. Dezember"),
        new("fr", "Sue n'en saura rien tant que vous n'aurez pas tous deux accepté", "Oui, présentez-nous", "Votre accord est bien noté",
            "Alex va maintenant vous mettre en relation par e-mail", "Alex reviendra vers vous une seule fois, après le 15 décembre",
            "Votre réponse ne va qu'à Alex", "Votre réponse est bien notée", "vous connaissez déjà Sue", "Modifier ma réponse",
            "Cette mise en relation est close", "La mise en relation est faite", "Ce lien n'est pas valide", "Merci", "Votre réponse", "15 décembre"),
        new("es", "Sue no sabrá nada hasta que los dos digáis que sí", "Sí, preséntanos", "Tu sí ha quedado registrado",
            "así que Alex os presentará ahora por correo", "Alex volverá a preguntarte una sola vez, después del 15 de diciembre",
            "Solo Alex ve tu respuesta", "Tu respuesta ha quedado registrada", "ya conoces a Sue", "Cambiar mi respuesta",
            "Esta presentación se ha cerrado", "La presentación ya está hecha", "Este enlace no es válido", "Gracias", "Tu respuesta", "15 de diciembre"),
        new("nl", "Sue hoort er niets over zolang jullie niet allebei ja zeggen", "Ja, stel ons voor", "Je ja is genoteerd",
            "dus Alex stelt jullie nu per e-mail aan elkaar voor", "Alex vraagt het je na 15 december nog één keer",
            "Alleen Alex ziet je antwoord", "Je antwoord is genoteerd", "je kent Sue al", "Mijn antwoord wijzigen",
            "Deze kennismaking is gesloten", "Jullie zijn aan elkaar voorgesteld", "Deze link is niet geldig", "Bedankt", "Je antwoord", "15 december"),
        new("pt", "Sue não saberá de nada enquanto vocês dois não disserem sim", "Sim, pode apresentar", "Seu sim foi registrado",
            "então Alex vai apresentar vocês agora por e-mail", "Alex vai perguntar de novo uma única vez, depois de 15 de dezembro",
            "Só Alex vê sua resposta", "Sua resposta foi registrada", "você já conhece Sue", "Mudar minha resposta",
            "Esta apresentação foi encerrada", "A apresentação foi feita", "Este link não é válido", "Obrigado", "Sua resposta", "15 de dezembro"),
    ];

    public static TheoryData<string> Languages() => new(All.Select(p => p.Language));

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task TheAnswerPageAndEveryPageAfterItSpeakTheIntrosLanguage(string language)
    {
        var say = All.Single(p => p.Language == language);
        await using var app = new IntroApp();
        using var client = app.Client();
        var intros = new List<string>();
        for (var i = 0; i < 4; i++) intros.Add((await client.CreateIntroAsync(Body(i, language))).Id);
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 8);
        string Link(int intro, string who) => mail.Inbox(Address(intro, who)).Single().ConsentPath();

        var ask = await PageAsync(client.GetAsync(Link(0, "juan")), language, say.Ask, say.YesButton, say.Legend);
        Assert.Equal(4, ask.QuerySelectorAll("button[name=answer]").Length);

        // Yes, then the other's yes: the first thank-you offers a way back, the second says the intro follows.
        var yes = await PageAsync(client.AnswerAsync(Link(0, "juan"), "yes"), language, say.Thanks, say.Yes, say.ChangeLink);
        Assert.Equal(Link(0, "juan"), new Uri(new Uri(app.BaseAddress, Link(0, "juan")), yes.QuerySelector("main a")!.GetAttribute("href")!).AbsolutePath);
        var both = await PageAsync(client.AnswerAsync(Link(0, "sue"), "yes"), language, say.YesBoth);
        Assert.Null(both.QuerySelector("main a"));
        await PageAsync(client.GetAsync(Link(0, "juan")), language, say.Introduced);

        // Not now until a date keeps the intro open; changing it to no closes it, and the other's late answer meets a closed page.
        var notNowUntil = await PageAsync(client.AnswerAsync(Link(1, "juan"), "notNow", "2026-12-15"), language, say.NotNowUntil, say.ChangeLink);
        Assert.DoesNotContain("2026", notNowUntil.Body!.TextContent);
        var waiting = await PageAsync(client.GetAsync(Link(1, "juan")), language, say.Date, say.Legend);
        Assert.DoesNotContain("2026", waiting.Body!.TextContent);
        await PageAsync(client.AnswerAsync(Link(1, "juan"), "no"), language, say.No);
        await PageAsync(client.AnswerAsync(Link(1, "sue"), "yes"), language, say.Closed);
        await PageAsync(client.GetAsync(Link(1, "sue")), language, say.Closed);

        var notNow = await PageAsync(client.AnswerAsync(Link(2, "juan"), "notNow"), language, say.NotNow);
        Assert.Null(notNow.QuerySelector("main a"));
        await PageAsync(client.AnswerAsync(Link(3, "juan"), "alreadyConnected"), language, say.AlreadyConnected);

        Assert.Equal("pending", (await client.GetIntroAsync(intros[1])).Parties[1].Answer);
    }

    [Fact]
    public async Task AnExpiredLinkStillSpeaksItsIntrosLanguage()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(0, "es"));
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.PostAsync($"/api/intros/{intro.Id}/cancel", null);
        await app.AdvanceAsync(days: 31);
        var link = mail.Inbox(Address(0, "juan")).Single().ConsentPath();

        using var get = new HttpRequestMessage(HttpMethod.Get, link) { Headers = { { "Accept-Language", "de" } } };
        var response = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Read(await response.Content.ReadAsStringAsync(), "es", All.Single(p => p.Language == "es").NotValid);
    }

    [Theory]
    [InlineData("de-CH,de;q=0.9", "de")]
    [InlineData("ja", "en")]
    [InlineData("ja,fr-CA;q=0.8,es;q=0.5", "fr")]
    [InlineData("en;q=0.2,pt-BR", "pt")]
    [InlineData("nl;q=0,es;q=0.1", "es")]
    [InlineData("", "en")]
    public async Task AnInvalidLinkFollowsTheBrowsersLanguageAndChangesNothing(string acceptLanguage, string expected)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(0, "en"));
        await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var say = All.Single(p => p.Language == expected);

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            using var request = new HttpRequestMessage(method, "/consent/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            if (acceptLanguage.Length > 0) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
            if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "yes" });
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Read(await response.Content.ReadAsStringAsync(), expected, say.NotValid);
        }
        Assert.All((await client.GetIntroAsync(intro.Id)).Parties, p => Assert.Equal("pending", p.Answer));
    }

    [Fact]
    public async Task AFormThatMakesNoSenseIsRefusedInTheIntrosLanguage()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(0, "nl"));
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var response = await client.AnswerAsync(mail.Inbox(Address(0, "juan")).Single().ConsentPath(), "notNow", "volgende week");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Read(await response.Content.ReadAsStringAsync(), "nl", "Dat antwoord hebben we niet begrepen");
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
    }

    private static async Task<IHtmlDocument> PageAsync(Task<HttpResponseMessage> sending, string language, params string[] phrases)
    {
        var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Read(await response.Content.ReadAsStringAsync(), language, phrases);
    }

    /// <summary>The page is marked as <paramref name="language"/>, says <paramref name="phrases"/>, and says nothing any other language's pages say.</summary>
    private static IHtmlDocument Read(string html, string language, params string[] phrases)
    {
        var page = new HtmlParser().ParseDocument(html);
        var text = page.Title + "\n" + page.Body!.TextContent;
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        foreach (var phrase in phrases) Assert.Contains(phrase, text);
        foreach (var other in All.Where(p => p.Language != language))
        {
            foreach (var foreign in Sentences(other)) Assert.DoesNotContain(foreign, text);
        }
        return page;
    }

    private static IEnumerable<string> Sentences(Phrases p) =>
    [
        p.Ask, p.YesButton, p.Yes, p.YesBoth, p.NotNowUntil, p.NotNow, p.No, p.AlreadyConnected, p.ChangeLink, p.Closed, p.Introduced, p.NotValid, p.Thanks, p.Legend,
    ];

    private static string Address(int intro, string who) => $"{who}.{intro}@example.com";

    private static object Body(int intro, string language) => new
    {
        parties = new object[]
        {
            new { name = "Juan Perez", email = Address(intro, "juan"), about = "runs XYZ at Contoso", alreadyAgreed = false },
            new { name = "Sue Lee", email = Address(intro, "sue"), about = "expert in XYZ", alreadyAgreed = false },
        },
        reason = "you are both deep into XYZ",
        finalIntro = "send",
        language,
    };
}
