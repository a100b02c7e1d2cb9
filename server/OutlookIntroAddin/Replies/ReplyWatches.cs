using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Replies;

/// <summary>A connector mailbox being watched for replies, as claimed by one instance.</summary>
public sealed record ReplyWatch(
    string TenantId, string ConnectorId, string Mailbox, string? DeltaLink, long StartedAt, long ClaimedUntil,
    string? SubscriptionId, long? SubscriptionExpiresAt);

/// <summary>
/// One row per connector mailbox that waits for a reply. Catch-ups are claimed with a lease in the
/// database (real time, like the outbox's), so of several instances exactly one reads an Inbox at a time.
/// </summary>
public sealed class ReplyWatches(Db db, TimeProvider clock)
{
    // A mailbox is watched from its oldest pending request on (nothing older can answer one), and from
    // the oldest final intro whose thread is still listened to for the two writing to each other.
    private const string WaitedForSql = """
        SELECT i.tenant_id AS tenant_id, i.connector_id AS connector_id, LOWER(i.connector_email) AS mailbox, p.requested_at AS started_at
        FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.state = 'requested' AND p.answer = 'pending' AND p.requested_at IS NOT NULL
        UNION ALL
        SELECT i.tenant_id, i.connector_id, LOWER(i.connector_email), i.introduced_at
        FROM intros i
        WHERE i.state = 'introduced' AND i.outcome_listen_until > @now AND i.introduced_at IS NOT NULL
        """;

    private string StartSql => db.Dialect(
        portable: $"""
            INSERT INTO reply_watches (tenant_id, connector_id, mailbox, started_at, delta_due_at)
            SELECT w.tenant_id, w.connector_id, w.mailbox, MIN(w.started_at), @now
            FROM ({WaitedForSql}) w
            WHERE 1 = 1
            GROUP BY w.tenant_id, w.connector_id, w.mailbox
            ON CONFLICT (tenant_id, connector_id, mailbox) DO NOTHING
            """,
        sqlServer: $"""
            MERGE reply_watches WITH (HOLDLOCK) AS t
            USING (SELECT w.tenant_id, w.connector_id, w.mailbox, MIN(w.started_at) AS started_at
                   FROM ({WaitedForSql}) w
                   GROUP BY w.tenant_id, w.connector_id, w.mailbox) AS s
            ON t.tenant_id = s.tenant_id AND t.connector_id = s.connector_id AND t.mailbox = s.mailbox
            WHEN NOT MATCHED THEN INSERT (tenant_id, connector_id, mailbox, started_at, delta_due_at)
                                  VALUES (s.tenant_id, s.connector_id, s.mailbox, s.started_at, @now);
            """);

    // A watch nobody waits on any more is due at once, so its subscription ends without waiting for the poll interval.
    private const string EndingSql = """
        UPDATE reply_watches SET delta_due_at = @now
        WHERE (delta_due_at IS NULL OR delta_due_at > @now)
          AND NOT EXISTS (SELECT 1 FROM parties p JOIN intros i ON i.id = p.intro_id
                          WHERE i.tenant_id = reply_watches.tenant_id AND i.connector_id = reply_watches.connector_id
                            AND i.state = 'requested' AND p.answer = 'pending')
          AND NOT EXISTS (SELECT 1 FROM intros i
                          WHERE i.tenant_id = reply_watches.tenant_id AND i.connector_id = reply_watches.connector_id
                            AND i.state = 'introduced' AND i.outcome_listen_until > @now)
        """;

