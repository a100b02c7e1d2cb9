using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.History;

/// <summary>
/// Before converting a draft, the pane asks what the connector already did with the same two people
/// within the tenant's window (relationshipMonths, 6 by default), and whether either of them declined or
/// stayed silent twice, so nobody is asked again unknowingly.
/// </summary>
public class IntroHistoryTests
{
    private const string Ann = "ann@example.net", Bo = "bo@example.net";

    private static string Path(string a, string b) => $"/api/intros/history?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}";

    private static async Task<IntroHistoryResponse> HistoryAsync(HttpClient client, string a = Juan, string b = Sue) =>
        (await client.GetFromJsonAsync<IntroHistoryResponse>(Path(a, b)))!;

    private static object Between(string a, string b) => new
    {
        parties = new object[]
        {
            new { name = Named(a), email = a, about = "builds boats" },
            new { name = Named(b), email = b, about = "sails them" },
        },
        reason = "boats",
    };

    private static string Named(string address) => address switch
    {
        Juan => "Juan Perez", Sue => "Sue Lee", Ann => "Ann Other", _ => "Bo Else",
    };

    /// <summary>Both said yes (as the connector recorded), and the final intro went out.</summary>
    private static async Task<IntroResponse> IntroducedAsync(IntroApp app, HttpClient client, string a = Juan, string b = Sue)
    {
        var intro = await client.CreateIntroAsync(Between(a, b));
        foreach (var party in intro.Parties) await RecordAsync(client, intro, party.Email, "yes");
        // Read as the connector who made it, who need not be the demo connector.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await app.AdvanceAsync();
            var done = await client.GetIntroAsync(intro.Id);
            if (done is { State: "introduced", IntroducedAt: not null }) return done;
            if (DateTime.UtcNow > until) throw new TimeoutException($"The intro never went out: {done.State}");
            await Task.Delay(100);
        }
    }

    private static async Task RecordAsync(HttpClient client, IntroResponse intro, string address, string answer)
    {
        var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{intro.Party(address).Id}/answer", new { answer });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>An intro whose requests went out and which nobody answered until it closed for silence.</summary>
    private static async Task<IntroResponse> IgnoredAsync(IntroApp app, HttpClient client, string a, string b)
    {
        var intro = await client.CreateIntroAsync(Between(a, b));
        await app.IntroWhenAsync(intro.Id, i => i.Parties.All(p => p.RequestedAt is not null));
        await app.AdvanceAsync(days: 9);
        await app.IntroWhenAsync(intro.Id, i => i.Parties.All(p => p.FollowedUpAt is not null));
        await app.AdvanceAsync(days: 11);
        return await app.IntroWhenAsync(intro.Id, i => i.State == "expired");
    }

    private static async Task SetMonthsAsync(HttpClient admin, int months)
    {
        var response = await admin.PutAsJsonAsync("/api/admin/policy", new
        {
            followUpAfterBusinessDays = 7, expireAfterBusinessDays = 7, finalIntro = "send", sendCheck = "prompt",
            retentionDays = 365, notifyConnector = true, relationshipMonths = months, outcomeAfterBusinessDays = 14,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task APairIntroducedTwoMonthsAgoIsRecalledWithWhatEachSaidAndWhen(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        var intro = await IntroducedAsync(app, client);
        await app.AdvanceAsync(days: 60);

        // Either order, any case: the pair is the same two people.
        var history = await HistoryAsync(client, "SUE@example.org", Juan);

        Assert.Equal(6, history.Months);
        Assert.Equal(IntroApp.Wednesday.AddDays(60).AddMonths(-6), history.Since!.Value, TimeSpan.FromMinutes(5));
        var past = Assert.Single(history.Intros);
        Assert.Equal((intro.Id, "introduced", intro.IntroducedAt), (past.Id, past.State, past.IntroducedAt));
        Assert.Equal(intro.CreatedAt, past.CreatedAt);
        Assert.Equal([(Juan, "yes"), (Sue, "yes")], past.Parties.Select(p => (p.Email, p.Answer)));
        Assert.All(past.Parties, p => Assert.Equal(intro.Party(p.Email).AnsweredAt, p.AnsweredAt));
        Assert.NotNull(past.Latest);
        Assert.Equal(intro.Events.Max(e => e.At), past.Latest.At);
        Assert.All(history.People, p => Assert.Equal((0, 0, false), (p.Declined, p.Silent, p.Flag)));
        Assert.Equal(["sue@example.org", Juan], history.People.Select(p => p.Email));
    }

    [Fact]
    public async Task AnIntroEightMonthsAgoIsForgottenUnderTheDefaultAndRecalledUnderATwelveMonthPolicy()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await IntroducedAsync(app, client);
        await app.AdvanceAsync(days: 240);

        Assert.Empty((await HistoryAsync(client)).Intros);

        await SetMonthsAsync(client, 12);
        var history = await HistoryAsync(client);
        Assert.Equal(12, history.Months);
        Assert.Equal("introduced", Assert.Single(history.Intros).State);

        // Off: nothing is recalled, however recent.
        await SetMonthsAsync(client, 0);
        await IntroducedAsync(app, client);
        history = await HistoryAsync(client);
        Assert.Equal((0, null), (history.Months, history.Since));
        Assert.Empty(history.Intros);
    }

    [Fact]
    public async Task OnlyIntrosOfThatVeryPairAreListed()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await IntroducedAsync(app, client, Juan, Ann);
        await IntroducedAsync(app, client, Ann, Sue);
        var mine = await IntroducedAsync(app, client, Sue, Juan);

        Assert.Equal(mine.Id, Assert.Single((await HistoryAsync(client)).Intros).Id);
        Assert.Empty((await HistoryAsync(client, Juan, Bo)).Intros);
    }

    [Fact]
    public async Task AnotherConnectorsOrTenantsIntrosOfTheSamePairAreNotSeen()
    {
        await using var app = new IntroApp();
        using var owner = app.Client("tenant-a", "user-1", "owner@contoso.example", "Olivia Owner");
        await IntroducedAsync(app, owner);
        var declined = await owner.CreateIntroAsync(Between(Sue, Ann));
        await RecordAsync(owner, declined, Sue, "no");
        declined = await owner.CreateIntroAsync(Between(Sue, Bo));
        await RecordAsync(owner, declined, Sue, "no");

        var theirs = await HistoryAsync(owner);
        Assert.Single(theirs.Intros);
        Assert.True(theirs.People.Single(p => p.Email == Sue).Flag);

        foreach (var stranger in new[]
        {
            app.Client("tenant-a", "user-2", "colleague@contoso.example"),
            app.Client("tenant-b", "user-1", "owner@fabrikam.example"),
            app.Client(),
        })
        {
            using (stranger)
            {
                var history = await HistoryAsync(stranger);
                Assert.Empty(history.Intros);
                Assert.All(history.People, p => Assert.Equal((0, 0, false), (p.Declined, p.Silent, p.Flag)));
            }
        }
    }

    [Fact]
    public async Task APersonWhoDeclinedTwiceIsFlaggedAndOnceIsNot()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var first = await client.CreateIntroAsync(Between(Sue, Ann));
        await RecordAsync(client, first, Sue, "no");
        // Before the window: it does not count.
        await app.AdvanceAsync(days: 240);
        var second = await client.CreateIntroAsync(Between(Sue, Bo));
        await RecordAsync(client, second, Sue, "notNow");

        var sue = (await HistoryAsync(client)).People.Single(p => p.Email == Sue);
        Assert.Equal((1, 0, false), (sue.Declined, sue.Silent, sue.Flag));

        var third = await client.CreateIntroAsync(Between(Ann, Sue));
        await RecordAsync(client, third, Sue, "no");

        var history = await HistoryAsync(client);
        sue = history.People.Single(p => p.Email == Sue);
        Assert.Equal((2, 0, true), (sue.Declined, sue.Silent, sue.Flag));
        Assert.False(history.People.Single(p => p.Email == Juan).Flag);
        // Ann said nothing on the intros Sue declined: they closed without her answer.
        Assert.Empty(history.Intros);
    }

    [Fact]
    public async Task SilenceOnceAndADeclineOnceFlagAPerson()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await IgnoredAsync(app, client, Sue, Ann);
        var declined = await client.CreateIntroAsync(Between(Bo, Sue));
        await RecordAsync(client, declined, Sue, "no");

        var history = await HistoryAsync(client, Juan, Sue);

        var sue = history.People.Single(p => p.Email == Sue);
        Assert.Equal((1, 1, true), (sue.Declined, sue.Silent, sue.Flag));
        var ann = (await HistoryAsync(client, Ann, Juan)).People.Single(p => p.Email == Ann);
        Assert.Equal((0, 1, false), (ann.Declined, ann.Silent, ann.Flag));
    }

    [Fact]
    public async Task APairAskedAndDeclinedIsRecalledWithTheDecline()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Between(Juan, Sue));
        await RecordAsync(client, intro, Sue, "notNow");

        var past = Assert.Single((await HistoryAsync(client)).Intros);

        Assert.Equal("declined", past.State);
        Assert.Equal([("pending", false), ("notNow", true)], past.Parties.Select(p => (p.Answer, p.AnsweredAt is not null)));
        Assert.Equal(("answeredNotNow", intro.Party(Sue).Id), (past.Latest!.What, past.Latest.PartyId));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "/api/intros/history?b=sue@example.org", "a" },
        { "/api/intros/history?a=juan@example.com", "b" },
        { "/api/intros/history?a=juan&b=sue@example.org", "a" },
        { "/api/intros/history?a=juan@example.com&b=", "b" },
        { "/api/intros/history?a=juan@example.com&b=JUAN@example.com", "b" },
        { "/api/intros/history?a=juan@example.com&b=sue%0A@example.org", "b" },
    };

    [Theory, MemberData(nameof(BadQueries))]
    public async Task AMissingInvalidOrRepeatedAddressIs400NamingIt(string path, string field)
    {
        await using var app = new IntroApp();
        using var client = app.Client();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
