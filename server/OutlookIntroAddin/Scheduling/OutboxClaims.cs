using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// The dispatcher's hold on outbox rows. A claim increments the row's generation; every later step
/// of that claim is fenced by it, so an instance that was paused past its lease (a long GC pause, a
/// frozen VM) finds the row taken over and changes nothing.
/// </summary>
public sealed class OutboxClaims(Db db, DispatchGuards guards)
{
    /// <summary>This process, as the owner of the leases it takes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Ids.New()[..8]}";

    // Fair across mailboxes: at most @perMailbox rows of one mailbox per claim, oldest first, so one
    // connector's backlog (Exchange sends 30 a minute) never holds back another connector's mail.
    // The outer WHERE re-checks the lease, which PostgreSQL re-evaluates on a row another instance
    // just claimed; SQL Server's pick takes update locks and skips rows another instance holds.
    // Rows of a connector who must sign in again are left alone until they do.
    private string ClaimSql => db.Dialect(
        portable: """
            UPDATE outbox SET claimed_until = @until, attempts = attempts + 1, claim_generation = claim_generation + 1, claim_owner = @Owner
            WHERE id IN (SELECT id FROM (
                             SELECT o.id, o.due_at, ROW_NUMBER() OVER (PARTITION BY o.mailbox ORDER BY o.due_at, o.id) AS turn
                             FROM outbox o
                             WHERE o.state IN ('pending', 'drafted', 'cancelling') AND o.due_at <= @now
                               AND (o.claimed_until IS NULL OR o.claimed_until < @leaseNow)
                               AND NOT EXISTS (SELECT 1 FROM intros i
                                               JOIN graph_sessions s ON s.tenant_id = i.tenant_id AND s.connector_id = i.connector_id
                                               WHERE i.id = o.intro_id AND s.needs_sign_in_since IS NOT NULL)) due
                         WHERE due.turn <= @perMailbox
                         ORDER BY due.turn, due.due_at LIMIT @batch)
              AND state IN ('pending', 'drafted', 'cancelling') AND (claimed_until IS NULL OR claimed_until < @leaseNow)
            RETURNING id AS Id, intro_id AS IntroId, party_id AS PartyId, mailbox AS Mailbox, kind AS Kind,
                      state AS State, message AS Message, draft_id AS DraftId, attempts AS Attempts,
                      claim_generation AS Generation, consent_token AS ConsentToken, send_requested_at AS SendRequestedAt,
                      (SELECT tenant_id FROM intros WHERE intros.id = outbox.intro_id) AS TenantId,
                      (SELECT connector_id FROM intros WHERE intros.id = outbox.intro_id) AS ConnectorId
            """,
        sqlServer: """
            UPDATE o SET claimed_until = @until, attempts = o.attempts + 1, claim_generation = o.claim_generation + 1, claim_owner = @Owner
            OUTPUT inserted.id AS Id, inserted.intro_id AS IntroId, inserted.party_id AS PartyId, inserted.mailbox AS Mailbox, inserted.kind AS Kind,
                   inserted.state AS State, inserted.message AS Message, inserted.draft_id AS DraftId, inserted.attempts AS Attempts,
                   inserted.claim_generation AS Generation, inserted.consent_token AS ConsentToken, inserted.send_requested_at AS SendRequestedAt,
                   i.tenant_id AS TenantId, i.connector_id AS ConnectorId
            FROM outbox o JOIN intros i ON i.id = o.intro_id
            WHERE o.id IN (SELECT TOP (@batch) due.id FROM (
                               SELECT c.id, c.due_at, ROW_NUMBER() OVER (PARTITION BY c.mailbox ORDER BY c.due_at, c.id) AS turn
                               FROM outbox c WITH (UPDLOCK, READPAST, ROWLOCK)
                               WHERE c.state IN ('pending', 'drafted', 'cancelling') AND c.due_at <= @now
                                 AND (c.claimed_until IS NULL OR c.claimed_until < @leaseNow)
                                 AND NOT EXISTS (SELECT 1 FROM intros ci
                                                 JOIN graph_sessions s ON s.tenant_id = ci.tenant_id AND s.connector_id = ci.connector_id
                                                 WHERE ci.id = c.intro_id AND s.needs_sign_in_since IS NOT NULL)) due
                           WHERE due.turn <= @perMailbox
                           ORDER BY due.turn, due.due_at)
              AND o.state IN ('pending', 'drafted', 'cancelling') AND (o.claimed_until IS NULL OR o.claimed_until < @leaseNow)
            """);

    /// <summary>Claims up to <paramref name="batch"/> rows due by <paramref name="now"/> (the product's clock) for <paramref name="leaseMs"/> of real time.</summary>
    public Task<List<OutboxRow>> ClaimAsync(int batch, int perMailbox, long now, long leaseMs)
    {
        var leaseNow = Leases.Now();
        return db.InTransactionAsync(async (connection, transaction) => (await connection.QueryAsync<OutboxRow>(
            ClaimSql, new { batch, perMailbox, now, leaseNow, until = leaseNow + leaseMs, Owner }, transaction)).AsList());
    }

