using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Graph.Models;

namespace GraphSandbox.Tests;

public class NotificationTests
{
    [Fact]
    public async Task AMessageLandingInASubscribedInboxIsNotifiedWithTheClientStateAfterTheSendReturned()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var subscription = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        hooks.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The send completes while the webhook is still holding its answer: it never waits on a notification.
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("For Alice", alice));
        hooks.Hold.SetResult();
        var notification = await hooks.NextAsync("/notify");
        var received = Assert.Single(sandbox.Store.Messages(alice, "inbox"));
        var fetched = await sandbox.Graph(alice).Users[alice].Messages[(string)notification.ResourceData!.AdditionalData["id"]].GetAsync(
            c => c.QueryParameters.Select = ["subject"]);

        Assert.Equal(subscription!.Id!, notification.SubscriptionId.ToString());
        Assert.Equal("secret-state", notification.ClientState);
        Assert.Equal(ChangeType.Created, notification.ChangeType);
        Assert.Equal($"Users/{alice}/Messages/{received.Id}", notification.Resource);
        Assert.Equal("#Microsoft.Graph.Message", notification.ResourceData.OdataType);
        Assert.Equal(notification.Resource, notification.ResourceData.AdditionalData["@odata.id"]);
        Assert.NotNull(notification.TenantId);
        Assert.Equal(subscription.ExpirationDateTime!.Value.ToUnixTimeSeconds(), notification.SubscriptionExpirationDateTime!.Value.ToUnixTimeSeconds());
        Assert.Equal("For Alice", fetched!.Subject);
        await SandboxServer.WaitUntilAsync(() => sandbox.Notifications.Counts(subscription.Id!).Delivered == 1);
    }

    [Fact]
    public async Task OnlyTheSubscribedInboxIsNotifiedNotSentItemsNorOtherMailboxes()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob, carol) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"), Mail.NewAddress("carol"));
        var subscription = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Alice writes", bob));
        await sandbox.Graph(carol).SendAsync(carol, Mail.Draft("Carol to Bob", bob));
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("Bob to Alice", alice));
        var notification = await hooks.NextAsync("/notify");

        Assert.Equal(sandbox.Store.Messages(alice, "inbox").Single().Id, notification.ResourceData!.AdditionalData["id"]);
        await SandboxServer.WaitUntilAsync(() => sandbox.Notifications.Counts(subscription!.Id!) is { Pending: 0 });
        Assert.Equal(1, sandbox.Notifications.Counts(subscription!.Id!).Delivered);
        Assert.Equal(0, hooks.Waiting("/notify"));
    }

    [Fact]
    public async Task AnExpiredSubscriptionSendsNothingAndIsGone()
    {
        var clock = new SandboxClock();
        await using var sandbox = await SandboxServer.StartAsync(clock: clock);
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var graph = sandbox.Graph(alice);
        var expiring = await graph.Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages", DateTimeOffset.UtcNow.AddHours(1)));

        clock.Advance(TimeSpan.FromHours(2));
        var sentinel = await graph.Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages", clock.GetUtcNow().AddHours(1)));
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("After expiry", alice));
        var notification = await hooks.NextAsync("/notify");

        Assert.Equal(sentinel!.Id!, notification.SubscriptionId.ToString());
        Assert.Equal(new SandboxNotificationCounts(expiring!.Id!, 0, 0, 0, 0, 0, 0, 0), sandbox.Notifications.Counts(expiring.Id!));
        Assert.Null(sandbox.Subscriptions.Find(expiring.Id!));
        Assert.Equal(sentinel.Id!, Assert.Single((await graph.Subscriptions.GetAsync())!.Value!).Id);
    }

    [Fact]
    public async Task SubscriptionRemovedIsSentToTheLifecycleUrlAndTheSubscriptionSendsNothingMore()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var removed = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        sandbox.Notifications.SendLifecycleEvent(removed!.Id!, SandboxLifecycleEvent.SubscriptionRemoved);
        var lifecycle = await hooks.NextAsync("/lifecycle");
        var sentinel = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("After removal", alice));
        var notification = await hooks.NextAsync("/notify");

        Assert.Equal((LifecycleEventType.SubscriptionRemoved, "secret-state"), (lifecycle.LifecycleEvent, lifecycle.ClientState));
        Assert.Equal(removed.Id!, lifecycle.SubscriptionId.ToString());
        Assert.Null(lifecycle.Resource);
        await SandboxServer.WaitUntilAsync(() => sandbox.Notifications.Counts(removed.Id!).LifecycleDelivered == 1);

        Assert.Equal(sentinel!.Id!, notification.SubscriptionId.ToString());
        Assert.Equal((0, 0), sandbox.Notifications.Counts(removed.Id!) is var c ? (c.Delivered, c.Pending) : default);
        Assert.Null(sandbox.Subscriptions.Find(removed.Id!));
    }

    [Fact]
    public async Task ReauthorizationRequiredAndMissedComeThroughTheControlRouteAndReauthorizeClearsTheMark()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        var subscription = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        var id = subscription!.Id!;

        var reauthorize = await sandbox.Http.PostAsync($"/_sandbox/subscriptions/{id}/lifecycle/reauthorizationRequired", null);
        var first = await hooks.NextAsync("/lifecycle");
        var marked = sandbox.Subscriptions.Find(id)!.ReauthorizationRequired;
        await sandbox.Graph(alice).Subscriptions[id].Reauthorize.PostAsync();
        var missed = await sandbox.Http.PostAsync($"/_sandbox/subscriptions/{id}/lifecycle/missed", null);
        var second = await hooks.NextAsync("/lifecycle");
        var unknown = await sandbox.Http.PostAsync("/_sandbox/subscriptions/nope/lifecycle/missed", null);
        var badEvent = await sandbox.Http.PostAsync($"/_sandbox/subscriptions/{id}/lifecycle/sleepy", null);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (reauthorize.StatusCode, missed.StatusCode));
        Assert.Equal((LifecycleEventType.ReauthorizationRequired, LifecycleEventType.Missed), (first.LifecycleEvent, second.LifecycleEvent));
        Assert.True(marked);
        Assert.False(sandbox.Subscriptions.Find(id)!.ReauthorizationRequired);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unknown.StatusCode, badEvent.StatusCode));
    }

    [Fact]
    public async Task ADroppedNotificationIsCountedAndTheNextOneArrives()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var subscription = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        var drop = await sandbox.Http.PostAsync("/_sandbox/notifications/drop?count=1", null);
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("Missed", alice));
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("Seen", alice));
        var notification = await hooks.NextAsync("/notify");
        using var counts = JsonDocument.Parse(await sandbox.Http.GetStringAsync("/_sandbox/notifications"));

        Assert.Equal(HttpStatusCode.OK, drop.StatusCode);
        Assert.Equal(sandbox.Store.Messages(alice, "inbox").Single(m => m.Subject == "Seen").Id, notification.ResourceData!.AdditionalData["id"]);
        var mine = counts.RootElement.GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("subscriptionId").GetString() == subscription!.Id!);
        Assert.Equal(1, mine.GetProperty("dropped").GetInt32());
        Assert.Equal(0, counts.RootElement.GetProperty("dropNext").GetInt32());
    }

    [Fact]
    public async Task AWebhookAnsweringNon2xxIsRetriedThenGivenUpOnAndCounted()
    {
        await using var sandbox = await SandboxServer.StartAsync(o => (o.NotificationRetries, o.NotificationRetryDelay) = (2, TimeSpan.FromMilliseconds(10)));
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var subscription = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        var id = subscription!.Id!;

        hooks.FailNext(2);
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("Third time lucky", alice));
        await hooks.NextAsync("/notify");
        await SandboxServer.WaitUntilAsync(() => sandbox.Notifications.Counts(id).Delivered == 1);
        hooks.FailNext(3);
        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("Never acknowledged", alice));
        await SandboxServer.WaitUntilAsync(() => sandbox.Notifications.Counts(id).Failed == 1);

        Assert.Equal(new SandboxNotificationCounts(id, 1, 1, 0, 4, 0, 0, 0), sandbox.Notifications.Counts(id));
    }

    [Fact]
    public async Task TheHostCanReplaceTheHttpClientTheSandboxCallsWebhooksWith()
    {
        var seen = new List<string>();
        await using var sandbox = await SandboxServer.StartAsync(services: s => s
            .AddHttpClient(GraphSandboxExtensions.WebhookHttpClientName)
            .AddHttpMessageHandler(() => new RecordingHandler(seen)));
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");

        await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        Assert.Contains(seen, url => url.StartsWith(hooks.Url("/notify?validationToken=")));
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
                seen.Add(request.RequestUri!.ToString());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
