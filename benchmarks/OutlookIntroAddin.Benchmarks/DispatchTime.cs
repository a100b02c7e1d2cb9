using System.Diagnostics;
using System.Globalization;
using Dapper;
using GraphSandbox;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Scheduling;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: with every Graph request taking 50 ms, the dispatcher sends 2,000 request mails from two
/// mailboxes within 1.2× of what Graph's limit of 4 concurrent requests per mailbox allows, and
/// never goes over that limit.
/// </summary>
public static class DispatchTime
{
    private const int LatencyMs = 50;
    private const int Mailboxes = 2;
    private const int GraphConcurrency = 4;
    private const double Goal = 1.2;

    /// <summary>Look for a draft already tagged with the outbox id, create the draft, send it.</summary>
    private const int RequestsPerMail = 3;
    private const string Second = "bench-tenant/connector-b/sam.second@contoso.example/Sam Second";
    private static readonly string[] TimedMailboxes = [SandboxAuthenticationHandler.Demo.Email, "sam.second@contoso.example"];

    /// <summary>A second try, when the default misses, to show whether the dispatcher's own parallelism is what limits it.</summary>
    private const int HigherParallelism = 64;

    /// <summary>Runs at the default Graph:DispatchParallelism and, if that misses, once more at <see cref="HigherParallelism"/>.</summary>
    public static async Task<List<Measurement>> RunAsync(Sizes sizes, CancellationToken ct)
    {
        var results = new List<Measurement> { await RunOnceAsync(sizes, null, ct) };
        if (!results[0].Pass) results.Add(await RunOnceAsync(sizes, HigherParallelism, ct));
        return results;
    }

