using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookIntroAddin.Intros;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>A create retried after a lost response (the task pane retries) makes one intro and mails each party once.</summary>
public class IdempotencyKeyTests
{
    private static HttpRequestMessage Create(string? key, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/intros") { Content = JsonContent.Create(body ?? IntroBody()) };
        if (key is not null) request.Headers.TryAddWithoutValidation(IdempotencyKeys.Header, key);
        return request;
    }

    private static async Task<List<IntroResponse>> IntrosAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<IntroResponse>>("/api/intros?state=all"))!;

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ARetryWithTheSameKeyAndBodyGetsTheFirstIntroAndSendsNothingNew(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        var first = await client.SendAsync(Create("c0ffee-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = (await first.Content.ReadFromJsonAsync<IntroResponse>())!;
        var sent = await app.MailWhenAsync(m => m.Sent().Count() == 2);

        var retry = await client.SendAsync(Create("c0ffee-1"));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var again = (await retry.Content.ReadFromJsonAsync<IntroResponse>())!;
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(created.Parties.Select(p => p.Id), again.Parties.Select(p => p.Id));
        await app.AdvanceAsync();
        Assert.Equal(sent.Count, (await app.MailAsync()).Count);
        Assert.Single(await IntrosAsync(client));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsA409AndCreatesNothing()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Create("k-2"))).StatusCode);

        var other = await client.SendAsync(Create("k-2", new
        {
            parties = new object[] { new { name = "Ann Other", email = "ann@example.net" }, new { name = "Bo Else", email = "bo@example.net" } },
        }));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", JsonNode.Parse(await other.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        await app.AdvanceAsync();
        Assert.Single(await IntrosAsync(client));
        Assert.DoesNotContain(await app.MailAsync(), m => m.Mailbox == "ann@example.net" || m.Mailbox == "bo@example.net");
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ConcurrentRequestsWithOneKeyCreateOneIntroAndAllGetIt(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Create("same-key-at-once"))));

        // The key is recorded in the create's own transaction, so a loser waits for the winner's commit
        // and then answers as a retry of it: never a 409.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<IntroResponse>())!.Id));
        Assert.Single(ids.Distinct());
        Assert.Single(await IntrosAsync(client));
        await app.MailWhenAsync(m => m.Sent().Count() >= 2);
        await app.AdvanceAsync();
        var mail = await app.MailAsync();
        Assert.Single(mail.Inbox(Juan));
        Assert.Single(mail.Inbox(Sue));
    }

    [Fact]
    public async Task KeysBelongToOneConnector()
    {
        await using var app = new IntroApp();
        using var alex = app.Client();
        using var blair = app.Client("tenant-b", "blair", "blair@fabrikam.example");

        var mine = await (await alex.SendAsync(Create("shared-key"))).Content.ReadFromJsonAsync<IntroResponse>();
        var theirs = await blair.SendAsync(Create("shared-key"));

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(mine!.Id, (await theirs.Content.ReadFromJsonAsync<IntroResponse>())!.Id);
        Assert.Single(await IntrosAsync(alex));
        Assert.Single(await IntrosAsync(blair));
    }

    [Fact]
    public async Task TheKeyMayComeAsAStructuredFieldString()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var bare = await (await client.SendAsync(Create("8e03978e-40d5-43e8-bc93-6894a57f9324"))).Content.ReadFromJsonAsync<IntroResponse>();

        var quoted = await client.SendAsync(Create("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));

        Assert.Equal(bare!.Id, (await quoted.Content.ReadFromJsonAsync<IntroResponse>())!.Id);
        Assert.Single(await IntrosAsync(client));
    }

    public static TheoryData<string> BadKeys() => new() { "", "\"\"", new string('k', 201), "tab\there", "\"un\"closed\"", "two, keys" };

    [Theory, MemberData(nameof(BadKeys))]
    public async Task AMalformedKeyIsA400NamingTheHeaderAndCreatesNothing(string key)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var request = Create(key);
        if (key == "two, keys")
        {
            request.Headers.Remove(IdempotencyKeys.Header);
            request.Headers.TryAddWithoutValidation(IdempotencyKeys.Header, ["one", "two"]);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]?["Idempotency-Key"]);
        await app.AdvanceAsync();
        Assert.Empty(await IntrosAsync(client));
        Assert.Empty(await app.MailAsync());
    }

    [Fact]
    public async Task AKeyIsForgottenAfterADay()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var first = await (await client.SendAsync(Create("daily"))).Content.ReadFromJsonAsync<IntroResponse>();

        await app.AdvanceAsync(days: 2);
        var later = await client.SendAsync(Create("daily"));

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.NotEqual(first!.Id, (await later.Content.ReadFromJsonAsync<IntroResponse>())!.Id);
        Assert.Equal(2, (await IntrosAsync(client)).Count);
    }
}
