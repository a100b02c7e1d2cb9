using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies;

/// <summary>The task pane, open on a message it reads, asks which of the connector's intros that conversation belongs to.</summary>
public class ConversationLookupTests
{
    /// <summary>Juan replied to his request; returns the intro as heard and the reply's conversation in the connector's Inbox.</summary>
    private static async Task<(IntroApp App, IntroResponse Intro, string ConversationId)> JuanRepliedAsync()
    {
        var app = new IntroApp(settings: Hearing.Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();
        app.Store().Reply(Juan, toJuan.Id, "Yes, happy to meet Sue.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);
        var reply = (await app.MailAsync()).Inbox(Connector).Single(m => m.From?.Address == Juan);
        return (app, heard, reply.ConversationId);
    }

    private static string Path(string conversationId) => $"/api/intros/by-conversation?conversationId={Uri.EscapeDataString(conversationId)}";

    [Fact]
    public async Task APartysReplyLeadsToTheIntroItAnswers()
    {
        var (app, intro, conversationId) = await JuanRepliedAsync();
        await using var _ = app;
        using var client = app.Client();
        await client.CreateIntroAsync(new
        {
            parties = new object[]
            {
                new { name = "Ann Other", email = "ann@example.net", about = "builds boats" },
                new { name = "Bo Else", email = "bo@example.net", about = "sails them" },
            },
            reason = "boats",
        });

        var found = await client.GetFromJsonAsync<List<IntroResponse>>(Path(conversationId));

        var only = Assert.Single(found!);
        Assert.Equal(intro.Id, only.Id);
        Assert.Equal("yes", only.Party(Juan).Replies.Single().Understood);
    }

    [Fact]
    public async Task AConversationOfNoIntroGivesAnEmptyList()
    {
        await using var app = new IntroApp(settings: Hearing.Hearing.Poll());
        await app.SentIntroAsync();
        await app.SendToConnectorAsync("someone@example.net", "Lunch?", "Are you free on Friday?");
        var unrelated = (await app.MailWhenAsync(m => m.Inbox(Connector).Any())).Inbox(Connector).Single();
        using var client = app.Client();

        var response = await client.GetAsync(Path(unrelated.ConversationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<List<IntroResponse>>())!);
    }

    [Fact]
    public async Task AnotherConnectorsOrTenantsIntroIsNotFoundByItsConversation()
    {
        var (app, _, conversationId) = await JuanRepliedAsync();
        await using var __ = app;

        foreach (var stranger in new[]
        {
            app.Client(Demo.TenantId, "another-connector", "colleague@contoso.example"),
            app.Client("another-tenant", Demo.ObjectId, "alex.demo@fabrikam.example"),
        })
        {
            using (stranger)
            {
                var response = await stranger.GetAsync(Path(conversationId));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Empty((await response.Content.ReadFromJsonAsync<List<IntroResponse>>())!);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tooLong")]
    public async Task AMissingEmptyOrOverlongConversationIdIsABadRequest(string? conversationId)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var path = conversationId switch
        {
            null => "/api/intros/by-conversation",
            "tooLong" => Path(new string('A', 513)),
            _ => Path(conversationId),
        };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"conversationId\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The connector the default client acts as; each stranger differs from it in one id only.</summary>
    private static OutlookIntroAddin.Identity.Connector Demo => OutlookIntroAddin.Identity.SandboxAuthenticationHandler.Demo;
}
