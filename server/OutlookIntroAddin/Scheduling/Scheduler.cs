using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Scheduling;

/// <summary>Claims parties whose follow-up or expiry is due and hands them to <see cref="IntroTimeline"/>.</summary>
public sealed class Scheduler(Db db, IntroTimeline timeline, TimeProvider clock)
{
    public const int Batch = 200;
    private const long LeaseMs = 60_000;

    internal sealed record DueParty(string PartyId, string IntroId, string DueKind, long DueAt);

    /// <summary>One pass; returns how many parties were due.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await ClaimAsync(now);
        foreach (var party in due)
        {
            ct.ThrowIfCancellationRequested();
            await timeline.OnDueAsync(party.IntroId, party.PartyId, party.DueKind, party.DueAt, now);
        }
        return due.Count;
    }

    // The partial index on due_at finds the due few among millions of open parties; the outer
    // WHERE re-checks the lease so a row another instance claimed meanwhile is skipped. On SQLite
    // the rows are matched by rowid, which the index already holds, instead of a second lookup
    // through the primary key. On SQL Server the pick takes update locks and skips rows another
    // instance is claiming this moment (READPAST) instead of queueing behind them. Internal so
    // benchmarks/ can time this very statement and show its plan.
    internal static string ClaimSql(DatabaseProvider provider) => Db.Dialect(provider,
        portable: """
            UPDATE parties SET claimed_until = @until
            WHERE {key} IN (SELECT {key} FROM parties
                         WHERE due_at IS NOT NULL AND due_at <= @now
                           AND (claimed_until IS NULL OR claimed_until < @leaseNow)
                         ORDER BY due_at LIMIT @Batch)
              AND due_at IS NOT NULL AND due_at <= @now AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            RETURNING id AS PartyId, intro_id AS IntroId, due_kind AS DueKind, due_at AS DueAt
            """.Replace("{key}", provider == DatabaseProvider.Sqlite ? "rowid" : "id"),
        sqlServer: """
            UPDATE parties SET claimed_until = @until
            OUTPUT inserted.id AS PartyId, inserted.intro_id AS IntroId, inserted.due_kind AS DueKind, inserted.due_at AS DueAt
            WHERE id IN (SELECT TOP (@Batch) id FROM parties WITH (UPDLOCK, READPAST, ROWLOCK)
                         WHERE due_at IS NOT NULL AND due_at <= @now
                           AND (claimed_until IS NULL OR claimed_until < @leaseNow)
                         ORDER BY due_at)
              AND due_at IS NOT NULL AND due_at <= @now AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            """);

    internal async Task<IReadOnlyList<DueParty>> ClaimAsync(long now, int batch = Batch)
    {
        return await db.InTransactionAsync(async (connection, transaction) => (await connection.QueryAsync<DueParty>(
            ClaimSql(db.Provider), new { now, leaseNow = Leases.Now(), until = Leases.Now() + LeaseMs, Batch = batch }, transaction)).AsList());
    }
}
