using System.Diagnostics;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Policy;
using OutlookIntroAddin.Scheduling;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Goal: the scheduler's own claim statement (Scheduler.ClaimAsync) takes the 1,000 due parties out
/// of a million open ones in at most 50 ms, by the partial index ix_parties_due.
/// </summary>
public static class ClaimLatency
{
    private const double GoalMs = 50;

    private sealed record Runs(IReadOnlyList<double> ClaimMs, IReadOnlyList<double> FindMs);

    private sealed record Timed(Runs Runs, string Plan, string Setup);

    // The claim's inner SELECT on its own, for context: finding the due rows, apart from writing their leases.
    private const string FindSql = """
        SELECT id FROM parties
        WHERE due_at IS NOT NULL AND due_at <= @now
          AND (claimed_until IS NULL OR claimed_until < @now)
        ORDER BY due_at LIMIT @Batch
        """;

    public static async Task<List<Measurement>> RunAsync(Sizes sizes, CancellationToken ct)
    {
        var results = new List<Measurement> { Result("SQLite", sizes, await OnSqliteAsync(sizes, ct)) };
        var postgres = Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(postgres)) Benchmarks.Progress("claim: INTROS_TEST_POSTGRES is not set; PostgreSQL skipped");
        else results.Add(Result("PostgreSQL", sizes, await OnPostgresAsync(postgres, sizes, ct)));
        return results;
    }

    private static async Task<Timed> OnSqliteAsync(Sizes sizes, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("intros-bench-claim-").FullName;
        try
        {
            var file = Path.Combine(folder, "claim.db");
            var db = new Db(new DatabaseOptions { ConnectionString = $"Data Source={file}" }, folder);
            await Migrator.MigrateAsync(db, ct);
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var load = Stopwatch.StartNew();
            PartyLoader.LoadSqlite(file, sizes, now, ct);
            Benchmarks.Progress($"claim: SQLite holds {sizes.ClaimParties:N0} parties after {load.Elapsed.TotalSeconds:0} s");
            string plan;
            await using (var connection = await db.OpenAsync(ct))
            {
                var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
                    "EXPLAIN QUERY PLAN " + Scheduler.ClaimSql(DatabaseProvider.Sqlite), Arguments(now, sizes));
                plan = SqlitePlan(rows.ToList());
            }
            var setup = $"SQLite file migrated by `Migrator`, loaded with prepared inserts in {load.Elapsed.TotalSeconds:0} s ({new FileInfo(file).Length / 1_048_576:N0} MB); no `ANALYZE` (the server never runs it).";
            return new Timed(await TimeClaimsAsync(db, now, sizes, ct), plan, setup);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Timed> OnPostgresAsync(string adminConnectionString, Sizes sizes, CancellationToken ct)
    {
        var name = "intros_bench_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync(adminConnectionString, $"CREATE DATABASE \"{name}\"", ct);
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString();
            var db = new Db(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }, "");
            await Migrator.MigrateAsync(db, ct);
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var load = Stopwatch.StartNew();
            await PartyLoader.LoadPostgresAsync(connectionString, sizes, now, ct);
            string plan, version;
            await using (var connection = await db.OpenAsync(ct))
            {
                // Autovacuum would analyze tables this fresh within a minute; do it now rather than wait.
                await connection.ExecuteAsync("ANALYZE intros; ANALYZE parties", commandTimeout: 300);
                version = await connection.QuerySingleAsync<string>("SHOW server_version");
                plan = string.Join('\n', await connection.QueryAsync<string>("EXPLAIN " + Scheduler.ClaimSql(DatabaseProvider.Postgres), Arguments(now, sizes)));
            }
            Benchmarks.Progress($"claim: PostgreSQL holds {sizes.ClaimParties:N0} parties after {load.Elapsed.TotalSeconds:0} s");
            var setup = $"PostgreSQL {version}, a fresh database migrated by `Migrator`, loaded with binary COPY and `ANALYZE` in {load.Elapsed.TotalSeconds:0} s.";
            return new Timed(await TimeClaimsAsync(db, now, sizes, ct), plan, setup);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }

    /// <summary>Claims the due batch again and again; leases are released between runs, untimed, so each run finds the same rows.</summary>
    private static async Task<Runs> TimeClaimsAsync(Db db, long now, Sizes sizes, CancellationToken ct)
    {
        var scheduler = new Scheduler(db, new IntroTimeline(db, new PolicyDefaults(), new WorkSignal()), TimeProvider.System);
        var claims = new List<double>();
        var finds = new List<double>();
        for (var run = 0; run < sizes.ClaimWarmup + sizes.ClaimRuns; run++)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            await using (var connection = await db.OpenAsync(ct))
            {
                var found = (await connection.QueryAsync<string>(FindSql, Arguments(now, sizes))).Count();
                if (found != sizes.ClaimDue) throw new InvalidOperationException($"Found {found} due parties, expected {sizes.ClaimDue}.");
            }
            var find = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var claimed = await scheduler.ClaimAsync(now, sizes.ClaimDue);
            clock.Stop();
            if (claimed.Count != sizes.ClaimDue) throw new InvalidOperationException($"Claimed {claimed.Count} parties, expected {sizes.ClaimDue}.");
            if (run >= sizes.ClaimWarmup)
            {
                claims.Add(clock.Elapsed.TotalMilliseconds);
                finds.Add(find);
            }
            await using (var connection = await db.OpenAsync(ct))
            {
                await connection.ExecuteAsync("UPDATE parties SET claimed_until = NULL WHERE " + db.In("id", "ids"), new { ids = claimed.Select(p => p.PartyId).ToArray() });
            }
        }
        return new Runs(claims, finds);
    }

    private static object Arguments(long now, Sizes sizes) => new { now, leaseNow = now, until = now + 60_000, Batch = sizes.ClaimDue };

    /// <summary>The sqlite3 shell's tree layout of EXPLAIN QUERY PLAN rows.</summary>
    private static string SqlitePlan(List<(long Id, long Parent, long NotUsed, string Detail)> rows)
    {
        var depth = new Dictionary<long, int> { [0] = -1 };
        var text = new StringBuilder("QUERY PLAN");
        foreach (var row in rows)
        {
            depth[row.Id] = depth.GetValueOrDefault(row.Parent, -1) + 1;
            text.Append('\n').Append(new string(' ', 3 * depth[row.Id])).Append("`--").Append(row.Detail);
        }
        return text.ToString();
    }

    private static async Task AdminAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static Measurement Result(string provider, Sizes sizes, Timed timed)
    {
        var ms = timed.Runs.ClaimMs;
        var median = Concurrently.Median(ms);
        var byIndex = timed.Plan.Contains("ix_parties_due", StringComparison.Ordinal);
        var details = $"""
            {timed.Setup} {sizes.ClaimIntros:N0} open intros with {sizes.ClaimParties:N0} parties: {sizes.ClaimDue:N0} due before now, ~75% of the rest due within 14 days, the others answered (`due_at` NULL).

            The timed call is `Scheduler.ClaimAsync(now, batch: {sizes.ClaimDue:N0})`: open a pooled connection, run `Scheduler.ClaimSql` (the `UPDATE … RETURNING` that leases the due rows), map them with Dapper. {sizes.ClaimWarmup} warm-up runs, then {ms.Count} timed runs; between runs the leases are released (untimed). Every run claimed exactly {sizes.ClaimDue:N0} rows.

            Runs (ms): {string.Join(", ", ms.Select(m => m.ToString("0.0")))} — median **{median:0.0}**, min {ms.Min():0.0}, max {ms.Max():0.0}.

            For context, the claim's inner `SELECT` alone (finding the due rows by the index, without writing their leases), timed just before each claim: median {Concurrently.Median(timed.Runs.FindMs):0.0} ms. The rest of a claim is SQLite/PostgreSQL writing {sizes.ClaimDue:N0} leased rows, which sit on about as many different pages, and committing them.

            Plan ({(byIndex ? "uses" : "does **not** use")} `ix_parties_due`):

            ```
            {timed.Plan}
            ```
            """;
        return new Measurement(
            $"Claim {sizes.ClaimDue:N0} due of {sizes.ClaimParties:N0} parties ({provider})",
            $"median **{median:0.0} ms**, {(byIndex ? "by ix_parties_due" : "NOT by ix_parties_due")}",
            $"≤ {GoalMs:0} ms, by index", median <= GoalMs && byIndex, details);
    }
}
