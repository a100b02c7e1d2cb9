using System.Diagnostics;
using GraphSandbox;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: behind one connector's backlog of 1,000 queued requests (Exchange lets a mailbox send 30 a
/// minute, so they take half an hour), another connector's first request goes out within 2 s.
/// </summary>
public static class FairDispatch
{
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(2);
    private const string Other = "bench-tenant/connector-o/olga.other@contoso.example/Olga Other";
    private const string OtherMailbox = "olga.other@contoso.example";

    public static async Task<Measurement> RunAsync(Sizes sizes, CancellationToken ct)
    {
        // Exchange's pacing on, as in production: it is what turns a burst into a backlog.
        await using var app = new BenchApp(new Dictionary<string, string?>());
        var store = app.Get<SandboxMailStore>();
        var backlogIntros = sizes.DispatchIntros / 2;
        Benchmarks.Progress($"fair dispatch: {2 * backlogIntros:N0} queued requests from one mailbox, then another connector's first");

        using var busy = app.Http();
        await ApiLoad.CreateIntrosAsync([busy], backlogIntros, sizes.Concurrency, "backlog", ct);
        // The burst's first 30 sends leave at once; wait until the pacing holds the rest back.
        var wait = Stopwatch.StartNew();
        while (store.Messages(SandboxAuthenticationHandler.Demo.Email, "sentitems").Count < 30 && wait.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20, ct);
        var backlogSentBefore = store.Messages(SandboxAuthenticationHandler.Demo.Email, "sentitems").Count;

        using var other = app.Http(Other);
        var clock = Stopwatch.StartNew();
        await ApiLoad.CreateIntrosAsync([other], 1, 1, "other", ct);
        while (store.Messages(OtherMailbox, "sentitems").Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(5, ct);
        var elapsed = clock.Elapsed;
        var delivered = store.Messages(OtherMailbox, "sentitems").Count > 0;
        var backlogSent = store.Messages(SandboxAuthenticationHandler.Demo.Email, "sentitems").Count;

        var pass = delivered && elapsed <= Goal;
        var details = $"""
            The demo connector creates {backlogIntros:N0} intros through `POST /api/intros` ({2 * backlogIntros:N0} request mails from one mailbox). Exchange's pacing is on (`Graph:MessagesPerMinute=30`, the default), so after the first 30 sends the rest wait for their mailbox's next minute. Then a second connector creates one intro; the clock runs from that create until the sandbox holds its first request in the second connector's Sent Items.

            | | |
            |---|---:|
            | Time to the other connector's first request | {elapsed.TotalMilliseconds:0} ms |
            | Backlog mails sent before / by then | {backlogSentBefore:N0} / {backlogSent:N0} of {2 * backlogIntros:N0} |
            """;
        return new Measurement(
            $"Fair dispatch behind a {2 * backlogIntros:N0}-mail backlog",
            delivered ? $"another connector's first request out after **{elapsed.TotalMilliseconds:0} ms**" : "**never sent** within 60 s",
            $"≤ {Goal.TotalSeconds:0} s", pass, details);
    }
}
