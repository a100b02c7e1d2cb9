using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// "Not now, ask me after …" keeps its promise, and silence is told: an intro that closes for
/// silence closes for everyone still waiting, with one note to the connector and nothing to the parties.
/// </summary>
public class NotNowAndSilenceTests
{
    private static object Policy(bool notifyConnector) =>
        new { followUpAfterBusinessDays = 7, expireAfterBusinessDays = 7, finalIntro = "send", sendCheck = "prompt", retentionDays = 365, notifyConnector, relationshipMonths = 6, outcomeAfterBusinessDays = 14 };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task NotNowWithADateKeepsTheIntroOpenAndChecksBackOnceInTheThreadAfterIt(string provider)
    {
        await using var app = new IntroApp(provider);
        app.SetWorkingWeek(Connector, "UTC");
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "yes");
        var request = mail.Inbox(Sue).Single();
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(request.ConsentPath(), "notNow", "2026-12-10")).StatusCode);

        // Thursday the 10th: asked again on Friday the 11th, the first working day after it, in the morning.
        var waiting = await client.GetIntroAsync(intro.Id);
        Assert.Equal("requested", waiting.State);
        Assert.Equal(("notNow", "2026-12-10"), (waiting.Parties[1].Answer, waiting.Parties[1].NotNowUntil));
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero), waiting.Parties[1].AskAgainAt);

        await app.AdvanceAsync(days: 15);
        Assert.Single((await app.MailAsync()).Inbox(Sue));
        await app.AdvanceAsync(days: 1);
        mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);
        var checkBack = mail.Inbox(Sue).OrderBy(m => m.SentAt).Last();
        Assert.Equal(request.ConversationId, checkBack.ConversationId);
        Assert.Equal([Sue], checkBack.To.Select(p => p.Address));
        Assert.Contains("You asked me to check back after December 10", checkBack.Body);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[1].Answer);

        // Its link works, and a yes now completes the intro.
        await client.AnswerAsync(checkBack.ConsentPath(), "yes");
        Assert.Equal("introduced", (await app.IntroWhenAsync(intro.Id, i => i.State == "introduced")).State);
        await app.AdvanceAsync(days: 30);
        Assert.Equal(2, (await app.MailAsync()).Inbox(Sue).Count(m => m.To.Count == 1));
    }

    [Fact]
    public async Task SilentAfterTheCheckBackTheyAreFollowedUpOnceThenLetGo()
    {
        await using var app = new IntroApp();
        var (client, intro, mail) = await JuanSaidYesAsync(app);
        using var _ = client;
        await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "notNow", "2026-12-10");
        await app.AdvanceAsync(days: 16);
        await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);

        // Checked back on Friday the 11th; seven business days later, the single follow-up.
        await app.AdvanceAsync(days: 10);
        Assert.Equal(2, (await app.MailAsync()).Inbox(Sue).Count());
        await app.AdvanceAsync(days: 1);
        await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 3);
        await app.AdvanceAsync(days: 11);
        var closed = await app.IntroWhenAsync(intro.Id, i => i.State == "expired");
        Assert.Equal("expired", closed.Parties[1].Answer);

        await app.AdvanceAsync(days: 30);
        mail = await app.MailAsync();
        Assert.Equal(3, mail.Inbox(Sue).Count());
        Assert.Contains("Sue Lee did not answer", Assert.Single(mail.Inbox(Connector), m => m.To.Count == 1 && m.To[0].Address == Connector).Body);
    }

    [Fact]
    public async Task AFollowedUpPartyIsNotFollowedUpAgainAfterTheCheckBack()
    {
        await using var app = new IntroApp();
        var (client, intro, mail) = await JuanSaidYesAsync(app);
        using var _ = client;
        // Sue is followed up on Friday 4 December, then says not now until the 10th.
        await app.AdvanceAsync(days: 9);
        mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);
        await client.AnswerAsync(mail.Inbox(Sue).OrderBy(m => m.SentAt).Last().ConsentPath(), "notNow", "2026-12-10");

        // Checked back on Friday the 11th; having had their one follow-up, they are let go seven business days later.
        await app.AdvanceAsync(days: 7);
        await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 3);
        await app.AdvanceAsync(days: 10);
        Assert.Equal("requested", (await client.GetIntroAsync(intro.Id)).State);
        await app.AdvanceAsync(days: 1);
        Assert.Equal("expired", (await app.IntroWhenAsync(intro.Id, i => i.State == "expired")).State);
        await app.AdvanceAsync(days: 30);
        Assert.Equal(3, (await app.MailAsync()).Inbox(Sue).Count());
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task WhenBothStaySilentBothCloseAndTheConnectorAloneIsToldOnce(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        await app.MailWhenAsync(m => m.Sent().Count() == 2);

        await BothFollowedUpThenSilentAsync(app);
        var closed = await app.IntroWhenAsync(intro.Id, i => i.State == "expired");
        Assert.All(closed.Parties, p => Assert.Equal("expired", p.Answer));
        Assert.Equal(2, closed.Events.Count(e => e.What == "expired" && e.PartyId is not null));

        var mail = await app.MailWhenAsync(m => m.Inbox(Connector).Any());
        await app.AdvanceAsync(days: 10);
        mail = await app.MailAsync();
        var notice = Assert.Single(mail.Inbox(Connector));
        Assert.Equal([Connector], notice.To.Select(p => p.Address));
        Assert.Empty(notice.Cc);
        Assert.Empty(notice.Bcc);
        Assert.Contains("Neither Juan Perez nor Sue Lee answered your requests", notice.Body);
        Assert.DoesNotContain("/consent/", notice.Body);
        Assert.Equal(2, mail.Inbox(Juan).Count());
        Assert.Equal(2, mail.Inbox(Sue).Count());
        Assert.Contains((await client.GetIntroAsync(intro.Id)).Events, e => e.What == "connectorNotified");
    }

    [Fact]
    public async Task ATenantCanTurnTheConnectorsNoteOff()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/admin/policy", Policy(notifyConnector: false))).StatusCode);
        var intro = await client.CreateIntroAsync();
        await app.MailWhenAsync(m => m.Sent().Count() == 2);

        await BothFollowedUpThenSilentAsync(app);
        await app.IntroWhenAsync(intro.Id, i => i.State == "expired");
        await app.AdvanceAsync(days: 10);
        var mail = await app.MailAsync();
        Assert.Empty(mail.Inbox(Connector));
        Assert.Equal(4, mail.Sent().Count());
    }

    /// <summary>Both are followed up on Friday 4 December and stay silent past their expiry on the 15th.</summary>
    private static async Task BothFollowedUpThenSilentAsync(IntroApp app)
    {
        await app.AdvanceAsync(days: 9);
        await app.MailWhenAsync(m => m.Inbox(Juan).Count() == 2 && m.Inbox(Sue).Count() == 2);
        await app.AdvanceAsync(days: 11);
    }

    /// <summary>An intro of a connector working in UTC whose requests went out and whose first party, Juan, said yes.</summary>
    private static async Task<(HttpClient Client, Intros.IntroResponse Intro, List<MailItem> Mail)> JuanSaidYesAsync(IntroApp app)
    {
        app.SetWorkingWeek(Connector, "UTC");
        var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "yes");
        return (client, intro, mail);
    }
}