    /// <summary>Keeps the lease on rows this instance is still working on; a row another instance took over is not touched.</summary>
    public Task RenewAsync(IReadOnlyList<string> ids, long leaseMs)
    {
        if (ids.Count == 0) return Task.CompletedTask;
        return db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            $"UPDATE outbox SET claimed_until = @until WHERE {db.In("id", "ids")} AND claim_owner = @Owner AND state IN ('pending', 'drafted', 'cancelling')",
            new { ids, until = Leases.Now() + leaseMs, Owner }, transaction));
    }

    /// <summary>Records the row's one draft; false when the claim was lost or a draft is on record already: then this draft must never be sent.</summary>
    public Task<bool> RecordDraftAsync(OutboxRow row, string draftId) => FencedAsync(row,
        "SET state = 'drafted', draft_id = @draftId", " AND state <> 'cancelling'" + (guards.LeaseCheck ? " AND draft_id IS NULL" : ""), new { draftId });

    /// <summary>
    /// Whether this claim may still send its draft (the row is its own, not cancelled, and the lease
    /// has not run out); when it may, the moment of asking Graph is on record before Graph is asked.
    /// </summary>
    public Task<bool> MaySendAsync(OutboxRow row) => guards.LeaseCheck
        ? FencedAsync(row, "SET send_requested_at = @now", " AND state = 'drafted' AND claimed_until > @now", new { now = Leases.Now() })
        : db.InTransactionAsync(async (connection, transaction) => await connection.ExecuteAsync(
            "UPDATE outbox SET send_requested_at = @now WHERE id = @Id AND state <> 'cancelled'", new { now = Leases.Now(), row.Id }, transaction) > 0);

    /// <summary>Graph refused the send outright (429, 503): nothing went out, so the next claim need not wait for it.</summary>
    public Task<bool> SendRefusedAsync(OutboxRow row) => FencedAsync(row, "SET send_requested_at = NULL", "", new { });

    /// <summary>The draft on record for the row now, whoever recorded it.</summary>
    public async Task<string?> DraftIdAsync(OutboxRow row)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string?>("SELECT draft_id FROM outbox WHERE id = @Id", new { row.Id });
    }

    /// <summary>Tries again at <paramref name="dueAt"/>; the lease is released.</summary>
    public Task<bool> RetryAsync(OutboxRow row, long dueAt, string error) => FencedAsync(row,
        "SET due_at = @dueAt, claimed_until = NULL, claim_owner = NULL, last_error = @error", "", new { dueAt, error });

    /// <summary>
    /// Gives the row back without counting an attempt, due at <paramref name="dueAt"/>: nothing was
    /// tried (the mailbox is paced, its connector must sign in, or this instance is stopping), and
    /// whatever earlier steps of this claim did is on record (the draft id).
    /// </summary>
    public Task<bool> ReleaseAsync(OutboxRow row, long? dueAt, string? error) => FencedAsync(row,
        "SET attempts = attempts - 1, claimed_until = NULL, claim_owner = NULL, due_at = COALESCE(@dueAt, due_at), last_error = COALESCE(@error, last_error)",
        "", new { dueAt, error });

    /// <summary>
    /// The row's consent token. Rows queued before tokens were minted with the mail have none: one is
    /// minted now, once, under the row's lock, and kept with the row for every later attempt.
    /// </summary>
    public Task<string> ConsentTokenAsync(OutboxRow row, string partyId, long now) => row.ConsentToken is { } token
        ? Task.FromResult(token)
        : db.InTransactionAsync(async (connection, transaction) =>
        {
            // Touching the row first locks it (PostgreSQL, SQL Server), so two instances cannot both mint.
            var stored = await connection.QuerySingleAsync<string?>(db.Dialect(
                portable: "UPDATE outbox SET consent_token = consent_token WHERE id = @Id RETURNING consent_token",
                sqlServer: "UPDATE outbox SET consent_token = consent_token OUTPUT inserted.consent_token WHERE id = @Id"), new { row.Id }, transaction);
            if (stored is not null) return stored;
            var minted = await ConsentTokens.MintAsync(connection, transaction, row.IntroId, partyId, now);
            await connection.ExecuteAsync("UPDATE outbox SET consent_token = @minted WHERE id = @Id", new { minted, row.Id }, transaction);
            return minted;
        });

    /// <summary>A cancelled mail whose draft is gone (deleted, or never made) is cancelled for good.</summary>
    public Task<bool> FinishCancelAsync(OutboxRow row) => FencedAsync(row,
        "SET state = 'cancelled', claimed_until = NULL, claim_owner = NULL, consent_token = NULL", " AND state = 'cancelling'", new { });

    public Task<bool> FailAsync(OutboxRow row, string error) => FencedAsync(row,
        "SET state = 'failed', claimed_until = NULL, claim_owner = NULL, last_error = @error, consent_token = NULL", "", new { error });

    private async Task<bool> FencedAsync(OutboxRow row, string set, string alsoWhere, object values)
    {
        var fence = guards.LeaseCheck ? " AND claim_generation = @Generation" : "";
        var parameters = new DynamicParameters(values);
        parameters.Add("Id", row.Id);
        parameters.Add("Generation", row.Generation);
        // set and alsoWhere are constants of this class, never input.
        return await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            $"UPDATE outbox {set} WHERE id = @Id AND state IN ('pending', 'drafted', 'cancelling'){fence}{alsoWhere}", parameters, transaction)) > 0;
    }
}
