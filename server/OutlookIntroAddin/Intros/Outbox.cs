using System.Data.Common;
using System.Text.Json;
using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Intros;

public static class OutboxState
{
    public const string Pending = "pending";
    /// <summary>A draft exists in the mailbox; whether it went out is checked before any resend.</summary>
    public const string Drafted = "drafted";
    public const string Sent = "sent";
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";
}

public sealed class OutboxRow
{
    public string Id { get; init; } = "";
    public string IntroId { get; init; } = "";
    public string? PartyId { get; init; }
    public string Mailbox { get; init; } = "";
    public string Kind { get; init; } = "";
    public string State { get; init; } = "";
    public string Message { get; init; } = "";
    public string? DraftId { get; init; }
    public int Attempts { get; init; }

    /// <summary>The connector whose mailbox sends it, from its intro: Graph is called as them.</summary>
    public string TenantId { get; init; } = "";
    public string ConnectorId { get; init; } = "";

    public OutboxMessage Mail => JsonSerializer.Deserialize<OutboxMessage>(Message, JsonSerializerOptions.Web)!;
}

/// <summary>The outbox: rows are written inside the transaction of the state change that causes them, and claimed with a lease.</summary>
public sealed class Outbox(Db db)
{
    public static async Task EnqueueAsync(
        DbConnection connection, DbTransaction transaction, string introId, string? partyId, string mailbox,
        string kind, OutboxMessage message, long now)
    {
        const string sql = """
            INSERT INTO outbox (id, intro_id, party_id, mailbox, kind, state, message, attempts, due_at, created_at)
            VALUES (@id, @introId, @partyId, @mailbox, @kind, 'pending', @message, 0, @now, @now)
            """;
        await connection.ExecuteAsync(sql, new
        {
            id = Ids.New(), introId, partyId, mailbox = mailbox.ToLowerInvariant(), kind,
            message = JsonSerializer.Serialize(message, JsonSerializerOptions.Web), now,
        }, transaction);
    }

    /// <summary>Stops every mail of an intro that has not gone out: used by cancel, decline and expiry.</summary>
    public static Task CancelOpenAsync(DbConnection connection, DbTransaction transaction, string introId) =>
        connection.ExecuteAsync(
            "UPDATE outbox SET state = 'cancelled' WHERE intro_id = @introId AND state IN ('pending', 'drafted')",
            new { introId }, transaction);

    /// <summary>
    /// Claims up to <paramref name="batch"/> rows due by <paramref name="now"/> (the product's clock)
    /// for <paramref name="leaseMs"/> of real time from <paramref name="leaseNow"/>. The lease is
    /// re-checked by the outer WHERE, which PostgreSQL re-evaluates on a row another instance just
    /// claimed, so two instances never hold the same row. Rows of a connector who must sign in
    /// again are left alone until they do.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(int batch, long now, long leaseNow, long leaseMs)
    {
        const string sql = """
            UPDATE outbox SET claimed_until = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox
                         WHERE state IN ('pending', 'drafted') AND due_at <= @now
                           AND (claimed_until IS NULL OR claimed_until < @leaseNow)
                           AND NOT EXISTS (SELECT 1 FROM intros i
                                           JOIN graph_sessions s ON s.tenant_id = i.tenant_id AND s.connector_id = i.connector_id
                                           WHERE i.id = outbox.intro_id AND s.needs_sign_in_since IS NOT NULL)
                         ORDER BY due_at LIMIT @batch)
              AND state IN ('pending', 'drafted') AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            RETURNING id AS Id, intro_id AS IntroId, party_id AS PartyId, mailbox AS Mailbox, kind AS Kind,
                      state AS State, message AS Message, draft_id AS DraftId, attempts AS Attempts,
                      (SELECT tenant_id FROM intros WHERE intros.id = outbox.intro_id) AS TenantId,
                      (SELECT connector_id FROM intros WHERE intros.id = outbox.intro_id) AS ConnectorId
            """;
        return await db.InTransactionAsync(async (connection, transaction) =>
            (await connection.QueryAsync<OutboxRow>(sql, new { batch, now, leaseNow, until = leaseNow + leaseMs }, transaction)).AsList());
    }

    /// <summary>Keeps the lease on rows this instance is still working on.</summary>
    public async Task RenewAsync(IReadOnlyList<string> ids, long until)
    {
        if (ids.Count == 0) return;
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET claimed_until = @until WHERE " + db.In("id", "ids") + " AND state IN ('pending', 'drafted') AND claimed_until IS NOT NULL",
            new { ids, until }, transaction));
    }

    public async Task<string> StateAsync(string id)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleAsync<string>("SELECT state FROM outbox WHERE id = @id", new { id });
    }

    public async Task MarkDraftedAsync(string id, string draftId)
    {
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET state = 'drafted', draft_id = @draftId WHERE id = @id AND state IN ('pending', 'drafted')",
            new { id, draftId }, transaction));
    }

    /// <summary>
    /// Records that the mail went out, even if its intro was cancelled meanwhile; false when it was
    /// already recorded (a second instance reconciled the same mail), so its effects apply once.
    /// </summary>
    public static async Task<bool> MarkSentAsync(DbConnection connection, DbTransaction transaction, string id, long sentAt) =>
        await connection.ExecuteAsync(
            "UPDATE outbox SET state = 'sent', sent_at = @sentAt, claimed_until = NULL, last_error = NULL WHERE id = @id AND state <> 'sent'",
            new { id, sentAt }, transaction) > 0;

    /// <summary>Tries again at <paramref name="dueAt"/>; the lease is released.</summary>
    public async Task RetryAsync(string id, long dueAt, string error)
    {
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET due_at = @dueAt, claimed_until = NULL, last_error = @error WHERE id = @id AND state IN ('pending', 'drafted')",
            new { id, dueAt, error }, transaction));
    }

    /// <summary>
    /// Gives a claimed row back, due as it was, when Graph's token was refused: the request that
    /// needed it never went out, and whatever earlier requests of this claim did is on record (the
    /// draft id), so the claim does not count as an attempt.
    /// </summary>
    public async Task UnclaimAsync(string id, string error)
    {
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET attempts = attempts - 1, claimed_until = NULL, last_error = @error WHERE id = @id AND state IN ('pending', 'drafted')",
            new { id, error }, transaction));
    }

    public async Task FailAsync(string id, string error)
    {
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            "UPDATE outbox SET state = 'failed', claimed_until = NULL, last_error = @error WHERE id = @id",
            new { id, error }, transaction));
    }
}
