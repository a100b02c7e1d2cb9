using System.Diagnostics;
using Dapper;
using GraphSandbox;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// The server with <paramref name="connectors"/> connectors, each with <paramref name="introsPerConnector"/>
/// intros whose requests went out, and every connector's Inbox watched: subscribed (notifications mode),
/// caught up once by delta, each request's thread known. What the reply benchmarks start from.
/// </summary>
public sealed class WatchedInboxes : IAsyncDisposable
{
    public required BenchApp App { get; init; }
    public required string Mode { get; init; }
    public required TimeSpan Interval { get; init; }
    public required int Connectors { get; init; }
    public required IReadOnlyList<string> IntroIds { get; init; }

    /// <summary>In notifications mode, whether Graph could validate the notification URL (else every Inbox is polled).</summary>
    public required bool Subscribed { get; init; }

    public string Setting => Mode == "notifications" && !Subscribed ? "notifications, notification URL unreachable" : Mode;

    public int PendingParties => 2 * IntroIds.Count;

    public static async Task<WatchedInboxes> StartAsync(string mode, TimeSpan interval, int connectors, int introsPerConnector, int concurrency, CancellationToken ct,
        string? publicBaseUrl = null)
    {
        var subscribed = mode == "notifications" && publicBaseUrl is null;
        var settings = new Dictionary<string, string?>
        {
            ["Graph:ReplyDetection"] = mode,
            ["Graph:ReplyPollInterval"] = interval.ToString("c"),
            // Exchange's 30 mails a minute would only make the set-up slow; it plays no part in hearing replies.
            ["Graph:MessagesPerMinute"] = "0",
            // The reply loop also wakes on this (real-time) period; short, so a poll-mode latency reflects the poll interval alone.
            ["Work:PollInterval"] = "00:00:00.100",
        };
        if (publicBaseUrl is not null) settings["Intros:PublicBaseUrl"] = publicBaseUrl;
        var app = new BenchApp(settings);
        try
        {
            var clients = Enumerable.Range(0, connectors).Select(c => app.Http($"bench-tenant/hear-{c}/hear.{c}@contoso.example/Connector {c}")).ToArray();
            var intros = connectors * introsPerConnector;
            Benchmarks.Progress($"replies ({mode}, poll interval {interval}): {intros:N0} intros, {2 * intros:N0} pending parties across {connectors} connectors");
            var created = await ApiLoad.CreateIntrosAsync(clients, intros, concurrency, "hear", ct);
            foreach (var client in clients) client.Dispose();
            var watched = new WatchedInboxes { App = app, Mode = mode, Interval = interval, Connectors = connectors, IntroIds = created.Ids, Subscribed = subscribed };
            await watched.UntilAsync("every request sent and every Inbox watched", TimeSpan.FromMinutes(3), async connection =>
                await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM parties WHERE requested_at IS NULL") == 0
                && await connection.QuerySingleAsync<long>(
                    "SELECT COUNT(*) FROM reply_watches WHERE delta_link IS NOT NULL AND (@poll OR subscription_id IS NOT NULL)",
                    new { poll = !subscribed }) == connectors, ct);
            // A request that went out after its Inbox's first catch-up has its thread read by the next one: one poll
            // interval on, the set-up's own reads are done, and none of them falls into a measurement.
            app.Get<SandboxClock>().Advance(interval);
            await watched.CaughtUpAsync(ct);
            await watched.UntilAsync("every request's thread known", TimeSpan.FromSeconds(10), async connection =>
                await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM parties WHERE request_conversation_id IS NULL") == 0, ct);
            return watched;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until no watch is due or claimed at the sandbox clock's present: one catch-up of each due Inbox has finished.</summary>
    public Task CaughtUpAsync(CancellationToken ct)
    {
        var now = App.Get<SandboxClock>().GetUtcNow().ToUnixTimeMilliseconds();
        return UntilAsync("every due Inbox caught up", TimeSpan.FromSeconds(60), async connection =>
            await connection.QuerySingleAsync<long>(
                "SELECT COUNT(*) FROM reply_watches WHERE claimed_until IS NOT NULL OR delta_due_at IS NULL OR delta_due_at <= @now", new { now }) == 0, ct);
    }

    public async Task UntilAsync(string what, TimeSpan limit, Func<System.Data.Common.DbConnection, Task<bool>> done, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var connection = await App.Db.OpenAsync(ct))
            {
                if (await done(connection)) return;
            }
            if (clock.Elapsed > limit) throw new TimeoutException($"Not reached within {limit}: {what}.");
            await Task.Delay(20, ct);
        }
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
