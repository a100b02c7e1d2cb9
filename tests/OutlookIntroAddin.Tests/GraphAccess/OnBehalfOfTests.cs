using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

public class OnBehalfOfTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task RequestsGoOutWithGraphTokensTheIssuerMintedOnBehalfOfTheConnector(string provider)
    {
        await using var entra = await EntraApp.StartAsync(provider);
        using var olivia = entra.Client(Owner());
        await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);

        var oboTokens = entra.Issuer.Issued.Where(t => t.Grant is "on_behalf_of" or "refresh_token" && t.ObjectId == Owner().ObjectId)
            .Select(t => t.AccessToken).ToHashSet();
        var calls = entra.Graph.Calls.Where(c => c.Mailbox == Olivia).ToList();
        Assert.Contains(calls, c => c.Method == "POST" && c.Path.EndsWith("/send"));
        // Every Graph request for her mailbox carried a token minted for her by on-behalf-of, and nothing else.
        Assert.All(calls, c => Assert.Contains(c.Token, oboTokens));
        Assert.All(calls, c => Assert.Equal(("user", Owner().ObjectId, LocalIssuer.ApiClientId), (c.IdentityType, c.ObjectId, c.AppId)));
        // One exchange of her token at create; the access token then came from the cache.
        Assert.Equal(1, entra.Issuer.Count("on_behalf_of"));
    }

    [Fact]
    public async Task TheConnectorsMailboxIsMeAndItsAddressComesFromGraphNotFromTheSignInName()
    {
        const string mailbox = "olivia.owner@mail.contoso.example";
        await using var entra = await EntraApp.StartAsync(graphOptions: o => o.MailAddresses[Olivia] = mailbox);
        using var olivia = entra.Client(Owner());
        var intro = await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(mailbox, 2);

        var mine = entra.Graph.Calls.Where(c => c.ObjectId == Owner().ObjectId).ToList();
        // Everything addressed to a mailbox says /me; a subscription for replies (when the watch gets
        // that far) is made at /subscriptions, with /me in its resource.
        Assert.All(mine.Where(c => c.Path != "/v1.0/subscriptions"), c => Assert.StartsWith("/v1.0/me", c.Path));
        Assert.All(mine, c => Assert.Equal(mailbox, c.Mailbox));
        Assert.Empty(entra.SentBy(Olivia));
        Assert.Equal(mailbox, Assert.Single(await entra.App.QueryAsync<string>($"SELECT connector_email FROM intros WHERE id = '{intro.Id}'")));
        Assert.Equal([mailbox], (await entra.App.QueryAsync<string>("SELECT DISTINCT mailbox FROM outbox")).ToList());
    }

    [Fact]
    public async Task TheTokenCacheIsNotReadableInTheDatabase()
    {
        await using var entra = await EntraApp.StartAsync();
        using var olivia = entra.Client(Owner());
        await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);

        var rows = await entra.App.QueryAsync<byte[]>("SELECT data FROM token_cache");
        var row = Assert.Single(rows);
        var text = Encoding.UTF8.GetString(row);
        var issued = entra.Issuer.Issued.Single(t => t.Grant == "on_behalf_of");
        Assert.DoesNotContain(issued.AccessToken[..40], text);
        Assert.DoesNotContain("RefreshToken", text);
        Assert.DoesNotContain(Owner().ObjectId, text);
        Assert.NotEmpty(await entra.App.QueryAsync<string>("SELECT name FROM data_protection_keys"));
        Assert.Empty(entra.Issuer.OffLoopback);
    }

    [Fact]
    public async Task AnotherInstanceOnTheSameDatabaseReadsTheCacheWithTheSharedKeys()
    {
        await using var entra = await EntraApp.StartAsync();
        // Short-lived Graph tokens: every acquisition must use the refresh token from the cache.
        entra.Issuer.GraphTokenLifetime = TimeSpan.FromMinutes(1);
        using (var olivia = entra.Client(Owner())) await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);
        var keys = await entra.App.QueryAsync<string>("SELECT name FROM data_protection_keys");

        var other = entra.StartAnotherInstance();
        var token = await other.GraphTokenForAsync(entra, Owner().ObjectId);

        // The first instance may refresh meanwhile too (it still watches the Inbox): what counts is
        // that the other one's token came from the cached refresh token, with no second exchange.
        Assert.Equal("refresh_token", Assert.Single(entra.Issuer.Issued, t => t.AccessToken == token).Grant);
        Assert.Equal(1, entra.Issuer.Count("on_behalf_of"));
        Assert.Equal(keys, await other.QueryAsync<string>("SELECT name FROM data_protection_keys"));
    }

    [Fact]
    public async Task AStrictGraphRefusesAConnectorsTokenForSomeoneElsesMailbox()
    {
        await using var entra = await EntraApp.StartAsync();
        using (var olivia = entra.Client(Owner())) await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);
        var token = entra.Issuer.Issued.First(t => t.Grant == "on_behalf_of").AccessToken;

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var own = await http.GetAsync(entra.Graph.BaseUrl.TrimEnd('/') + $"/users/{Olivia}/mailFolders/sentitems/messages");
        var theirs = await http.GetAsync(entra.Graph.BaseUrl.TrimEnd('/') + $"/users/{Scenario.Sue}/mailFolders/inbox/messages");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }

    [Fact]
    public async Task ACreateWhoseTokenEntraWillNotExchangeStoresNothing()
    {
        await using var entra = await EntraApp.StartAsync();
        using (var first = entra.Client(Owner("session-1"))) await first.CreateIntroAsync(IntroForSue());
        await entra.WaitForSentAsync(Olivia, 1);
        entra.Issuer.RevokeRefreshTokens(LocalIssuer.TenantA, Owner().ObjectId);

        using var revoked = entra.Client(Owner("session-1"));
        var response = await revoked.PostAsJsonAsync("/api/intros", Scenario.IntroBody());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync());
        using var fresh = entra.Client(Owner("session-2"));
        Assert.Single((await fresh.GetFromJsonAsync<List<IntroResponse>>("/api/intros"))!);
        Assert.Equal(1, (await entra.App.QueryAsync<long>("SELECT COUNT(*) FROM outbox")).Single());
    }
}
