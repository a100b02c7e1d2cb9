using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>
/// A flood of consent answers or API calls stops at the rate limiter, before the database. The
/// limits here are tiny, so a burst is a few requests; a token comes back only after 30 s or more,
/// far longer than the requests in between take.
/// </summary>
public class RateLimitTests
{
    private static readonly TokenSpec Owner = new() { Tenant = LocalIssuer.TenantA, ObjectId = "00000000-0000-4000-8000-0000000000a1", PreferredUsername = "olivia@contoso.example", Name = "Olivia Owner" };

    /// <summary>The test server runs in sandbox mode, where the limits are off unless asked for.</summary>
    private static Dictionary<string, string?> On(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true" };
        foreach (var (key, value) in settings) all["RateLimits:" + key] = value;
        return all;
    }

    private static HttpRequestMessage From(string address, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, int atMostSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter), 1, atMostSeconds);
    }

    private static async Task<long> CountAsync(IntroApp app, string sql, object? parameters = null)
    {
        var db = new Db(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(app.Provider), ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    [Fact]
    public async Task AConsentFloodFromOneAddressGets429AndRecordsNothingWhileAnotherAddressAnswers()
    {
        // Behind a reverse proxy, as configured with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true.
        var settings = On(("ConsentPerMinute", "2"));
        settings["FORWARDEDHEADERS_ENABLED"] = "true";
        await using var app = new IntroApp(settings: settings);
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var path = (await app.MailWhenAsync(m => m.Inbox(Juan).Any())).Inbox(Juan).Single().ConsentPath();
        var events = await CountAsync(app, "SELECT COUNT(*) FROM intro_events");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.7", HttpMethod.Get, path))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(From("203.0.113.7", HttpMethod.Get, "/consent/forged"))).StatusCode);
        var flood = await client.SendAsync(From("203.0.113.7", HttpMethod.Post, path, new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "no" })));

        await AssertTooManyAsync(flood, 30);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
        Assert.Equal(events, await CountAsync(app, "SELECT COUNT(*) FROM intro_events"));

        var other = await client.SendAsync(From("198.51.100.9", HttpMethod.Post, path, new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "yes" })));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("yes", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
        await AssertTooManyAsync(await client.SendAsync(From("203.0.113.7", HttpMethod.Get, path)), 30);
    }

    [Fact]
    public async Task WithoutForwardedHeadersConfiguredXForwardedForIsIgnored()
    {
        await using var app = new IntroApp(settings: On(("ConsentPerMinute", "1")));
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(From("203.0.113.7", HttpMethod.Get, "/consent/forged"))).StatusCode);
        await AssertTooManyAsync(await client.SendAsync(From("198.51.100.9", HttpMethod.Get, "/consent/forged")), 60);
    }

    [Fact]
    public async Task AConnectorsFloodGets429AndCreatesNothingWhileOtherConnectorsGoOn()
    {
        await using var app = new IntroApp(settings: On(("ApiPerMinute", "2")));
        using var flooder = app.Client("tenant-a", "flooder", "flooder@contoso.example");
        using var sameTenant = app.Client("tenant-a", "colleague", "colleague@contoso.example");
        using var otherTenant = app.Client("tenant-b", "flooder", "flooder@fabrikam.example");

        await flooder.CreateIntroAsync();
        await flooder.CreateIntroAsync(new
        {
            parties = new object[] { new { name = "Ann Other", email = "ann@example.net" }, new { name = "Bo Else", email = "bo@example.net" } },
        });
        var excess = await flooder.PostAsJsonAsync("/api/intros", new
        {
            parties = new object[] { new { name = "Cy Third", email = "cy@example.net" }, new { name = "Di Fourth", email = "di@example.net" } },
        });

        await AssertTooManyAsync(excess, 30);
        await AssertTooManyAsync(await flooder.GetAsync("/api/intros"), 30);
        Assert.Equal(2, await CountAsync(app, "SELECT COUNT(*) FROM intros WHERE tenant_id = 'tenant-a' AND connector_id = 'flooder'"));
        await sameTenant.CreateIntroAsync();
        await otherTenant.CreateIntroAsync();
        // Two requests for each of the four intros that got through, none for the one that did not.
        var mail = await app.MailWhenAsync(m => m.Count(x => x.Folder == "sentitems") >= 8);
        await app.AdvanceAsync();
        Assert.Equal(8, (await app.MailAsync()).Count(x => x.Folder == "sentitems"));
        Assert.DoesNotContain(mail, m => m.Mailbox is "cy@example.net" or "di@example.net");
    }

    [Fact]
    public async Task HealthTheSandboxAndTheAddinsFilesAreNotLimited()
    {
        await using var app = new IntroApp(settings: On(("ConsentPerMinute", "1"), ("ApiPerMinute", "1")));
        using var client = app.Client();

        foreach (var path in new[] { "/healthz", "/sandbox/mail", "/sandbox/clock", "/addin/config.json" })
        {
            for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task OutsideSandboxModeTheDefaultsHoldPerAddressAndPerSignedInConnector()
    {
        await using var entra = await EntraApp.StartAsync();
        using var anonymous = entra.App.Client();
        Assert.InRange(await SucceededBeforeA429Async(anonymous, "/consent/forged", HttpStatusCode.NotFound), 60, 120);

        using var owner = entra.Client(Owner);
        Assert.InRange(await SucceededBeforeA429Async(owner, "/api/intros", HttpStatusCode.OK), 120, 240);
        // The connector is the token's (tid, oid): a colleague, or the same object id in another tenant, has a bucket of its own.
        using var colleague = entra.Client(Owner with { ObjectId = "00000000-0000-4000-8000-0000000000a2", PreferredUsername = "colleague@contoso.example" });
        using var namesake = entra.Client(Owner with { Tenant = LocalIssuer.TenantB, PreferredUsername = "olivia@fabrikam.example" });
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/api/intros")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await namesake.GetAsync("/api/intros")).StatusCode);
    }

    /// <summary>
    /// Requests answered before the first 429: at least the burst, plus what refilled meanwhile (one
    /// a second or two); bounded, so a limit that never comes fails.
    /// </summary>
    private static async Task<int> SucceededBeforeA429Async(HttpClient client, string path, HttpStatusCode expected)
    {
        for (var i = 0; i < 1000; i++)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await AssertTooManyAsync(response, 1);
                return i;
            }
            Assert.Equal(expected, response.StatusCode);
        }
        return int.MaxValue;
    }

    [Fact]
    public async Task InSandboxModeTheLimitsAreOffUnlessAskedFor()
    {
        await using var app = new IntroApp(settings: new() { ["RateLimits:ConsentPerMinute"] = "1", ["RateLimits:ApiPerMinute"] = "1" });
        using var client = app.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/consent/forged")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/intros")).StatusCode);
        }
    }

    [Fact]
    public void ALimitBelowOneIsRefusedAtStart()
    {
        var error = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: On(("ApiPerMinute", "0"))));

        Assert.Contains("RateLimits:ApiPerMinute", error.ToString());
    }
}
