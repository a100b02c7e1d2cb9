using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Intros;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Policy;

/// <summary>The server follows the tenant's policy, not only the configured defaults.</summary>
public class PolicyInUseTests
{
    private static object PolicyBody(int followUp = 7, int expire = 7, string finalIntro = "send", int retention = 365) =>
        new { followUpAfterBusinessDays = followUp, expireAfterBusinessDays = expire, finalIntro, sendCheck = "prompt", retentionDays = retention, notifyConnector = true, relationshipMonths = 6, outcomeAfterBusinessDays = 14 };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AFollowUpComesAfterTheTenantsOwnNumberOfBusinessDays(string provider)
    {
        await using var app = new IntroApp(provider);
        app.SetWorkingWeek(Connector, "Pacific Standard Time");
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/admin/policy", PolicyBody(followUp: 2, expire: 1))).StatusCode);
        var intro = await client.CreateIntroAsync();
        await app.MailWhenAsync(m => m.Sent().Count() == 2);

        // Sent Wednesday 09:00 in Seattle: two business days later is Friday 09:00, not Friday of next week.
        await app.AdvanceAsync(days: 1);
        Assert.Single((await app.MailAsync()).Inbox(Sue));
        await app.AdvanceAsync(days: 1);
        var mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2 && m.Inbox(Juan).Count() == 2);
        Assert.StartsWith("RE:", mail.Inbox(Sue).OrderBy(m => m.SentAt).Last().Subject, StringComparison.OrdinalIgnoreCase);

        // Followed up on a Friday: one business day later is Monday, across the weekend.
        await app.AdvanceAsync(days: 2);
        Assert.Equal("requested", (await client.GetIntroAsync(intro.Id)).State);
        await app.AdvanceAsync(days: 1);
        Assert.Equal("expired", (await client.GetIntroAsync(intro.Id)).State);
    }

    [Fact]
    public async Task ACreateRequestWithoutFinalIntroTakesTheTenantsDefault()
    {
        await using var app = new IntroApp();
        using var admin = app.Client("tenant-a", "admin-1", "admin@contoso.example", "Ada Admin", admin: true);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", PolicyBody(finalIntro: "review"))).StatusCode);
        var body = new
        {
            parties = new object[] { new { name = "Juan Perez", email = Juan }, new { name = "Sue Lee", email = Sue } },
            reason = "you are both deep into XYZ",
        };

        using var colleague = app.Client("tenant-a", "user-2", "colleague@contoso.example");
        Assert.Equal("review", (await colleague.CreateIntroAsync(body)).FinalIntro);
        Assert.Equal("send", (await colleague.CreateIntroAsync(IntroBody(finalIntro: "send"))).FinalIntro);
        using var elsewhere = app.Client("tenant-b", "user-2", "someone@fabrikam.example");
        Assert.Equal("send", (await elsewhere.CreateIntroAsync(body)).FinalIntro);
    }
}
