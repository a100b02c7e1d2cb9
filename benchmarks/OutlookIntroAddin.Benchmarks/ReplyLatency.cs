using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using GraphSandbox;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal (notifications): p95 ≤ 5 s from a reply landing in the connector's Inbox to the party's answer
/// changing in the database. Replies land at random moments over a window, one per intro, while every
/// other party keeps waiting; the database is looked at every 20 ms.
/// </summary>
public static class ReplyLatency
{
    public static readonly TimeSpan Goal = TimeSpan.FromSeconds(5);
    private const string Yes = "Yes, I'd be glad to meet. Thanks for thinking of me!";

    public static async Task<Measurement> RunAsync(WatchedInboxes watched, int replies, TimeSpan window, CancellationToken ct)
    {
        var app = watched.App;
        var store = app.Get<SandboxMailStore>();
        var stats = app.Get<SandboxStats>();
        Benchmarks.Progress($"replies ({watched.Mode}): {replies} replies over {window.TotalSeconds:0} s");

        // The first party of each of the first intros; intro i belongs to connector i mod the connector count.
        Dictionary<string, string> partyByEmail;
        await using (var connection = await app.Db.OpenAsync(ct))
        {
            partyByEmail = (await connection.QueryAsync<(string Id, string Email)>(
                "SELECT id, email FROM parties WHERE intro_id IN @Ids", new { Ids = watched.IntroIds.Take(replies).ToArray() }))
                .Where(p => p.Email.StartsWith("juan.", StringComparison.Ordinal))
                .ToDictionary(p => p.Email, p => p.Id);
        }
        var random = new Random(42);
        var plan = partyByEmail.Select(p => (Email: p.Key, PartyId: p.Value, At: window * random.NextDouble())).OrderBy(p => p.At).ToList();
        var landed = new ConcurrentDictionary<string, TimeSpan>();
        var changed = new Dictionary<string, TimeSpan>();
        stats.Reset();
        var clock = Stopwatch.StartNew();
        var replying = Task.Run(async () =>
        {
            foreach (var (email, partyId, at) in plan)
            {
                if (at > clock.Elapsed) await Task.Delay(at - clock.Elapsed, ct);
                var request = store.Messages(email, "inbox").Single();
                // Stamped before the reply lands, so a latency is never shorter than the truth.
                landed[partyId] = clock.Elapsed;
                store.Reply(email, request.Id, Yes);
            }
        }, ct);
        var limit = window + TimeSpan.FromSeconds(60);
        while (changed.Count < plan.Count && clock.Elapsed < limit)
        {
            await using (var connection = await app.Db.OpenAsync(ct))
            {
                var answered = await connection.QueryAsync<string>("SELECT id FROM parties WHERE answer <> 'pending'");
                var now = clock.Elapsed;
                foreach (var id in answered) changed.TryAdd(id, now);
            }
            if (replying.IsFaulted) await replying;
            await Task.Delay(20, ct);
        }
        await replying;
        var requests = stats.TotalRequests;

        var latencies = changed.Where(c => landed.ContainsKey(c.Key)).Select(c => (c.Value - landed[c.Key]).TotalSeconds).Order().ToArray();
        var heard = latencies.Length;
        double P(double q) => heard == 0 ? double.NaN : latencies[Math.Min(heard - 1, (int)Math.Ceiling(q * heard) - 1)];
        var (p50, p95, max) = (P(0.50), P(0.95), heard == 0 ? double.NaN : latencies[^1]);
        var interval = watched.Interval.TotalSeconds;
        var notifications = watched.Mode == "notifications";
        var details = $"""
            `Graph:ReplyDetection={watched.Mode}`, `Graph:ReplyPollInterval={watched.Interval:c}`{(notifications ? " (the default: only a notification can make an Inbox due within the run)" : " (short for the benchmark; the default is 5 minutes)")}, `Work:PollInterval=00:00:00.100`. {watched.PendingParties:N0} parties wait across {watched.Connectors} connectors; {plan.Count} of them, one per intro and spread over the connectors, answer "{Yes}" at random moments over {window.TotalSeconds:0} s (seeded), through the sandbox's reply (the message lands in the connector's Inbox{(notifications ? " and the sandbox queues a change notification to the server" : "")}). The clock starts just before a reply lands and stops when the party's `answer` is no longer `pending` in the database, which is read every 20 ms.

            | | |
            |---|---:|
            | Replies heard / sent | {heard} / {plan.Count} |
            | p50 | {p50:0.00} s{(notifications ? "" : $" ({p50 / interval:0.00} × interval)")} |
            | p95 | {p95:0.00} s{(notifications ? "" : $" ({p95 / interval:0.00} × interval)")} |
            | max | {max:0.00} s{(notifications ? "" : $" ({max / interval:0.00} × interval)")} |
            | Graph requests meanwhile | {requests:N0} ({(plan.Count == 0 ? 0 : (double)requests / plan.Count):0.0} per reply) |
            """;
        var result = $"p50 {p50:0.00} s, **p95 {p95:0.00} s**, max {max:0.00} s over {heard} of {plan.Count} replies"
            + (notifications ? "" : $" (p95 = {p95 / interval:0.00} × the {interval:0.#} s poll interval)");
        return notifications
            ? new Measurement($"Reply to state change, notifications, {watched.PendingParties:N0} pending across {watched.Connectors} connectors",
                result, $"p95 ≤ {Goal.TotalSeconds:0} s", heard == plan.Count && p95 <= Goal.TotalSeconds, details)
            : new Measurement($"Reply to state change, poll every {interval:0.#} s, {watched.PendingParties:N0} pending across {watched.Connectors} connectors",
                result, "none (for reference: about one poll interval)", heard == plan.Count, details, Informational: true);
    }
}
