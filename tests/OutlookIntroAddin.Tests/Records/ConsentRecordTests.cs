using System.Net;
using System.Net.Http.Json;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Records;

public class ConsentRecordTests
{
    [Fact]
    public async Task TheRecordShowsHowEachAnswerArrivedAndWhichRequestThePartySaw()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        using var client = app.Client();
        var (heard, toJuan, toSue) = await app.SentIntroAsync();
        app.Store().Reply(Juan, toJuan.Id, "Yes, happy to meet Sue! Send over the intro.");
        await app.IntroWhenAsync(heard.Id, i => i.Party(Juan).Answer == "yes");
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(toSue.ConsentPath(), "yes")).StatusCode);

        var edited = await client.CreateIntroAsync(new
        {
            parties = new object[] { new { name = "Mia Wong", email = "mia@example.net" }, new { name = "Omar Diaz", email = "omar@example.net" } },
            reason = "both run climbing gyms",
            requests = new[] { new { email = "mia@example.net", subject = "Would you meet Omar?", body = "Mia, Omar runs the gym across town." } },
        });
        var mia = edited.Parties.Single(p => p.Name == "Mia Wong");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/intros/{edited.Id}/parties/{mia.Id}/answer", new { answer = "no" })).StatusCode);

        var csv = await client.CsvAsync("/api/intros/export");
        var json = await client.JsonAsync("/api/intros/export");
        Assert.Equal(csv.Count, json.Count);
        Assert.Equal(csv.Select(r => (r["introId"], r["partyEmail"], r["event"], r["at"])), json.Select(r => (r["introId"]!, r["partyEmail"]!, r["event"]!, r["at"]!)));

        var byReply = csv.Single(r => r["partyEmail"] == Juan && r["event"] == "answeredYes");
        Assert.Equal(("reply", heard.Id, "Juan Perez", "drafted by the product", ""), (byReply["channel"], byReply["introId"], byReply["partyName"], byReply["requestShown"], byReply["requestSubject"]));
        Assert.StartsWith("Yes, happy to meet Sue!", byReply["replyExcerpt"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", byReply["at"]);
        Assert.DoesNotContain(csv, r => r["event"] == "answeredByReply");
        var byLink = csv.Single(r => r["partyEmail"] == Sue && r["event"] == "answeredYes");
        Assert.Equal(("link", ""), (byLink["channel"], byLink["replyExcerpt"]));
        Assert.Contains(csv, r => r["partyEmail"] == Sue && r["event"] == "requestSent" && r["channel"] == "");

        var byConnector = csv.Single(r => r["partyEmail"] == "mia@example.net" && r["event"] == "answeredNo");
        Assert.Equal(("connector", "connector's wording", "Would you meet Omar?", "declined"),
            (byConnector["channel"], byConnector["requestShown"], byConnector["requestSubject"], byConnector["state"]));
        var jsonByReply = json.Single(r => r["partyEmail"] == Juan && r["event"] == "answeredYes");
        Assert.Equal(("reply", byReply["replyExcerpt"], null), (jsonByReply["channel"], jsonByReply["replyExcerpt"], jsonByReply["requestSubject"]));
        Assert.Equal("connector's wording", json.Single(r => r["partyEmail"] == "mia@example.net" && r["event"] == "answeredNo")["requestShown"]);
    }

    [Fact]
    public async Task AnAnswerRecordedBeforeChannelsWereKeptSaysReplyOnlyWhereItWasMarkedSoAndUnknownElsewhere()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var db = new Db(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using (var connection = await db.OpenAsync())
        {
            // As the events of an older version were written: no channel, a marker before an answer read in a reply.
            const string insert = "INSERT INTO intro_events (intro_id, party_id, at, what) VALUES (@IntroId, @PartyId, @At, @What)";
            await connection.ExecuteAsync(insert, new[]
            {
                new { IntroId = intro.Id, PartyId = intro.Parties[0].Id, At = 1_800_000_000_000L, What = "answeredByReply" },
                new { IntroId = intro.Id, PartyId = intro.Parties[0].Id, At = 1_800_000_000_000L, What = "answeredYes" },
                new { IntroId = intro.Id, PartyId = intro.Parties[1].Id, At = 1_800_000_000_000L, What = "answeredNo" },
            });
        }

        var rows = await client.CsvAsync("/api/intros/export");
        Assert.Equal("reply", rows.Single(r => r["partyEmail"] == Juan && r["event"] == "answeredYes")["channel"]);
        Assert.Equal("unknown", rows.Single(r => r["partyEmail"] == Sue && r["event"] == "answeredNo")["channel"]);
        Assert.DoesNotContain(rows, r => r["event"] == "answeredByReply");
        Assert.All(rows.Where(r => r["event"] == "created"), r => Assert.Equal("", r["channel"]));
    }

    [Fact]
    public async Task AConnectorExportsOnlyTheirOwnIntrosAndAnAdminOnlyTheirTenant()
    {
        await using var app = new IntroApp();
        using var olivia = app.Client("tenant-a", "user-1", "olivia@contoso.example", "Olivia Owner");
        using var colleague = app.Client("tenant-a", "user-2", "colin@contoso.example", "Colin Colleague");
        using var stranger = app.Client("tenant-b", "user-1", "olivia@fabrikam.example", "Other Olivia");
        using var admin = app.Client("tenant-a", "user-3", "ada@contoso.example", "Ada Admin", admin: true);
        var mine = await olivia.CreateIntroAsync();
        var theirs = await colleague.CreateIntroAsync();
        var elsewhere = await stranger.CreateIntroAsync();

        foreach (var format in new[] { "csv", "json" })
        {
            Assert.Equal([mine.Id], await IntroIdsAsync(olivia, "/api/intros/export", format));
            Assert.Equal([theirs.Id], await IntroIdsAsync(colleague, "/api/intros/export", format));
            Assert.Equal(new[] { mine.Id, theirs.Id }.Order(), (await IntroIdsAsync(admin, "/api/admin/export", format)).Order());
            Assert.Equal([elsewhere.Id], await IntroIdsAsync(stranger, "/api/intros/export", format));
        }
        var refused = await olivia.GetAsync("/api/admin/export?format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<List<string>> IntroIdsAsync(HttpClient client, string path, string format) => format == "csv"
        ? (await client.CsvAsync(path)).Select(r => r["introId"]).Distinct().ToList()
        : (await client.JsonAsync(path)).Select(r => r["introId"]!).Distinct().ToList();

    [Theory]
    [InlineData("/api/intros/export")]
    [InlineData("/api/intros/export?format=xml")]
    [InlineData("/api/admin/export?format=CSV ")]
    public async Task AnExportWithoutCsvOrJsonIsAProblemNamingFormat(string path)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Contains("format", problem!.Errors.Keys);
    }

    [Fact]
    public async Task ACellASpreadsheetWouldRunAsAFormulaIsWrittenAsText()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await client.CreateIntroAsync(new
        {
            parties = new object[] { new { name = "=HYPERLINK(\"http://evil.example\",\"Pay\")", email = "a@example.net", alreadyAgreed = true }, new { name = "@Sum, \"Sue\"", email = "b@example.net" } },
            reason = "testing",
        });
        var rows = await client.CsvAsync("/api/intros/export");
        Assert.Contains(rows, r => r["partyName"] == "'=HYPERLINK(\"http://evil.example\",\"Pay\")" && r["event"] == "alreadyAgreed" && r["channel"] == "connector");
        Assert.All(rows.Where(r => r["partyEmail"] == "b@example.net"), r => Assert.Equal("'@Sum, \"Sue\"", r["partyName"]));
        Assert.Contains(await client.JsonAsync("/api/intros/export"), r => r["partyName"] == "=HYPERLINK(\"http://evil.example\",\"Pay\")");
    }

    [Fact]
    public async Task ANameWithACommaAQuoteAndALineBreakRoundTripsThroughACsvReader()
    {
        var name = "Pérez, \"JP\"\r\nJunior";
        var at = new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);
        var row = new OutlookIntroAddin.Records.RecordRow("i1", at, "requested", "es", "Alex", "alex@example.com", name, "jp@example.com",
            "drafted by the product", null, "answeredYes", at, "link", "Sí,\n¡con gusto!");
        using var body = new MemoryStream();
        await OutlookIntroAddin.Records.RecordCsv.WriteAsync(new[] { row, row }.ToAsyncEnumerable(), body, CancellationToken.None);

        var rows = Exports.ParseCsv(body.ToArray());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((name, "Sí,\n¡con gusto!", "2026-11-25T17:00:00.000Z"), (r["partyName"], r["replyExcerpt"], r["at"])));
    }
}
