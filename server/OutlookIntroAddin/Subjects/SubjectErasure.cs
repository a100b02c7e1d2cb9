using System.Data.Common;
using System.Text.Json;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Subjects;

/// <summary>
/// An erasure request: the address's data as a party, in the admin's tenant, goes; one transaction per
/// intro, locked as every transition locks it. The party row itself stays, emptied: the intro's rules,
/// the connector's and the other party's views, and the dispatcher (which records a settled mail against
/// the party's id) all expect an intro to have its two parties, and the row holds nothing personal once
/// emptied. Its name becomes <see cref="ErasedName"/> so the connector's pane says what happened.
/// </summary>
public sealed class SubjectErasure(Db db, TimeProvider clock, ILogger<SubjectErasure> logger)
{
    public const string ErasedName = "(erased)";

    private const string IntrosSql = """
        SELECT DISTINCT p.intro_id FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.tenant_id = @TenantId AND LOWER(p.email) = @email
        """;

    private const string PartiesSql = "SELECT id FROM parties WHERE intro_id = @introId AND LOWER(email) = @email";

    /// <summary>
    /// Message ids go too: a reply in the request's thread, or from the address, no longer finds the party.
    /// Answers and their times stay: they are the intro's outcome, and say nothing without a name.
    /// </summary>
    private const string EmptyPartySql = """
        UPDATE parties SET name = @ErasedName, email = '', about = '', why = '', request_subject = NULL, request_body = NULL,
                           request_message_id = NULL, request_conversation_id = NULL, request_internet_message_id = NULL
        WHERE id = @partyId
        """;

    /// <summary>Mail that is settled (sent, cancelled or failed) to the party, and the final intro, addressed To both.</summary>
    private const string DeleteMailSql = """
        DELETE FROM outbox
        WHERE intro_id = @introId AND state IN ('sent', 'cancelled', 'failed')
          AND (party_id = @partyId OR (party_id IS NULL AND kind IN ('final', 'finalDraft')))
        """;

    /// <summary>
    /// What is left of the intro's mail names the erased party (the other party's request introduces
    /// them; a note to the connector names them), so its text goes. A 'cancelling' row stays for the
    /// dispatcher, which needs only its draft id and mailbox to delete the draft (or record it as sent
    /// if it went out after all), never the message; its raw link token is not needed either.
    /// </summary>
    private const string EmptyMailSql = "UPDATE outbox SET message = @message, consent_token = NULL WHERE intro_id = @introId AND message <> @message";

    private const string AuditSql = """
        INSERT INTO erasure_audit (id, tenant_id, at, admin_id, intros, parties, events, outbox_rows, consent_tokens, replies)
        VALUES (@Id, @TenantId, @At, @AdminId, @Intros, @Parties, @Events, @OutboxRows, @ConsentTokens, @Replies)
        """;

    private static readonly string EmptyMessage = JsonSerializer.Serialize(new OutboxMessage([], [], [], "", "", ""), JsonSerializerOptions.Web);

    public async Task<ErasureCounts> EraseAsync(string tenantId, string adminId, string email)
    {
        List<string> introIds;
        await using (var connection = await db.OpenAsync())
        {
            introIds = (await connection.QueryAsync<string>(IntrosSql, new { TenantId = tenantId, email })).AsList();
        }
        var total = ErasureCounts.None;
        foreach (var introId in introIds)
        {
            total = total.Add(await db.InTransactionAsync((connection, transaction) => EraseInIntroAsync(connection, transaction, introId, email)));
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(AuditSql, new
        {
            Id = Ids.New(), TenantId = tenantId, At = now, AdminId = adminId, total.Intros, total.Parties, total.Events,
            total.OutboxRows, total.ConsentTokens, total.Replies,
        }, transaction));
        // Nothing that could say whom it was for: the counts and who asked.
        logger.LogInformation(
            "Erasure by admin {Admin} in tenant {Tenant}: {Intros} intros, {Parties} parties, {Events} events, {OutboxRows} outbox rows, {ConsentTokens} consent links, {Replies} replies",
            adminId, tenantId, total.Intros, total.Parties, total.Events, total.OutboxRows, total.ConsentTokens, total.Replies);
        return total;
    }

    private async Task<ErasureCounts> EraseInIntroAsync(DbConnection connection, DbTransaction transaction, string introId, string email)
    {
        await IntroTransitions.LockAsync(connection, transaction, introId);
        // Read again under the lock: a concurrent erasure may have emptied it already.
        var partyIds = (await connection.QueryAsync<string>(PartiesSql, new { introId, email }, transaction)).AsList();
        if (partyIds.Count == 0) return ErasureCounts.None;

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await IntroTransitions.StopForErasureAsync(connection, transaction, introId, now);
        int events = 0, mail = 0, tokens = 0, replies = 0;
        foreach (var partyId in partyIds)
        {
            var args = new { introId, partyId };
            tokens += await connection.ExecuteAsync("DELETE FROM consent_tokens WHERE party_id = @partyId", args, transaction);
            replies += await connection.ExecuteAsync("DELETE FROM party_replies WHERE party_id = @partyId", args, transaction);
            events += await connection.ExecuteAsync("DELETE FROM intro_events WHERE intro_id = @introId AND party_id = @partyId", args, transaction);
            mail += await connection.ExecuteAsync(DeleteMailSql, args, transaction);
            await connection.ExecuteAsync(EmptyPartySql, new { partyId, ErasedName }, transaction);
        }
        mail += await connection.ExecuteAsync(EmptyMailSql, new { introId, message = EmptyMessage }, transaction);
        return new ErasureCounts(1, partyIds.Count, events, mail, tokens, replies);
    }
}
