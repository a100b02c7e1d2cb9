namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Hearing replies, in both <c>Graph:ReplyDetection</c> modes, each on a server of its own with the
/// same pending parties: the Graph requests of an idle hour at the default poll interval, and the
/// time from a reply landing to the party's answer changing (poll mode at a short interval, since at
/// the default a poll-mode latency is minutes by design).
/// </summary>
public static class ReplyHearing
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ShortInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static async Task<List<Measurement>> RunAsync(Sizes sizes, CancellationToken ct)
    {
        var results = new List<Measurement>();
        await using (var notifications = await StartAsync("notifications", DefaultInterval, sizes, ct))
        {
            results.Add(await ReplyRequests.RunAsync(notifications, Hour, ct));
            results.Add(await ReplyLatency.RunAsync(notifications, sizes.Replies, Window, ct));
        }
        // A host Graph cannot reach, left in notifications mode: what each Inbox costs while every subscription is refused,
        // over a day (the retries back off over hours), on a tenth of the mailboxes to keep the day's 288 catch-ups short.
        await using (var refused = await WatchedInboxes.StartAsync("notifications", DefaultInterval, Math.Max(1, sizes.HearConnectors / 10), sizes.HearIntrosPerConnector,
                         sizes.Concurrency, ct, publicBaseUrl: "http://127.0.0.1:9"))
        {
            results.Add(await ReplyRequests.RunAsync(refused, TimeSpan.FromDays(1), ct));
        }
        await using (var poll = await StartAsync("poll", DefaultInterval, sizes, ct))
        {
            results.Add(await ReplyRequests.RunAsync(poll, Hour, ct));
        }
        await using (var poll = await StartAsync("poll", ShortInterval, sizes, ct))
        {
            results.Add(await ReplyLatency.RunAsync(poll, sizes.Replies, Window, ct));
        }
        return results;
    }

    private static Task<WatchedInboxes> StartAsync(string mode, TimeSpan interval, Sizes sizes, CancellationToken ct) =>
        WatchedInboxes.StartAsync(mode, interval, sizes.HearConnectors, sizes.HearIntrosPerConnector, sizes.Concurrency, ct);
}