    private static async Task<Measurement> RunOnceAsync(Sizes sizes, int? parallelism, CancellationToken ct)
    {
        var settings = new Dictionary<string, string?> { ["Graph:MessagesPerMinute"] = "0" };
        if (parallelism is { } p) settings["Graph:DispatchParallelism"] = p.ToString(CultureInfo.InvariantCulture);
        await using var app = new BenchApp(settings);
        var stats = app.Get<SandboxStats>();
        var faults = app.Get<SandboxFaults>();
        var dispatchParallelism = app.Get<GraphOptions>().DispatchParallelism;
        Benchmarks.Progress($"dispatch: {2 * sizes.DispatchIntros:N0} mails, Graph:DispatchParallelism={dispatchParallelism}");

        // Warm-up on two other mailboxes, without latency, so the timed run still reads each mailbox's settings once.
        var warmClients = new[] { app.Http("bench-tenant/warm-a/warm.a@contoso.example"), app.Http("bench-tenant/warm-b/warm.b@contoso.example") };
        await ApiLoad.CreateIntrosAsync(warmClients, 20, sizes.Concurrency, "warm", ct);
        await WaitAsync(() => OpenOutboxRowsAsync(app), TimeSpan.FromSeconds(60), ct);
        foreach (var client in warmClients) client.Dispose();
        stats.Reset();
        faults.LatencyMs = LatencyMs;

        var mails = 2 * sizes.DispatchIntros;
        var requests = RequestsPerMail * mails + Mailboxes;
        var bound = TimeSpan.FromMilliseconds((double)requests * LatencyMs / (GraphConcurrency * Mailboxes));
        var limit = 4 * bound + TimeSpan.FromSeconds(30);
        var clients = new[] { app.Http(), app.Http(Second) };
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var creating = ApiLoad.CreateIntrosAsync(clients, sizes.DispatchIntros, sizes.Concurrency, "dispatch", ct);
        var maxThreads = ThreadPool.ThreadCount;
        while (stats.SendsTakenEffect < mails && clock.Elapsed < limit)
        {
            if (creating.IsFaulted) await creating;
            await Task.Delay(5, ct);
            maxThreads = Math.Max(maxThreads, ThreadPool.ThreadCount);
        }
        var elapsed = clock.Elapsed;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / (elapsed * Environment.ProcessorCount);
        var created = await creating;
        var seen = stats.Snapshot();
        await WaitAsync(() => OpenOutboxRowsAsync(app), TimeSpan.FromSeconds(30), ct);
        long sentRows;
        await using (var connection = await app.Db.OpenAsync(ct))
        {
            sentRows = await connection.QuerySingleAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND mailbox IN @TimedMailboxes", new { TimedMailboxes });
        }
        foreach (var client in clients) client.Dispose();

        var complete = seen.SendsTakenEffect >= mails;
        var ratio = elapsed / bound;
        var utilisation = seen.TotalRequests * (double)LatencyMs / (elapsed.TotalMilliseconds * GraphConcurrency * Mailboxes);
        var pass = complete && ratio <= Goal && seen.ConcurrencyRejections == 0 && seen.MaxInFlightPerMailbox <= GraphConcurrency;
        var details = $"""
            `Graph:DispatchParallelism={dispatchParallelism}` (outbox batch {Dispatcher.Batch}), `Graph:MessagesPerMinute=0`: Exchange's 30-messages-a-minute pacing is switched off, since at 30/min 2,000 mails from two mailboxes take 33 minutes whatever the dispatcher does. Sandbox latency {LatencyMs} ms on every Graph request (`SandboxFaults.LatencyMs`), the sandbox enforcing {GraphConcurrency} concurrent requests per mailbox.

            {sizes.DispatchIntros:N0} intros created through `POST /api/intros` by {sizes.Concurrency} clients, alternating between the demo connector and a second one (`Authorization: Sandbox …`), so {mails:N0} request mails are queued for {Mailboxes} mailboxes. The clock runs from the first create until the sandbox has counted {mails:N0} sends (`SandboxStats.SendsTakenEffect`); the creates themselves finished after {created.Elapsed.TotalSeconds:0.0} s. A warm-up of 20 intros on two other mailboxes ran first, without latency.

            Bound: each mail costs {RequestsPerMail} Graph requests (look for a draft already tagged with its outbox id, create the draft, send it) and each mailbox 1 mailboxSettings read, so {requests:N0} requests × {LatencyMs} ms ÷ ({GraphConcurrency} × {Mailboxes} mailboxes) = {bound.TotalSeconds:0.00} s.

            | | |
            |---|---:|
            | Elapsed | {elapsed.TotalSeconds:0.00} s |
            | Bound | {bound.TotalSeconds:0.00} s |
            | Ratio | {ratio:0.00}× |
            | Sends counted by the sandbox | {seen.SendsTakenEffect:N0} of {mails:N0} |
            | Outbox rows recorded as sent | {sentRows:N0} |
            | Graph requests | {seen.TotalRequests:N0} ({string.Join(", ", seen.RequestsByRoute.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value:N0}"))}) |
            | Max in flight per mailbox | {seen.MaxInFlightPerMailbox} ({string.Join(", ", seen.MaxInFlightByMailbox.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}"))}) |
            | Concurrency rejections (429) | {seen.ConcurrencyRejections} |
            | Other 429 / 503 / 504 | {seen.Throttled429 - seen.ConcurrencyRejections} / {seen.Unavailable503} / {seen.GatewayTimeouts504} |
            | Request slots busy | {utilisation:P0} of {GraphConcurrency * Mailboxes} slots × elapsed |
            | CPU of this process | {cpu:P0} of {Environment.ProcessorCount} cores |
            | Thread-pool threads, most at once | {maxThreads} (the pool adds threads beyond the cores when its threads block) |
            {(pass ? "" : $"\nNeither Graph's request slots ({utilisation:P0} busy) nor the CPU ({cpu:P0}) were saturated; see README.md for what the time went to.")}
            """;
        return new Measurement(
            $"Dispatch {mails:N0} mails, {LatencyMs} ms Graph latency (DispatchParallelism {dispatchParallelism})",
            complete
                ? $"{elapsed.TotalSeconds:0.0} s vs bound {bound.TotalSeconds:0.0} s = **{ratio:0.00}×**; max {seen.MaxInFlightPerMailbox} in flight per mailbox, {seen.ConcurrencyRejections} over the limit"
                : $"**incomplete**: {seen.SendsTakenEffect:N0} of {mails:N0} sent after {elapsed.TotalSeconds:0} s",
            $"≤ {Goal}× bound, 0 over the limit", pass, details);
    }

    private static async Task<long> OpenOutboxRowsAsync(BenchApp app)
    {
        await using var connection = await app.Db.OpenAsync();
        return await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'drafted', 'cancelling')");
    }

    /// <summary>Waits, bounded, until nothing is left in the outbox.</summary>
    private static async Task WaitAsync(Func<Task<long>> open, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (await open() > 0)
        {
            if (clock.Elapsed > limit) throw new TimeoutException($"The outbox still had rows open after {limit}.");
            await Task.Delay(50, ct);
        }
    }
}
