using System.Net;
using System.Net.Http.Json;

namespace OutlookIntroAddin.Tests;

public class AddinTests
{
    private const string WellKnown = "/.well-known/microsoft-officeaddins-allowed.json";

    private sealed record AllowedScripts(List<string> Allowed);

    [Fact]
    public async Task WellKnownFileAllowsTheEventsScriptOnThePublicOrigin()
    {
        await using var app = new IntroApp(settings: new() { ["Intros:PublicBaseUrl"] = "https://intros.contoso.com/" });
        using var client = app.Client();
        var response = await client.GetAsync(WellKnown);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<AllowedScripts>();
        Assert.Equal(["https://intros.contoso.com/events.js"], body!.Allowed);
    }

    [Fact]
    public async Task WithoutAPublicBaseUrlTheWellKnownFileNamesTheRequestsOrigin()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var body = await client.GetFromJsonAsync<AllowedScripts>(WellKnown);
        Assert.Equal([new Uri(app.BaseAddress, "/events.js").ToString()], body!.Allowed);
    }

    [Theory]
    [InlineData("/events.js", "text/javascript")]
    [InlineData("/events.html", "text/html")]
    [InlineData("/taskpane.html", "text/html")]
    [InlineData("/icon-16.png", "image/png")]
    [InlineData("/icon-80.png", "image/png")]
    [InlineData("/icon-128.png", "image/png")]
    [InlineData("/favicon.ico", "image/x-icon")]
    public async Task TheAddinsFilesAndTabIconAreServedFromItsOrigin(string path, string mediaType)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} (build the add-in first: npm --prefix addin run build)");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