    /// <summary>
    /// Starts watching every mailbox with a pending party whose request went out, and makes due those
    /// with nobody waiting any more; either is caught up at once.
    /// </summary>
    public async Task StartAsync(long now)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(StartSql, new { now });
        await connection.ExecuteAsync(EndingSql, new { now });
    }

    /// <summary>Every watch is due now (an instance started).</summary>
    public async Task AllDueAsync(long now)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync("UPDATE reply_watches SET delta_due_at = @now WHERE claimed_until IS NULL OR claimed_until < @leaseNow",
            new { now, leaseNow = Leases.Now() });
    }

    /// <summary>The watch's subscription as stored now (one may have been made during this claim).</summary>
    public async Task<string?> SubscriptionOfAsync(ReplyWatch watch)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT subscription_id FROM reply_watches WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox", watch);
    }

    private string ClaimSql => db.Dialect(
        portable: """
            UPDATE reply_watches SET claimed_until = @until, delta_due_at = NULL
            WHERE delta_due_at IS NOT NULL AND delta_due_at <= @now AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            RETURNING tenant_id AS TenantId, connector_id AS ConnectorId, mailbox AS Mailbox, delta_link AS DeltaLink,
                      started_at AS StartedAt, claimed_until AS ClaimedUntil,
                      subscription_id AS SubscriptionId, subscription_expires_at AS SubscriptionExpiresAt
            """,
        sqlServer: """
            UPDATE reply_watches WITH (UPDLOCK, READPAST, ROWLOCK) SET claimed_until = @until, delta_due_at = NULL
            OUTPUT inserted.tenant_id AS TenantId, inserted.connector_id AS ConnectorId, inserted.mailbox AS Mailbox, inserted.delta_link AS DeltaLink,
                   inserted.started_at AS StartedAt, inserted.claimed_until AS ClaimedUntil,
                   inserted.subscription_id AS SubscriptionId, inserted.subscription_expires_at AS SubscriptionExpiresAt
            WHERE delta_due_at IS NOT NULL AND delta_due_at <= @now AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            """);

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

    private const string NothingWaiting = """
        NOT EXISTS (SELECT 1 FROM parties p JOIN intros i ON i.id = p.intro_id
                    WHERE i.tenant_id = @TenantId AND i.connector_id = @ConnectorId
                      AND i.state = 'requested' AND p.answer = 'pending')
        AND NOT EXISTS (SELECT 1 FROM intros i
                        WHERE i.tenant_id = @TenantId AND i.connector_id = @ConnectorId
                          AND i.state = 'introduced' AND i.outcome_listen_until > @now)
        """;

    private object Waiting(ReplyWatch watch) =>
        new { watch.TenantId, watch.ConnectorId, watch.Mailbox, now = clock.GetUtcNow().ToUnixTimeMilliseconds() };

    /// <summary>Whether nobody of this connector waits any more (no pending party, no final intro listened to), so the watch can end.</summary>
    public async Task<bool> NothingWaitingAsync(ReplyWatch watch)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT CASE WHEN {NothingWaiting} THEN 1 ELSE 0 END", Waiting(watch)) == 1;
    }

    /// <summary>
    /// Ends the watch (its subscription is deleted already). If a request went out meanwhile the row
    /// stays, without a subscription, so the next catch-up subscribes again.
    /// </summary>
    public async Task EndAsync(ReplyWatch watch)
    {
        await using var connection = await db.OpenAsync();
        var ended = await connection.ExecuteAsync(
            $"DELETE FROM reply_watches WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox AND {NothingWaiting}", Waiting(watch));
        // Nobody of this connector waits: no earlier message can be handled again (a new watch starts after it).
        if (ended > 0) await connection.ExecuteAsync("DELETE FROM inbox_messages_seen WHERE mailbox = @Mailbox", watch);
        if (ended == 0)
        {
            await connection.ExecuteAsync(
                """
                UPDATE reply_watches SET subscription_id = NULL, client_state_hash = NULL, subscription_expires_at = NULL, delta_due_at = @now
                WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox
                """, new { watch.TenantId, watch.ConnectorId, watch.Mailbox, now = 0L });
        }
    }

    /// <summary>
    /// Ends the claim: the next catch-up is due at <paramref name="nextDue"/>, or sooner if a
    /// notification came meanwhile (the claim cleared the due time, a notification sets it).
    /// </summary>
    public async Task ReleaseAsync(ReplyWatch watch, long nextDue)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            """
            UPDATE reply_watches SET claimed_until = NULL,
                   delta_due_at = CASE WHEN delta_due_at IS NOT NULL AND delta_due_at < @nextDue THEN delta_due_at ELSE @nextDue END
            WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox AND claimed_until = @ClaimedUntil
            """, new { watch.TenantId, watch.ConnectorId, watch.Mailbox, watch.ClaimedUntil, nextDue });
    }

    /// <summary>A notification or lifecycle event for a subscription: the watch it belongs to, with its clientState's hash.</summary>
    public async Task<(string TenantId, string ConnectorId, string Mailbox, string? Hash)?> BySubscriptionAsync(string subscriptionId)
    {
        await using var connection = await db.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<(string, string, string, string?)?>(
            """
            SELECT tenant_id, connector_id, mailbox, client_state_hash FROM reply_watches WHERE subscription_id = @subscriptionId
            """, new { subscriptionId });
        return row;
    }

    /// <summary>
    /// Makes the watch's catch-up due now. <paramref name="renew"/> forces a renewal (reauthorization),
    /// <paramref name="resubscribe"/> a new subscription (the old one was removed).
    /// </summary>
    public async Task DueNowAsync(string subscriptionId, long now, bool renew = false, bool resubscribe = false)
    {
        await using var connection = await db.OpenAsync();
        // The flags go as 0 or 1: T-SQL cannot test a parameter as a condition on its own.
        await connection.ExecuteAsync(
            """
            UPDATE reply_watches SET delta_due_at = @now,
                   subscription_expires_at = CASE WHEN @renew = 1 THEN 0 ELSE subscription_expires_at END,
                   subscription_id = CASE WHEN @resubscribe = 1 THEN NULL ELSE subscription_id END
            WHERE subscription_id = @subscriptionId
            """, new { subscriptionId, now, renew = renew ? 1 : 0, resubscribe = resubscribe ? 1 : 0 });
    }
}
