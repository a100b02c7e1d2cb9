using GraphSandbox;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// Exchange sends asynchronously: after Graph's 202 the draft stays a draft for a while and its
/// Sent Items copy is not there yet (https://learn.microsoft.com/graph/outlook-immutable-id). A
/// retry in that window must neither send the draft again nor make a new one.
/// </summary>
public class ExchangeSendsLaterTests
{
    [Fact]
    public async Task ARetryWhileExchangeIsStillSendingWaitsAndTheMailGoesOutOnce()
    {
        await using var app = new IntroApp();
        // Both requests are accepted, answered 504, and stay drafts for six seconds; the retry comes after about two.
        app.Faults.Set(new SandboxFaultSettings { SendDelayMs = 6_000, Next504AfterSend = 2 });
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();

        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any(), seconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await app.AdvanceAsync();
        mail = await app.MailAsync();

        Assert.Single(mail.Inbox(Juan));
        Assert.Single(mail.Inbox(Sue));
        Assert.Equal(2, mail.Sent().Count());
        Assert.DoesNotContain(mail, m => m.Folder == "drafts");
        Assert.Equal(2, app.GraphStats.Snapshot().GatewayTimeouts504);
        var recorded = await app.IntroWhenAsync(intro.Id, i => i.Parties.All(p => p.RequestedAt is not null));
        Assert.All(recorded.Parties, p => Assert.Equal("pending", p.Answer));
    }

    [Fact]
    public async Task ADraftGraphRefusedOutrightIsSentAgainWithoutWaiting()
    {
        await using var app = new IntroApp(settings: new() { ["Graph:SendGrace"] = "01:00:00" });
        // 503 turns the send away before Exchange acts; waiting an hour for it would only delay the mail.
        app.Faults.Set(new SandboxFaultSettings { Next503OnSend = 2, RetryAfterSeconds = 1 });
        using var client = app.Client();
        await client.CreateIntroAsync();

        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any(), seconds: 60);
        Assert.Equal(2, mail.Sent().Count());
    }
}
