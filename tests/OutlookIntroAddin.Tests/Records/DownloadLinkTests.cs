using System.Net;
using System.Net.Http.Json;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Records;

/// <summary>
/// Where the task pane cannot save a file (Outlook on Mac, classic Outlook on Windows), it asks for a
/// one-use link with the connector's token and opens it in the browser, which has none: the link opens
/// the same record the download would, once, for two minutes, and nothing else.
/// </summary>
public class DownloadLinkTests
{
    private sealed record Link(string Url, DateTimeOffset ExpiresAt);

    private static async Task<Link> LinkAsync(HttpClient client, string path, string format = "csv")
    {
        var response = await client.PostAsync($"{path}/link?format={format}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Link>())!;
    }

    /// <summary>The browser: no token, no cookie, only the link.</summary>
    private static async Task<HttpResponseMessage> OpenAsync(Link link)
    {
        using var browser = new HttpClient();
        return await browser.GetAsync(link.Url);
    }

    [Fact]
    public async Task ALinkOpensTheConnectorsOwnRecordOnceInABrowserWithoutAToken()
    {
        await using var app = new IntroApp();
        using var olivia = app.Client("tenant-a", "user-1", "olivia@contoso.example", "Olivia Owner");
        using var colleague = app.Client("tenant-a", "user-2", "colin@contoso.example", "Colin Colleague");
        var mine = await olivia.CreateIntroAsync();
        await colleague.CreateIntroAsync();

        var link = await LinkAsync(olivia, "/api/intros/export");
        Assert.StartsWith(app.BaseAddress.ToString().TrimEnd('/') + "/downloads/", link.Url);
        var opened = await OpenAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("attachment", opened.Content.Headers.ContentDisposition?.DispositionType);
        var rows = Exports.ParseCsv(await opened.Content.ReadAsByteArrayAsync());
        Assert.Equal([mine.Id], rows.Select(r => r["introId"]).Distinct());
        // The very file the pane's own download gives (its rows grow as the requests go out meanwhile).
        Assert.Equal((await olivia.CsvAsync("/api/intros/export"))[0].Keys, rows[0].Keys);

        var again = await OpenAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This download link is not valid", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdminsLinkOpensTheTenantsRecordAndNobodyElseGetsOne()
    {
        await using var app = new IntroApp();
        using var olivia = app.Client("tenant-a", "user-1", "olivia@contoso.example", "Olivia Owner");
        using var admin = app.Client("tenant-a", "user-3", "ada@contoso.example", "Ada Admin", admin: true);
        using var stranger = app.Client("tenant-b", "user-9", "sam@fabrikam.example", "Sam", admin: true);
        var mine = await olivia.CreateIntroAsync();
        await stranger.CreateIntroAsync();

        var link = await LinkAsync(admin, "/api/admin/export", "json");
        var opened = await OpenAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var rows = (await opened.Content.ReadFromJsonAsync<List<Dictionary<string, string?>>>())!;
        Assert.Equal([mine.Id], rows.Select(r => r["introId"]).Distinct());
        Assert.Equal(HttpStatusCode.Forbidden, (await olivia.PostAsync("/api/admin/export/link?format=csv", null)).StatusCode);
    }

    [Fact]
    public async Task ALinkOpensNothingAfterTwoMinutesAndAMadeUpOneNothingEver()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await client.CreateIntroAsync();
        var link = await LinkAsync(client, "/api/intros/export");
        Assert.InRange(link.ExpiresAt - IntroApp.Wednesday, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3));
        await app.AdvanceAsync(days: 1);
        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(link with { Url = link.Url[..^4] + "abcd" })).StatusCode);
    }

    [Theory]
    [InlineData("/api/intros/export/link")]
    [InlineData("/api/intros/export/link?format=pdf")]
    [InlineData("/api/admin/export/link?format=Json")]
    public async Task ALinkForAnythingButCsvOrJsonIsAProblemNamingFormat(string path)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Contains("format", problem!.Errors.Keys);
    }
}
