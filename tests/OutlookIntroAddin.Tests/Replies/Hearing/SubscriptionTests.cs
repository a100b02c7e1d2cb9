using GraphSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>
/// A watched Inbox's Graph subscription over its life: its lifetime, renewal, reauthorization, and
/// polling when Graph cannot validate the notification URL. The poll interval stays at five minutes
/// unless a test says otherwise, so only the clock or a lifecycle event makes an Inbox due.
/// </summary>
public class SubscriptionTests
{
    /// <summary>Outlook messages' maximum on Graph's subscription resource page.</summary>
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10_080);

    private static async Task<(IntroApp App, SandboxSubscription Subscription)> SubscribedAsync()
    {
        var app = new IntroApp();
        await app.SentIntroAsync();
        var watch = await app.SubscribedWatchAsync();
        return (app, app.Services.GetRequiredService<SandboxSubscriptions>().Find(watch!.SubscriptionId!)!);
    }

    [Fact]
    public async Task TheSubscriptionLastsUnderSevenDaysAndIsRenewedByPatchBeforeItExpires()
    {
        var (app, subscription) = await SubscribedAsync();
        await using var _ = app;
        var clock = app.Services.GetRequiredService<SandboxClock>();
        var subscriptions = app.Services.GetRequiredService<SandboxSubscriptions>();
        var lifetime = subscription.ExpirationDateTime - clock.GetUtcNow();
        Assert.InRange(lifetime, TimeSpan.FromDays(1), MaxLifetime);

        // Two days on, less than a day is left: the next catch-up renews it, in place.
        await app.AdvanceAsync(days: 2);
        var renewed = await WhenAsync(() => subscriptions.Find(subscription.Id) is { } s && s.ExpirationDateTime > subscription.ExpirationDateTime
            ? s : null);
        Assert.InRange(renewed.ExpirationDateTime - clock.GetUtcNow(), TimeSpan.FromDays(1), MaxLifetime);
        Assert.Equal(1, app.GraphStats.RequestsByRoute.GetValueOrDefault("createSubscription"));
        Assert.True(app.GraphStats.RequestsByRoute.GetValueOrDefault("updateSubscription") >= 1);

        // Past the first expiry, the same subscription is still live and the watch still holds it.
        await app.AdvanceAsync(days: 2);
        await app.WatchWhenAsync(w => w?.DeltaDueAt > clock.GetUtcNow().ToUnixTimeMilliseconds());
        Assert.NotNull(subscriptions.Find(subscription.Id));
        Assert.Equal(subscription.Id, (await app.WatchAsync())!.SubscriptionId);
    }

    [Fact]
    public async Task AReauthorizationRequiredIsAnsweredByRenewingTheSameSubscriptionThroughPatch()
    {
        var (app, subscription) = await SubscribedAsync();
        await using var _ = app;
        var subscriptions = app.Services.GetRequiredService<SandboxSubscriptions>();
        var patchesBefore = app.GraphStats.RequestsByRoute.GetValueOrDefault("updateSubscription");

        app.Services.GetRequiredService<SandboxNotifications>().SendLifecycleEvent(subscription.Id, SandboxLifecycleEvent.ReauthorizationRequired);

        await WhenAsync(() => subscriptions.Find(subscription.Id) is { ReauthorizationRequired: false } s
            && app.GraphStats.RequestsByRoute.GetValueOrDefault("updateSubscription") > patchesBefore ? s : null);
        Assert.Equal(1, app.GraphStats.RequestsByRoute.GetValueOrDefault("createSubscription"));
        Assert.Equal(subscription.Id, (await app.WatchAsync())!.SubscriptionId);
    }

    [Theory]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status200OK)]
    public async Task AFailedValidationHandshakeIsRefusedAndThatInboxIsPolled(int answer)
    {
        // 200 here never comes in time: the webhook holds the validation request past Graph's timeout.
        await using var webhook = await RefusingWebhook.StartAsync(answer, holdFor: answer == StatusCodes.Status200OK ? TimeSpan.FromSeconds(5) : TimeSpan.Zero);
        await using var app = new IntroApp(
            settings: new() { ["Intros:PublicBaseUrl"] = webhook.Origin, ["Graph:ReplyPollInterval"] = "00:00:00.200" },
            services: s => s.AddSingleton(new SandboxOptions { ValidationTimeout = TimeSpan.FromMilliseconds(300) }));
        var (intro, toJuan, _) = await app.SentIntroAsync();
        await WhenAsync(() => webhook.ValidationRequests > 0 ? "asked" : null);

        app.Store().Reply(Juan, toJuan.Id, "Yes, sounds good.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");

        Assert.Equal("reply", heard.Party(Juan).AnsweredBy);
        Assert.Empty(app.Services.GetRequiredService<SandboxSubscriptions>().All());
        Assert.Null((await app.WatchAsync())?.SubscriptionId);
        Assert.True(app.GraphStats.RequestsByRoute.GetValueOrDefault("createSubscription") >= 1);
    }

    [Fact]
    public async Task ARefusedSubscriptionIsTriedAgainAfterAnHourNotAtEveryCatchUp()
    {
        await using var webhook = await RefusingWebhook.StartAsync(StatusCodes.Status500InternalServerError, TimeSpan.Zero);
        await using var app = new IntroApp(settings: new() { ["Intros:PublicBaseUrl"] = webhook.Origin });
        var clock = app.Services.GetRequiredService<SandboxClock>();
        await app.SentIntroAsync();
        await WhenAsync(() => webhook.ValidationRequests > 0 ? "asked" : null);
        await CaughtUpAsync(app, clock);
        var (creates, deltas) = (Requests(app, "createSubscription"), Requests(app, "delta"));

        // Eleven catch-ups, five minutes apart, within the hour: each reads the Inbox, none subscribes again.
        for (var i = 0; i < 11; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            await CaughtUpAsync(app, clock);
        }
        Assert.Equal((creates, deltas + 11), (Requests(app, "createSubscription"), Requests(app, "delta")));

        clock.Advance(TimeSpan.FromMinutes(5));
        await CaughtUpAsync(app, clock);
        Assert.Equal((creates + 1, deltas + 12), (Requests(app, "createSubscription"), Requests(app, "delta")));
    }

    private static long Requests(IntroApp app, string route) => app.GraphStats.RequestsByRoute.GetValueOrDefault(route);

    /// <summary>Waits (bounded) until the demo connector's Inbox was caught up at the sandbox clock's present.</summary>
    private static async Task CaughtUpAsync(IntroApp app, SandboxClock clock)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await app.WatchWhenAsync(w => w?.DeltaDueAt > now);
    }

    /// <summary>Waits (bounded) until <paramref name="found"/> returns something, and returns it.</summary>
    private static async Task<T> WhenAsync<T>(Func<T?> found, int seconds = 90) where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (found() is { } value) return value;
            if (DateTime.UtcNow > until) throw new TimeoutException("The expected state never came.");
            await Task.Delay(50);
        }
    }

    /// <summary>A notification URL on loopback that answers Graph's validation request with a status of its choosing, late if asked.</summary>
    private sealed class RefusingWebhook(WebApplication app, string origin) : IAsyncDisposable
    {
        private int _validations;

        public string Origin { get; } = origin;
        public int ValidationRequests => Volatile.Read(ref _validations);

        public static async Task<RefusingWebhook> StartAsync(int status, TimeSpan holdFor)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            RefusingWebhook? webhook = null;
            app.MapPost("/{**path}", async (HttpContext http) =>
            {
                Interlocked.Increment(ref webhook!._validations);
                if (holdFor > TimeSpan.Zero) await Task.Delay(holdFor, http.RequestAborted).ContinueWith(_ => { });
                return Results.Text(http.Request.Query["validationToken"].ToString(), "text/plain", statusCode: status);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return webhook = new RefusingWebhook(app, address);
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
