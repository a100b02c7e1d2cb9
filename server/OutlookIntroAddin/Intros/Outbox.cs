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
    /// <summary>Cancelled after its draft was made: the dispatcher settles it (recorded if it did go out, else its draft deleted, then cancelled).</summary>
    public const string Cancelling = "cancelling";
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

    /// <summary>This claim's generation: a step of the claim holds only while the row still has it.</summary>
    public long Generation { get; init; }

    /// <summary>When a claim last asked Graph to send the draft (real time), unless Graph refused it outright.</summary>
    public long? SendRequestedAt { get; init; }

    /// <summary>The raw token of this mail's consent link, minted when it was queued; null once sent, or for mail without a link.</summary>
    public string? ConsentToken { get; init; }

    /// <summary>The connector whose mailbox sends it, from its intro: Graph is called as them.</summary>
    public string TenantId { get; init; } = "";
    public string ConnectorId { get; init; } = "";

    public OutboxMessage Mail => JsonSerializer.Deserialize<OutboxMessage>(Message, JsonSerializerOptions.Web)!;
}

/// <summary>
/// The outbox: rows are written inside the transaction of the state change that causes them. The
/// dispatcher (Scheduling) claims them with a lease and records what Graph did.
/// </summary>
public static class Outbox
{
    /// <summary>
    /// Queues a mail. A mail with a consent link gets its token here, once, in the same transaction:
    /// every attempt to send it carries the same link, and a link in a sent mail always exists.
    /// </summary>
    public static async Task EnqueueAsync(
        DbConnection connection, DbTransaction transaction, string introId, string? partyId, string mailbox,
        string kind, OutboxMessage message, long now)
    {
        const string sql = """
            INSERT INTO outbox (id, intro_id, party_id, mailbox, kind, state, message, attempts, due_at, created_at, consent_token)
            VALUES (@id, @introId, @partyId, @mailbox, @kind, 'pending', @message, 0, @now, @now, @token)
            """;
        var token = message.ConsentPartyId is { } consentParty
            ? await ConsentTokens.MintAsync(connection, transaction, introId, consentParty, now)
            : null;
        await connection.ExecuteAsync(sql, new
        {
            id = Ids.New(), introId, partyId, mailbox = mailbox.ToLowerInvariant(), kind,
            message = JsonSerializer.Serialize(message, JsonSerializerOptions.Web), now, token,
        }, transaction);
    }

    /// <summary>
    /// Stops every mail of an intro that has not gone out: used by cancel, decline and expiry. A mail
    /// whose draft exists may be going out this very moment, so the dispatcher settles it instead.
    /// </summary>
    public static Task CancelOpenAsync(DbConnection connection, DbTransaction transaction, string introId) =>
        connection.ExecuteAsync(
            """
            UPDATE outbox SET state = CASE WHEN state = 'drafted' THEN 'cancelling' ELSE 'cancelled' END,
                              consent_token = CASE WHEN state = 'drafted' THEN consent_token ELSE NULL END
            WHERE intro_id = @introId AND state IN ('pending', 'drafted')
            """,
            new { introId }, transaction);

    /// <summary>
    /// Records that the mail went out, even if its intro was cancelled or its lease lost meanwhile
    /// (it did go out); false when it was already recorded (a second instance reconciled the same
    /// mail), so its effects apply once. The link's raw token is erased with it.
    /// </summary>
    public static async Task<bool> MarkSentAsync(DbConnection connection, DbTransaction transaction, string id, long sentAt) =>
        await connection.ExecuteAsync(
            """
            UPDATE outbox SET state = 'sent', sent_at = @sentAt, claimed_until = NULL, claim_owner = NULL, last_error = NULL, consent_token = NULL
            WHERE id = @id AND state <> 'sent'
            """,
            new { id, sentAt }, transaction) > 0;
}
