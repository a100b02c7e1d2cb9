using GraphSandbox;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: while no mail arrives, at most one Graph request per watched mailbox per poll interval.
/// The sandbox clock is moved one poll interval at a time through a whole hour, and each step waits
/// until every Inbox was caught up; the sandbox counts every Graph request the server made.
/// </summary>
public static class ReplyRequests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static async Task<Measurement> RunAsync(WatchedInboxes watched, CancellationToken ct)
    {
        var stats = watched.App.Get<SandboxStats>();
        var clock = watched.App.Get<SandboxClock>();
        var steps = (int)(Hour / watched.Interval);
        Benchmarks.Progress($"replies ({watched.Setting}): one idle hour, {steps} poll intervals, {watched.Connectors} mailboxes");
        stats.Reset();
        for (var step = 0; step < steps; step++)
        {
            clock.Advance(watched.Interval);
            await watched.CaughtUpAsync(ct);
        }
        var seen = stats.Snapshot();
        var perMailboxHour = (double)seen.TotalRequests / watched.Connectors;
        var perInterval = perMailboxHour / steps;
        var pass = perInterval <= 1;
        var routes = string.Join("\n", seen.RequestsByRoute.OrderByDescending(r => r.Value).Select(r => $"| `{r.Key}` | {r.Value:N0} |"));
        var details = $"""
            `Graph:ReplyDetection={watched.Mode}`, `Graph:ReplyPollInterval={watched.Interval:c}` (the default). {watched.PendingParties:N0} parties wait for an answer across {watched.Connectors} connectors ({watched.PendingParties / watched.Connectors} each); every request went out and every Inbox was caught up once{(watched.Subscribed ? " and subscribed" : "")}{(watched.Mode == "notifications" && !watched.Subscribed ? $" (`Intros:PublicBaseUrl` is a loopback port nobody listens on, so Graph's validation request fails and every subscription is refused with a 400)" : "")} before the count starts. No mail arrives during the hour. The sandbox clock (the product's time) is moved ahead one poll interval at a time, {steps} times, and each step waits until no watch is due or claimed, so this is a full hour of the product's time, not an extrapolation; it took seconds of wall clock. Requests are counted by the Graph sandbox as they arrive.

            | | |
            |---|---:|
            | Graph requests in the hour | {seen.TotalRequests:N0} |
            | Per mailbox-hour | {perMailboxHour:0.##} |
            | Per mailbox per poll interval | {perInterval:0.###} |

            | Route | Requests |
            |---|---:|
            {routes}

            {(watched.Subscribed ? "Not in this hour: each subscription is renewed by one `PATCH /subscriptions/{id}` when less than a day of its three days is left, about one request per mailbox every two days (≈ 0.02 per mailbox-hour)." : "")}
            """;
        return new Measurement(
            $"Graph requests while idle, {watched.Setting}, {watched.PendingParties:N0} pending parties across {watched.Connectors} connectors",
            $"**{perMailboxHour:0.##}** per mailbox-hour = **{perInterval:0.###}** per mailbox per {watched.Interval.TotalMinutes:0}-minute poll interval",
            "≤ 1 per mailbox per poll interval", pass, details);
    }
}
