using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Policy;

/// <summary>
/// Deletes intros that closed longer ago than their tenant's retention, with everything they own
/// (parties, consent tokens, events and outbox rows go by ON DELETE CASCADE). An intro with mail
/// still owed (an outbox row pending or drafted) is kept until that mail is settled. Idempotency
/// keys of POST /api/intros older than a day go at the same time.
/// </summary>
public sealed class RetentionPurge(Db db, PolicyDefaults defaults, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    public const string JobName = "retentionPurge";
    public const int Batch = 500;
    private const long DayMs = 86_400_000;

    /// <summary>
    /// Runs the purge when it is due by the product's clock and this instance claimed it: moving
    /// next_run_at forward in one conditional UPDATE is the claim, so of several instances one
    /// runs it. A crash mid-way only delays the rest to the next run; deleting is idempotent.
    /// </summary>
    public async Task<int> RunIfDueAsync(TimeSpan interval, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var connection = await db.OpenAsync(ct))
        {
            var claimed = await connection.ExecuteAsync(
                "UPDATE scheduled_jobs SET next_run_at = @next WHERE name = @JobName AND next_run_at <= @now",
                new { JobName, now, next = now + (long)interval.TotalMilliseconds });
            if (claimed == 0) return 0;
        }
        return await PurgeAsync(now, ct);
    }

    private string PurgeSql => db.Dialect(
        portable: """
            DELETE FROM intros WHERE id IN (
                SELECT i.id FROM intros i LEFT JOIN tenant_policies p ON p.tenant_id = i.tenant_id
                WHERE i.closed_at IS NOT NULL
                  AND i.state IN ('introduced', 'declined', 'expired', 'cancelled')
                  AND i.closed_at < @now - CAST(COALESCE(p.retention_days, @defaultDays) AS BIGINT) * @DayMs
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.intro_id = i.id AND o.state IN ('pending', 'drafted', 'cancelling'))
                ORDER BY i.closed_at
                LIMIT @Batch)
              AND closed_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.intro_id = intros.id AND o.state IN ('pending', 'drafted', 'cancelling'))
            """,
        sqlServer: """
            DELETE FROM intros WHERE id IN (
                SELECT TOP (@Batch) i.id FROM intros i LEFT JOIN tenant_policies p ON p.tenant_id = i.tenant_id
                WHERE i.closed_at IS NOT NULL
                  AND i.state IN ('introduced', 'declined', 'expired', 'cancelled')
                  AND i.closed_at < @now - CAST(COALESCE(p.retention_days, @defaultDays) AS BIGINT) * @DayMs
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.intro_id = i.id AND o.state IN ('pending', 'drafted', 'cancelling'))
                ORDER BY i.closed_at)
              AND closed_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.intro_id = intros.id AND o.state IN ('pending', 'drafted', 'cancelling'))
            """);

    /// <summary>Deletes every intro past its retention at <paramref name="now"/>, a batch per transaction; returns how many.</summary>
    public async Task<int> PurgeAsync(long now, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            // The outer re-check keeps an intro whose mail was queued between the pick and the delete.
            var deleted = await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
                PurgeSql, new { now, defaultDays = defaults.RetentionDays, DayMs, Batch }, transaction), ct);
            total += deleted;
            if (deleted < Batch) break;
        }
        if (total > 0) logger.LogInformation("Retention purge deleted {Count} closed introductions", total);
        await DeleteOldIdempotencyKeysAsync(now, ct);
        return total;
    }

    /// <summary>How long POST /api/intros remembers an Idempotency-Key at least (README); deleted at the next purge after.</summary>
    public static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromHours(24);

    private async Task DeleteOldIdempotencyKeysAsync(long now, CancellationToken ct)
    {
        var before = now - (long)IdempotencyKeyLifetime.TotalMilliseconds;
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE created_at < @before", new { before }, transaction), ct);
    }
}
