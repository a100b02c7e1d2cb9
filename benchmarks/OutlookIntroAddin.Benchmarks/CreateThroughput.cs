using System.Text;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: POST /api/intros sustains at least half the rate at which plain Dapper inserts the same
/// rows into the same kind of SQLite file, at the same concurrency, in the same run.
/// </summary>
public static class CreateThroughput
{
    private const double Goal = 0.5;

    private sealed record Round(double ApiPerSecond, double RawPerSecond, int Rows)
    {
        public double Ratio => ApiPerSecond / RawPerSecond;
    }

    /// <param name="synchronous">SQLite's durability for both sides: Full (the product's default, every commit survives a power cut) or Normal, to show what Full costs.</param>
    public static async Task<Measurement> RunAsync(Sizes sizes, CancellationToken ct, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        Benchmarks.Progress($"create ({synchronous}): starting the app; {sizes.CreateRounds} x {sizes.CreateIntros} intros, {sizes.Concurrency} clients");
        // The work loop would dispatch the queued requests and compete for the one SQLite writer.
        await using var app = new BenchApp(new() { ["Work:Enabled"] = "false", ["Database:SqliteSynchronous"] = synchronous.ToString() });
        await using var raw = await RawCreate.StartAsync(synchronous, ct);
        var clients = Enumerable.Range(0, sizes.Concurrency).Select(_ => app.Http()).ToArray();
        try
        {
            var warm = await ApiLoad.CreateIntrosAsync(clients, sizes.CreateWarmup, sizes.Concurrency, "warm", ct);
            await raw.InsertAsync(await RawCreate.ReadAsync(app.Db, warm.Ids), sizes.Concurrency, ct);

            // Rounds alternate API and raw so that a busy neighbour on the machine costs both sides alike.
            var rounds = new List<Round>();
            for (var r = 0; r < sizes.CreateRounds; r++)
            {
                var api = await ApiLoad.CreateIntrosAsync(clients, sizes.CreateIntros, sizes.Concurrency, $"r{r}", ct);
                var rows = await RawCreate.ReadAsync(app.Db, api.Ids);
                var rawElapsed = await raw.InsertAsync(rows, sizes.Concurrency, ct);
                var round = new Round(api.PerSecond, rows.Count / rawElapsed.TotalSeconds, rows.Sum(i => i.RowCount));
                rounds.Add(round);
                Benchmarks.Progress($"create round {r + 1}: API {round.ApiPerSecond:0} intros/s, raw {round.RawPerSecond:0} intros/s ({round.Ratio:P0})");
            }
            return Result(sizes, rounds, synchronous);
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    private static Measurement Result(Sizes sizes, List<Round> rounds, SqliteSynchronous synchronous)
    {
        var api = Concurrently.Median(rounds.Select(r => r.ApiPerSecond));
        var raw = Concurrently.Median(rounds.Select(r => r.RawPerSecond));
        var ratio = Concurrently.Median(rounds.Select(r => r.Ratio));
        var rowsPerIntro = (double)rounds[0].Rows / sizes.CreateIntros;
        var details = new StringBuilder();
        details.AppendLine($"""
            {sizes.CreateIntros:N0} intros per round, {rounds.Count} round(s) after a warm-up of {sizes.CreateWarmup:N0}; {sizes.Concurrency} concurrent clients on both sides.

            - **API**: `POST /api/intros` over loopback HTTP/1.1 to the real server (sandbox mode, SQLite file, `Work:Enabled=false` so nothing is dispatched meanwhile). Each request validates, composes both request mails, commits the intro, 2 parties, 1 event and 2 outbox rows in one transaction, then reads the intro back for the `201` body.
            - **Raw**: the same rows ({rowsPerIntro:0.#} per intro, read back from the API's database) inserted with Dapper into a fresh SQLite file migrated by `Migrator`, one transaction per intro, same statements, same connection settings (`Db`), same concurrency.
            - Ratio = API intros/s ÷ raw intros/s, median of the rounds' ratios.
            - SQLite `synchronous={synchronous.ToString().ToUpperInvariant()}` on both sides (`Database:SqliteSynchronous`).

            | Round | API intros/s | Raw intros/s | Raw rows/s | Ratio |
            |---:|---:|---:|---:|---:|
            """);
        for (var i = 0; i < rounds.Count; i++)
        {
            var r = rounds[i];
            details.AppendLine($"| {i + 1} | {r.ApiPerSecond:N0} | {r.RawPerSecond:N0} | {r.RawPerSecond * rowsPerIntro:N0} | {r.Ratio:P0} |");
        }
        details.AppendLine($"| **median** | **{api:N0}** | **{raw:N0}** | **{raw * rowsPerIntro:N0}** | **{ratio:P0}** |");
        return new Measurement(
            $"Create throughput (API vs raw Dapper), SQLite synchronous={synchronous.ToString().ToUpperInvariant()}",
            $"{api:N0} intros/s via API vs {raw:N0} intros/s ({raw * rowsPerIntro:N0} rows/s) raw = **{ratio:P0}**",
            $"≥ {Goal:P0} of raw", ratio >= Goal, details.ToString());
    }
}
