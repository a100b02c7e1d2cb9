using System.Net;
using System.Text.Json;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Tests;

public class AddinConfigTests
{
    [Fact]
    public async Task SandboxServerTellsTheAddinToAskForNoToken()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.GetAsync("/addin/config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // Only the mode: nothing that would let the add-in start a sign-in.
        Assert.Equal("""{"mode":"sandbox"}""", json.RootElement.GetRawText());
    }

    [Fact]
    public void EntraConfigAsksForTheApisOwnScopeFromAnyOrganization()
    {
        var config = AddinConfig.From(new IdentityOptions { ClientId = "11111111-2222-3333-4444-555555555555" });

        Assert.Equal("entra", config.Mode);
        Assert.Equal("11111111-2222-3333-4444-555555555555", config.ClientId);
        Assert.Equal("https://login.microsoftonline.com/organizations", config.Authority);
        Assert.Equal(["api://11111111-2222-3333-4444-555555555555/access_as_user"], config.Scopes!);
    }

    [Fact]
    public void ConfiguredAudienceAndInstanceShapeTheScopeAndAuthority()
    {
        var config = AddinConfig.From(new IdentityOptions
        {
            ClientId = " abc ", Audience = "api://intros.contoso.example/abc/", Instance = "https://login.microsoftonline.us",
        });

        Assert.Equal("abc", config.ClientId);
        Assert.Equal("https://login.microsoftonline.us/organizations", config.Authority);
        Assert.Equal(["api://intros.contoso.example/abc/access_as_user"], config.Scopes!);
    }

    [Fact]
    public void EntraConfigSerializesWithCamelCaseFieldsTheAddinReads()
    {
        var config = AddinConfig.From(new IdentityOptions { ClientId = "abc" });
        var json = JsonSerializer.Serialize(config, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal("""{"mode":"entra","clientId":"abc","authority":"https://login.microsoftonline.com/organizations","scopes":["api://abc/access_as_user"]}""", json);
    }

    [Fact]
    public void BlankClientIdMeansSandboxWhateverElseIsSet()
    {
        var config = AddinConfig.From(new IdentityOptions { ClientId = "  ", Audience = "api://x" });

        Assert.Equal(new AddinConfig("sandbox"), config);
    }
}
