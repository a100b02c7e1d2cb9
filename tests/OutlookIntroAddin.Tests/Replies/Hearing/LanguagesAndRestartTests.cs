using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>A reply is heard in each of the six languages, and one that came while no instance ran is heard after the start.</summary>
public class LanguagesAndRestartTests
{
    [Theory]
    [InlineData("en", "Yes, I'd be happy to meet Sue. Thanks for thinking of me!", "yes")]
    [InlineData("de", "Ja, gerne! Stell uns einfach vor.", "yes")]
    [InlineData("fr", "Oui, avec plaisir ! Je serais ravi de la rencontrer.", "yes")]
    [InlineData("es", "¡Sí, encantado! Preséntanos cuando quieras.", "yes")]
    [InlineData("nl", "Ja, graag! Stel ons maar aan elkaar voor.", "yes")]
    [InlineData("pt", "Sim, com prazer! Pode nos apresentar.", "yes")]
    [InlineData("en", "Thanks for thinking of me, but I'll pass on this one.", "no")]
    [InlineData("fr", "Merci, mais ce ne sera pas possible pour moi.", "no")]
    [InlineData("es", "Gracias, pero no me interesa.", "no")]
    [InlineData("nl", "Bedankt, maar ik heb er geen interesse in.", "no")]
    [InlineData("pt", "Obrigado, mas não tenho interesse.", "no")]
    public async Task AReplyInTheIntrosLanguageIsRecorded(string language, string text, string answer)
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync(language);

        app.Store().Reply(Juan, toJuan.Id, text);
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);

        Assert.Equal((answer, "reply", "recorded"), (heard.Party(Juan).Answer, heard.Party(Juan).AnsweredBy, heard.Party(Juan).Replies[0].Status));
        Assert.Equal(answer == "yes" ? "requested" : "declined", heard.State);
    }

    [Fact]
    public async Task AReplyThatCameWhileNoInstanceRanIsHeardAfterTheStart()
    {
        // Graph stands apart from the two product instances, which poll only hourly: the reply can
        // be heard within the test only by the catch-up an instance makes when it starts.
        await using var graph = new IntroApp(settings: new() { ["Work:Enabled"] = "false" });
        Dictionary<string, string?> Product() => new(Hearing.Poll("01:00:00")) { ["Graph:BaseUrl"] = new Uri(graph.BaseAddress, "/graph/v1.0").ToString() };

        string introId;
        await using (var before = new IntroApp(settings: Product(), sharedDatabase: graph.DatabaseConnectionString))
        {
            using var client = before.Client();
            introId = (await client.CreateIntroAsync()).Id;
            await before.IntroWhenAsync(introId, i => i.Parties.All(p => p.RequestedAt is not null));
            await graph.WatchWhenAsync(w => w is { DeltaDueAt: not null });
        }

        var toJuan = (await graph.MailAsync()).Inbox(Juan).Single();
        graph.Store().Reply(Juan, toJuan.Id, "Yes, happy to meet Sue!");

        await using var after = new IntroApp(settings: Product(), sharedDatabase: graph.DatabaseConnectionString);
        var heard = await after.IntroWhenAsync(introId, i => i.Party(Juan).Answer == "yes");
        Assert.Equal("reply", heard.Party(Juan).AnsweredBy);
        Assert.Single(heard.Party(Juan).Replies);
    }
}
