using System.Net;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// Classic Outlook's event runtime calls the add-in's origin cross-origin and preflights the call
/// (OfficeDev/office-js #3907, #4369): the routes events.js calls answer that origin, and only it.
/// </summary>
public class AddinCorsTests
{
    private const string AddinOrigin = "https://intros.contoso.com";

    private static IntroApp AppWithPublicOrigin() =>
        new(settings: new() { ["Intros:PublicBaseUrl"] = AddinOrigin + "/" });

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,accept");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Theory]
    [InlineData("/api/policy")]
    [InlineData("/addin/config.json")]
    public async Task PreflightFromTheAddinsOriginIsAllowedWithTheTokenHeader(string path)
    {
        await using var app = AppWithPublicOrigin();
        using var client = app.Client();
        var response = await client.SendAsync(Preflight(path, AddinOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AddinOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Header(response, "Access-Control-Allow-Methods") ?? "");
        Assert.Contains("authorization", (Header(response, "Access-Control-Allow-Headers") ?? "").ToLowerInvariant());
    }

    [Theory]
    [InlineData("/api/policy")]
    [InlineData("/addin/config.json")]
    public async Task AnotherOriginGetsNoCorsHeaders(string path)
    {
        await using var app = AppWithPublicOrigin();
        using var client = app.Client();
        var preflight = await client.SendAsync(Preflight(path, "https://evil.example"));
        var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Origin", "https://evil.example");
        var response = await client.SendAsync(get);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/policy")]
    [InlineData("/addin/config.json")]
    public async Task TheAddinsGetCarriesItsOrigin(string path)
    {
        await using var app = AppWithPublicOrigin();
        using var client = app.Client();
        var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Origin", AddinOrigin);
        var response = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AddinOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task InSandboxModeTheAddinsOriginIsTheServersOwn()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var own = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        var response = await client.SendAsync(Preflight("/api/policy", own));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(own, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task RoutesTheEventHandlersDoNotCallAnswerNoOrigin()
    {
        await using var app = AppWithPublicOrigin();
        using var client = app.Client();
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/intros?state=all");
        get.Headers.Add("Origin", AddinOrigin);
        var response = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }
}
