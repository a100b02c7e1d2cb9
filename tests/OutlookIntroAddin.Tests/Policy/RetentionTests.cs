using System.Net;
using System.Net.Http.Json;
using Dapper;
using GraphSandbox;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Policy;
using Microsoft.Extensions.DependencyInjection;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Policy;

public class RetentionTests
{
    private static object Retention(int days) =>
        new { followUpAfterBusinessDays = 7, expireAfterBusinessDays = 7, finalIntro = "send", sendCheck = "prompt", retentionDays = days, notifyConnector = true, relationshipMonths = 6, outcomeAfterBusinessDays = 14 };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AClosedIntroIsDeletedWithItsLinksAfterTheRetentionAndAnOpenOneStays(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/admin/policy", Retention(10))).StatusCode);
        var closed = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var link = mail.Inbox(Juan).Single().ConsentPath();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/intros/{closed.Id}/cancel", null)).StatusCode);
        var open = await client.CreateIntroAsync(new
        {
            parties = new object[] { new { name = "Ann Other", email = "ann@example.net" }, new { name = "Bo Else", email = "bo@example.net" } },
        });

        // Within the retention (and the links' 30-day grace) the link still says the intro is closed.
        await app.AdvanceAsync(days: 5);
        Assert.Contains("closed", await client.GetStringAsync(link));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/intros/{closed.Id}")).StatusCode);

        await app.AdvanceAsync(days: 6);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/intros/{closed.Id}")).StatusCode);
        var page = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("This link is not valid", await page.Content.ReadAsStringAsync());
        Assert.Equal(0, await RowsOfAsync(app, closed.Id));
        Assert.Equal("requested", (await client.GetIntroAsync(open.Id)).State);
        Assert.True(await RowsOfAsync(app, open.Id) > 0);
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AClosedIntroWithMailStillOwedIsKeptAndOtherTenantsKeepTheirOwnRetention(string provider)
    {
        // Nothing is dispatched here, so the final intro of an intro both agreed to is still owed.
        await using var app = new IntroApp(provider, new() { ["Work:Enabled"] = "false" });
        using var admin = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", Retention(10))).StatusCode);
        var owed = await admin.CreateIntroAsync(new
        {
            parties = new object[] { new { name = "Juan Perez", email = Juan, alreadyAgreed = true }, new { name = "Sue Lee", email = Sue, alreadyAgreed = true } },
        });
        Assert.Equal("introduced", owed.State);
        var settled = await admin.CreateIntroAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/intros/{settled.Id}/cancel", null)).StatusCode);
        using var otherTenant = app.Client("tenant-b", "user-1", "owner@fabrikam.example");
        var defaultRetention = await otherTenant.CreateIntroAsync();
        Assert.Equal(HttpStatusCode.OK, (await otherTenant.PostAsync($"/api/intros/{defaultRetention.Id}/cancel", null)).StatusCode);

        app.Services.GetRequiredService<SandboxClock>().Advance(TimeSpan.FromDays(11));
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
        Assert.Equal(1, await app.Services.GetRequiredService<RetentionPurge>().PurgeAsync(now, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/intros/{settled.Id}")).StatusCode);
        Assert.Equal("introduced", (await admin.GetIntroAsync(owed.Id)).State);
        Assert.Equal(HttpStatusCode.OK, (await otherTenant.GetAsync($"/api/intros/{defaultRetention.Id}")).StatusCode);
    }

    /// <summary>Rows anywhere that still belong to the intro.</summary>
    private static async Task<int> RowsOfAsync(IntroApp app, string introId)
    {
        var db = new Db(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(app.Provider), ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using var connection = await db.OpenAsync();
        var total = 0;
        foreach (var sql in new[]
        {
            "SELECT COUNT(*) FROM intros WHERE id = @introId", "SELECT COUNT(*) FROM parties WHERE intro_id = @introId",
            "SELECT COUNT(*) FROM consent_tokens WHERE intro_id = @introId", "SELECT COUNT(*) FROM intro_events WHERE intro_id = @introId",
            "SELECT COUNT(*) FROM outbox WHERE intro_id = @introId",
        })
        {
            total += await connection.ExecuteScalarAsync<int>(sql, new { introId });
        }
        return total;
    }
}
