using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Replies;

/// <summary>A connector mailbox being watched for replies, as claimed by one instance.</summary>
public sealed record ReplyWatch(string TenantId, string ConnectorId, string Mailbox, string? DeltaLink, long StartedAt, long ClaimedUntil);

/// <summary>
/// One row per connector mailbox that waits for a reply. Catch-ups are claimed with a lease in the
/// database (real time, like the outbox's), so of several instances exactly one reads an Inbox at a time.
/// </summary>
public sealed class ReplyWatches(Db db)
{
    // A mailbox is watched from its oldest pending request on: nothing older can answer one.
    private const string StartSql = """
        INSERT INTO reply_watches (tenant_id, connector_id, mailbox, started_at, delta_due_at)
        SELECT i.tenant_id, i.connector_id, LOWER(i.connector_email), MIN(p.requested_at), @now
        FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.state = 'requested' AND p.answer = 'pending' AND p.requested_at IS NOT NULL
        GROUP BY i.tenant_id, i.connector_id, LOWER(i.connector_email)
        ON CONFLICT (tenant_id, connector_id, mailbox) DO NOTHING
        """;

    /// <summary>Starts watching every mailbox with a pending party whose request went out; a new watch is due at once.</summary>
    public async Task StartAsync(long now)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(StartSql, new { now });
    }

    private const string ClaimSql = """
        UPDATE reply_watches SET claimed_until = @until, delta_due_at = NULL
        WHERE delta_due_at IS NOT NULL AND delta_due_at <= @now AND (claimed_until IS NULL OR claimed_until < @leaseNow)
        RETURNING tenant_id AS TenantId, connector_id AS ConnectorId, mailbox AS Mailbox, delta_link AS DeltaLink,
                  started_at AS StartedAt, claimed_until AS ClaimedUntil
        """;

    public async Task<IReadOnlyList<ReplyWatch>> ClaimDueAsync(long now, TimeSpan lease)
    {
        var leaseNow = Leases.Now();
        return await db.InTransactionAsync(async (connection, transaction) => (await connection.QueryAsync<ReplyWatch>(
            ClaimSql, new { now, leaseNow, until = leaseNow + (long)lease.TotalMilliseconds }, transaction)).AsList());
    }

    /// <summary>Keeps where the catch-up got to, only while the claim is still this one's; false when it was lost.</summary>
    public async Task<bool> SaveLinkAsync(ReplyWatch watch, string link)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE reply_watches SET delta_link = @link
            WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox AND claimed_until = @ClaimedUntil
            """, new { link, watch.TenantId, watch.ConnectorId, watch.Mailbox, watch.ClaimedUntil }) > 0;
    }

    /// <summary>
    /// Ends the claim. A mailbox with no pending party left stops being watched; otherwise the next
    /// catch-up is due at <paramref name="nextDue"/>, or sooner if a notification came meanwhile (the claim cleared the due time).
    /// </summary>
    public async Task ReleaseAsync(ReplyWatch watch, long nextDue)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            """
            DELETE FROM reply_watches
            WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox AND claimed_until = @ClaimedUntil
              AND NOT EXISTS (SELECT 1 FROM parties p JOIN intros i ON i.id = p.intro_id
                              WHERE i.tenant_id = @TenantId AND i.connector_id = @ConnectorId
                                AND i.state = 'requested' AND p.answer = 'pending')
            """, watch);
        await connection.ExecuteAsync(
            """
            UPDATE reply_watches SET claimed_until = NULL,
                   delta_due_at = CASE WHEN delta_due_at IS NOT NULL AND delta_due_at < @nextDue THEN delta_due_at ELSE @nextDue END
            WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox AND claimed_until = @ClaimedUntil
            """, new { watch.TenantId, watch.ConnectorId, watch.Mailbox, watch.ClaimedUntil, nextDue });
    }
}
