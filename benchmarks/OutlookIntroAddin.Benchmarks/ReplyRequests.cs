using GraphSandbox;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: while no mail arrives, at most one Graph request per watched mailbox per poll interval.
/// The sandbox clock is moved one poll interval at a time through a whole hour (or day), and each step waits
/// until every Inbox was caught up; the sandbox counts every Graph request the server made.
/// </summary>
public static class ReplyRequests
{
    public static async Task<Measurement> RunAsync(WatchedInboxes watched, TimeSpan window, CancellationToken ct)
    {
        var stats = watched.App.Get<SandboxStats>();
        var clock = watched.App.Get<SandboxClock>();
        var steps = (int)(window / watched.Interval);
        var span = window == TimeSpan.FromDays(1) ? "day" : "hour";
        Benchmarks.Progress($"replies ({watched.Setting}): one idle {span}, {steps} poll intervals, {watched.Connectors} mailboxes");
        stats.Reset();
        for (var step = 0; step < steps; step++)
        {
            clock.Advance(watched.Interval);
            // Woken as a notification wakes it, rather than after the loop's own sleep: only the wall clock is saved.
            watched.App.Get<OutlookIntroAddin.Replies.InboxSignal>().Wake();
            await watched.CaughtUpAsync(ct);
        }
        var seen = stats.Snapshot();
        var perMailboxHour = (double)seen.TotalRequests / watched.Connectors / window.TotalHours;
        var perInterval = (double)seen.TotalRequests / watched.Connectors / steps;
        var pass = perInterval <= 1;
        var routes = string.Join("\n", seen.RequestsByRoute.OrderByDescending(r => r.Value).Select(r => $"| `{r.Key}` | {r.Value:N0} |"));
        var details = $"""
            `Graph:ReplyDetection={watched.Mode}`, `Graph:ReplyPollInterval={watched.Interval:c}` (the default). {watched.PendingParties:N0} parties wait for an answer across {watched.Connectors} connectors ({watched.PendingParties / watched.Connectors} each); every request went out and every Inbox was caught up once{(watched.Subscribed ? " and subscribed" : "")}{(watched.Mode == "notifications" && !watched.Subscribed ? $" (`Intros:PublicBaseUrl` is a loopback port nobody listens on, so Graph's validation request fails and every subscription is refused with a 400)" : "")} before the count starts. No mail arrives during the {span}. The sandbox clock (the product's time) is moved ahead one poll interval at a time, {steps} times, and each step waits until no watch is due or claimed, so this is a full {span} of the product's time, not an extrapolation; it took seconds of wall clock. Requests are counted by the Graph sandbox as they arrive.

            | | |
            |---|---:|
            | Graph requests in the {span} | {seen.TotalRequests:N0} |
            | Per mailbox-hour | {perMailboxHour:0.##} |
            | Per mailbox per poll interval | {perInterval:0.###} |

            | Route | Requests |
            |---|---:|
            {routes}

            {(watched.Subscribed || watched.Mode == "poll" ? "" : "Each refused subscription is tried again an hour after the first refusal, then after 2, 4, 8… hours up to a day, so the excess over one delta per interval shrinks to one request per mailbox a day; without the back-off every catch-up tried, two requests per mailbox per interval.")}
            {(watched.Subscribed ? $"Not in this {span}: each subscription is renewed by one `PATCH /subscriptions/{{id}}` when less than a day of its three days is left, about one request per mailbox every two days (≈ 0.02 per mailbox-hour)." : "")}
            """;
        return new Measurement(
            $"Graph requests while idle, {watched.Setting}, {watched.PendingParties:N0} pending parties across {watched.Connectors} connectors",
            $"**{perMailboxHour:0.##}** per mailbox-hour = **{perInterval:0.###}** per mailbox per {watched.Interval.TotalMinutes:0}-minute poll interval",
            "≤ 1 per mailbox per poll interval", pass, details);
    }
}
