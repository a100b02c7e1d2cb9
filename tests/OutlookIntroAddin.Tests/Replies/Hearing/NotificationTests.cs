using System.Net;
using System.Net.Http.Json;
using GraphSandbox;
using Microsoft.Extensions.DependencyInjection;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>
/// Replies heard through Graph change notifications (the default). The poll interval stays at its
/// default of five minutes, so within a test only a notification or a lifecycle event makes an Inbox due.
/// </summary>
public class NotificationTests
{
    private static async Task<(IntroApp App, Intros.IntroResponse Intro, MailItem ToJuan, MailItem ToSue, string Subscription)> SubscribedAsync()
    {
        var app = new IntroApp();
        var (intro, toJuan, toSue) = await app.SentIntroAsync();
        var watch = await app.SubscribedWatchAsync();
        return (app, intro, toJuan, toSue, watch!.SubscriptionId!);
    }

    [Fact]
    public async Task AYesByReplyIsHeardThroughAChangeNotification()
    {
        var (app, intro, toJuan, _, _) = await SubscribedAsync();
        await using var _ = app;

        app.Store().Reply(Juan, toJuan.Id, "Yes, I'd be glad to meet Sue.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");

        Assert.Equal("reply", heard.Party(Juan).AnsweredBy);
        await app.AdvanceAsync(days: 10);
        var mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);
        Assert.Single(mail.Inbox(Juan));
    }

    [Fact]
    public async Task AMissedNotificationIsCaughtUpByDelta()
    {
        var (app, intro, toJuan, _, subscription) = await SubscribedAsync();
        await using var _ = app;
        var notifications = app.Services.GetRequiredService<SandboxNotifications>();

        notifications.DropNext(1);
        app.Store().Reply(Juan, toJuan.Id, "Yes please, happy to.");
        notifications.SendLifecycleEvent(subscription, SandboxLifecycleEvent.Missed);

        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");
        Assert.Equal("recorded", Assert.Single(heard.Party(Juan).Replies).Status);
    }

    [Fact]
    public async Task AForgedClientStateChangesNothing()
    {
        var (app, _, _, _, subscription) = await SubscribedAsync();
        await using var _ = app;
        var before = await app.WatchAsync();

        using var client = app.Client();
        var response = await client.PostAsJsonAsync("/graph/notifications", new
        {
            value = new[] { new { subscriptionId = subscription, clientState = "guessed", changeType = "created", resource = "Users/x/Messages/y" } },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before, await app.WatchAsync());
    }

    [Fact]
    public async Task TheValidationHandshakeEchoesTheTokenAsPlainText()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.PostAsync("/graph/notifications?validationToken=Validation%3A+Testing+client", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARemovedSubscriptionIsMadeAgain()
    {
        var (app, _, _, _, subscription) = await SubscribedAsync();
        await using var _ = app;

        app.Services.GetRequiredService<SandboxNotifications>().SendLifecycleEvent(subscription, SandboxLifecycleEvent.SubscriptionRemoved);

        await app.WatchWhenAsync(w => w?.SubscriptionId is { } id && id != subscription);
    }

    [Fact]
    public async Task TheSubscriptionIsDeletedOnceNobodyWaits()
    {
        var (app, intro, toJuan, toSue, subscription) = await SubscribedAsync();
        await using var _ = app;
        using var client = app.Client();
        await client.AnswerAsync(toJuan.ConsentPath(), "yes");
        await client.AnswerAsync(toSue.ConsentPath(), "no");

        await app.WatchWhenAsync(w => w is null);
        Assert.Null(app.Services.GetRequiredService<SandboxSubscriptions>().Find(subscription));
    }

    [Fact]
    public async Task AnUnreachableNotificationUrlLeavesCreateWorkingAndRepliesAreStillHeard()
    {
        await using var app = new IntroApp(settings: new()
        {
            ["Intros:PublicBaseUrl"] = "http://127.0.0.1:9",
            ["Graph:ReplyPollInterval"] = "00:00:00.200",
        });
        var (intro, toJuan, _) = await app.SentIntroAsync();

        app.Store().Reply(Juan, toJuan.Id, "Yes, sounds good.");
        await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");
        Assert.Empty(app.Services.GetRequiredService<SandboxSubscriptions>().All());
    }
}
