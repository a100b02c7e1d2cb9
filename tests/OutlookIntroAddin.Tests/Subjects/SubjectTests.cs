using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Subjects;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Subjects;

/// <summary>Access and erasure requests: an admin asks what the tenant holds about an address, and erases it.</summary>
public class SubjectTests
{
    private static object Fabrikam => new
    {
        parties = new object[]
        {
            new { name = "Juan Perez", email = Juan, about = "runs XYZ at Contoso" },
            new { name = "Kim Park", email = "kim@example.net", about = "builds XYZ" },
        },
        reason = "XYZ",
        finalIntro = "send",
    };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AnErasedPartyIsHeldNowhereAndTheirIntroStopsForEveryone(string provider)
    {
        await using var app = new IntroApp(provider, Hearing.Poll());
        using var admin = app.Client();
        using var fabrikam = app.Client("tenant-b", "user-b", "bob@fabrikam.example", "Bob Fabrikam");
        using var fabrikamAdmin = app.Client("tenant-b", "admin-b", "ada@fabrikam.example", "Ada Fabrikam", admin: true);
        var (intro, toJuan, _) = await app.SentIntroAsync();
        var elsewhere = await fabrikam.CreateIntroAsync(Fabrikam);
        app.Store().Reply(Juan, toJuan.Id, "Yes, happy to meet Sue! Send over the intro.");
        await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");

        var held = await admin.GetFromJsonAsync<SubjectResponse>("/api/admin/subject?email=JUAN@Example.com");
        var asParty = Assert.Single(held!.Intros);
        Assert.Equal((intro.Id, "requested", Connector), (asParty.Id, asParty.State, asParty.ConnectorEmail));
        Assert.Equal(("Juan Perez", Juan, "yes", "reply"), (asParty.Party.Name, asParty.Party.Email, asParty.Party.Answer, asParty.Party.AnsweredBy));
        Assert.Contains(asParty.Events, e => e.What == "answeredByReply");
        Assert.StartsWith("Yes, happy to meet Sue!", Assert.Single(asParty.Replies).Excerpt);
        Assert.Contains(asParty.Mail, m => m is { Kind: "request", State: "sent" });
        Assert.Equal(1, asParty.ConsentLinks);
        Assert.Equal(0, held.AsConnector.Count);

        var erase = await admin.PostAsJsonAsync("/api/admin/subject/erase", new { email = " Juan@Example.com " });
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var counts = await erase.Content.ReadFromJsonAsync<ErasureCounts>();
        Assert.Equal((1, 1, 1, 1), (counts!.Intros, counts.Parties, counts.ConsentTokens, counts.Replies));
        Assert.True(counts.Events >= 3, $"events: {counts.Events}");
        Assert.True(counts.OutboxRows >= 1, $"outbox rows: {counts.OutboxRows}");

        Assert.Empty((await admin.GetFromJsonAsync<SubjectResponse>($"/api/admin/subject?email={Juan}"))!.Intros);
        var link = await admin.GetAsync(toJuan.ConsentPath());
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Contains("This link is not valid", await link.Content.ReadAsStringAsync());

        // The connector still sees the intro, cancelled, with the party erased; Sue's follow-up and the final intro never go.
        var after = await admin.GetIntroAsync(intro.Id);
        Assert.Equal("cancelled", after.State);
        Assert.Equal((SubjectErasure.ErasedName, ""), (after.Parties[0].Name, after.Parties[0].Email));
        Assert.Empty(after.Parties[0].Replies);
        await app.AdvanceAsync(days: 10);
        await app.AdvanceAsync();
        var mail = await app.MailAsync();
        Assert.Single(mail.Inbox(Sue));
        Assert.Single(mail.Inbox(Juan), m => m.From?.Address == Connector);
        Assert.DoesNotContain(mail.Sent(), m => m.To.Count > 1);

        // The other tenant's Juan is untouched.
        var theirs = Assert.Single((await fabrikamAdmin.GetFromJsonAsync<SubjectResponse>($"/api/admin/subject?email={Juan}"))!.Intros);
        Assert.Equal((elsewhere.Id, "Juan Perez", "requested"), (theirs.Id, theirs.Party.Name, theirs.State));

        var audit = await AuditAsync(app);
        var line = Assert.Single(audit);
        Assert.Equal((1L, 1L, 1L), (Convert.ToInt64(line["intros"]), Convert.ToInt64(line["parties"]), Convert.ToInt64(line["replies"])));
        var text = JsonSerializer.Serialize(line);
        Assert.DoesNotContain("juan", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Perez", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnAddressHeldNowhereAsAPartyErasesNothingAndTheConnectorsOwnIntrosAreListed()
    {
        await using var app = new IntroApp();
        using var admin = app.Client();
        var intro = await admin.CreateIntroAsync();

        var held = await admin.GetFromJsonAsync<SubjectResponse>($"/api/admin/subject?email={Connector}");
        Assert.Empty(held!.Intros);
        Assert.Equal(intro.Id, Assert.Single(held.AsConnector.Ids));

        foreach (var email in new[] { "nobody@example.com", Connector })
        {
            var erase = await admin.PostAsJsonAsync("/api/admin/subject/erase", new { email });
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
            Assert.Equal(ErasureCounts.None, await erase.Content.ReadFromJsonAsync<ErasureCounts>());
        }
        Assert.Equal("requested", (await admin.GetIntroAsync(intro.Id)).State);
        Assert.Equal(2, (await AuditAsync(app)).Count);
    }

    public static TheoryData<string> BadBodies => new()
    {
        "{}",
        """{"email":""}""",
        """{"email":"juan at example.com"}""",
        """{"email":"juan@example.com\r\nBcc: eve@example.com"}""",
        "{\"email\":\"" + new string('j', 250) + "@example.com\"}",
    };

    [Fact]
    public async Task BadAddressesGetAProblemNamingEmailAndChangeNothing()
    {
        await using var app = new IntroApp();
        using var admin = app.Client();
        var intro = await admin.CreateIntroAsync();

        foreach (var body in BadBodies)
        {
            var response = await admin.PostAsync("/api/admin/subject/erase", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"email\"", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/admin/subject?email=juan")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/admin/subject")).StatusCode);

        Assert.Equal("Juan Perez", (await admin.GetIntroAsync(intro.Id)).Party(Juan).Name);
        Assert.Empty(await AuditAsync(app));
    }

    [Fact]
    public async Task SomeoneWithoutTheAdminRoleCanNeitherSeeNorErase()
    {
        await using var app = new IntroApp();
        using var connector = app.Client();
        var intro = await connector.CreateIntroAsync();
        using var user = app.Client("tenant-a", "user-1", "user@contoso.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/api/admin/subject?email={Juan}")).StatusCode);
        var erase = await user.PostAsJsonAsync("/api/admin/subject/erase", new { email = Juan });
        Assert.Equal(HttpStatusCode.Forbidden, erase.StatusCode);
        Assert.Equal("application/problem+json", erase.Content.Headers.ContentType?.MediaType);

        Assert.Equal("Juan Perez", (await connector.GetIntroAsync(intro.Id)).Party(Juan).Name);
        Assert.Empty(await AuditAsync(app));
    }

    private static async Task<List<IDictionary<string, object>>> AuditAsync(IntroApp app)
    {
        var db = new Db(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(app.Provider), ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using var connection = await db.OpenAsync();
        return (await connection.QueryAsync("SELECT * FROM erasure_audit")).Select(r => (IDictionary<string, object>)r).ToList();
    }
}
