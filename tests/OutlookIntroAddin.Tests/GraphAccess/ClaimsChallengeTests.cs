using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

/// <summary>
/// Conditional access on Graph: the on-behalf-of exchange is refused with a claims challenge, which
/// goes back to the add-in as Entra documents it for web APIs (401, WWW-Authenticate with
/// error="insufficient_claims" and the claims in base64), so a token asked for with those claims passes.
/// </summary>
public class ClaimsChallengeTests
{
    [Fact]
    public async Task AClaimsChallengeReachesTheAddinAndATokenThatMeetsItIsAccepted()
    {
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Work:Enabled"] = "false" });
        entra.Issuer.RequiredAuthenticationContext = "c1";
        using var plain = entra.Client(Owner());

        var challenged = await plain.PostAsJsonAsync("/api/intros", IntroForSue());

        Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
        var header = Assert.Single(challenged.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", header.Scheme);
        Assert.Contains("error=\"insufficient_claims\"", header.Parameter);
        var claims = System.Text.RegularExpressions.Regex.Match(header.Parameter!, "claims=\"([^\"]+)\"").Groups[1].Value;
        var decoded = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(claims))).RootElement;
        Assert.Equal("c1", decoded.GetProperty("access_token").GetProperty("acrs").GetProperty("value").GetString());
        Assert.Equal(claims, (await challenged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claims").GetString());
        Assert.Empty((await plain.GetFromJsonAsync<JsonElement>("/api/intros?state=all")).EnumerateArray());

        // The add-in asks Entra for a token with those claims; that token meets the policy.
        using var stepUp = entra.Client(Owner() with { ExtraClaims = new Dictionary<string, object> { ["acrs"] = new[] { "c1" } } });
        Assert.Equal(HttpStatusCode.Created, (await stepUp.PostAsJsonAsync("/api/intros", IntroForSue())).StatusCode);
    }

    [Fact]
    public async Task TheServerAsksEntraForTokensAsACaeCapableClient()
    {
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Work:Enabled"] = "false" });
        using var client = entra.Client(Owner());
        await client.CreateIntroAsync(IntroForSue());

        var capability = JsonDocument.Parse(Assert.Single(entra.Issuer.ClientClaims)).RootElement;
        Assert.Equal("cp1", capability.GetProperty("access_token").GetProperty("xms_cc").GetProperty("values")[0].GetString());
    }
}
