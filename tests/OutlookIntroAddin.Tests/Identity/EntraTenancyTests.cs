using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests.Identity;

public class EntraTenancyTests
{
    private static readonly TokenSpec Owner = new() { Tenant = LocalIssuer.TenantA, ObjectId = "00000000-0000-4000-8000-0000000000a1", PreferredUsername = "olivia@contoso.example", Name = "Olivia Owner" };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AnotherConnectorsOrTenantsIntroIsNotFoundWithRealTokens(string provider)
    {
        await using var entra = await EntraApp.StartAsync(provider);
        using var owner = entra.Client(Owner);
        var intro = await owner.CreateIntroAsync();

        foreach (var stranger in new[]
        {
            Owner with { ObjectId = "00000000-0000-4000-8000-0000000000a2", PreferredUsername = "colleague@contoso.example" },
            // The same object id in another tenant is another person: the connector is (tid, oid).
            Owner with { Tenant = LocalIssuer.TenantB, PreferredUsername = "olivia@fabrikam.example" },
        })
        {
            using var client = entra.Client(stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/intros/{intro.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/intros/{intro.Id}/cancel", null)).StatusCode);
            var answer = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{intro.Parties[0].Id}/answer", new { answer = "yes" });
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Empty((await client.GetFromJsonAsync<List<IntroResponse>>("/api/intros"))!);
        }
        var mine = await owner.GetIntroAsync(intro.Id);
        Assert.Equal("requested", mine.State);
        Assert.All(mine.Parties, p => Assert.Equal("pending", p.Answer));
        Assert.Single(await owner.GetFromJsonAsync<List<IntroResponse>>("/api/intros") ?? []);
    }

    [Fact]
    public async Task RequestsGoOutFromTheSignedInUsersMailboxThroughTheConfiguredGraph()
    {
        await using var entra = await EntraApp.StartAsync();
        using var owner = entra.Client(Owner);
        await owner.CreateIntroAsync();

        var until = DateTime.UtcNow.AddSeconds(30);
        while (entra.Graph.Store.Messages("olivia@contoso.example", "sentitems").Count < 2)
        {
            Assert.True(DateTime.UtcNow < until, "The two requests never reached the Graph sandbox.");
            await Task.Delay(100);
        }
        Assert.Contains(entra.Graph.Store.Messages(Scenario.Juan, "inbox"), m => m.Body.Contains("Olivia Owner"));
    }

    [Theory]
    [InlineData("Identity:MetadataAddress", "http://login.example.com/organizations/v2.0/.well-known/openid-configuration")]
    [InlineData("Identity:Instance", "http://login.example.com/")]
    [InlineData("Identity:MetadataAddress", "not a url")]
    public async Task PlainHttpAnywhereButLoopbackIsRefusedAtStart(string key, string value)
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Identity:ClientId"] = LocalIssuer.ApiClientId,
            ["Identity:MetadataAddress"] = issuer.MetadataAddress,
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
            ["Intros:PublicBaseUrl"] = "https://intros.contoso.example",
        };
        settings[key] = value;
        if (key == "Identity:Instance") settings.Remove("Identity:MetadataAddress");

        var refused = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: settings));
        Assert.Contains(key, AllMessages(refused));
    }

    /// <summary>Every message of an exception and its inner ones, as the host's start-up failure nests them.</summary>
    internal static string AllMessages(Exception e) =>
        e is AggregateException all ? string.Join(" | ", all.InnerExceptions.Select(AllMessages))
        : e.Message + (e.InnerException is { } inner ? " | " + AllMessages(inner) : "");
}
