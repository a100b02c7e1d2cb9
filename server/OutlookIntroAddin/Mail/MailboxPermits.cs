using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Mail;

/// <summary>One of a mailbox's numbered permits, held by one request of one instance until <c>expires_at</c>.</summary>
public sealed record Permit(string Mailbox, string Kind, int Slot, string Holder);

/// <summary>What a mailbox's permits of one kind look like now: why a permit was not given, and until when.</summary>
public sealed record PermitState
{
    /// <summary>The mailbox's Retry-After, while it lasts.</summary>
    public long? NotBefore { get; init; }

    public long Held { get; init; }

    /// <summary>When the first of the held permits runs out.</summary>
    public long? FirstExpiry { get; init; }
}

/// <summary>
/// Graph's limits per mailbox as rows every instance on the database sees (migration 0009): numbered
/// permits with a lease, and the mailbox's Retry-After. Each permit is taken by one statement, so two
/// instances can never both hold one slot; a slot is free once its lease ran out, whoever held it.
/// </summary>
public sealed class MailboxPermits(Db db)
{
    public const string Request = "request";
    public const string Send = "send";

    /// <summary>This process, as the holder of the permits it takes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Ids.New()[..8]}";

    private long _taken;

    // The lowest slot that no one holds, unless the mailbox is backing off. Two instances that pick the
    // same slot at once meet in ON CONFLICT (MERGE's key-range lock on SQL Server): the later one finds
    // the slot held and gets no row back. The portable statement runs on SQLite and PostgreSQL (the
    // SELECT's WHERE keeps SQLite's upsert unambiguous).
    private string TakeSql => db.Dialect(
        portable: """
            WITH RECURSIVE slots (slot) AS (SELECT 0 UNION ALL SELECT slot + 1 FROM slots WHERE slot + 1 < @limit)
            INSERT INTO mailbox_permits (mailbox, kind, slot, holder, expires_at)
            SELECT @mailbox, @kind, slots.slot, @holder, @until FROM slots
            WHERE NOT EXISTS (SELECT 1 FROM mailbox_permits p
                              WHERE p.mailbox = @mailbox AND p.kind = @kind AND p.slot = slots.slot AND p.expires_at > @now)
              AND NOT EXISTS (SELECT 1 FROM mailbox_backoff b WHERE b.mailbox = @mailbox AND b.not_before > @now)
            ORDER BY slots.slot LIMIT 1
            ON CONFLICT (mailbox, kind, slot) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE mailbox_permits.expires_at <= @now
            RETURNING slot
            """,
        sqlServer: """
            WITH slots (slot) AS (SELECT 0 UNION ALL SELECT slot + 1 FROM slots WHERE slot + 1 < @limit)
            MERGE mailbox_permits WITH (HOLDLOCK) AS t
            USING (SELECT TOP (1) slots.slot FROM slots
                   WHERE NOT EXISTS (SELECT 1 FROM mailbox_permits p
                                     WHERE p.mailbox = @mailbox AND p.kind = @kind AND p.slot = slots.slot AND p.expires_at > @now)
                     AND NOT EXISTS (SELECT 1 FROM mailbox_backoff b WHERE b.mailbox = @mailbox AND b.not_before > @now)
                   ORDER BY slots.slot) AS s
            ON t.mailbox = @mailbox AND t.kind = @kind AND t.slot = s.slot
            WHEN MATCHED AND t.expires_at <= @now THEN UPDATE SET holder = @holder, expires_at = @until
            WHEN NOT MATCHED THEN INSERT (mailbox, kind, slot, holder, expires_at) VALUES (@mailbox, @kind, s.slot, @holder, @until)
            OUTPUT inserted.slot
            OPTION (MAXRECURSION 0);
            """);

    /// <summary>One of <paramref name="limit"/> permits of <paramref name="kind"/>, held until <paramref name="until"/>; null when none is free now.</summary>
    public async Task<Permit?> TakeAsync(string mailbox, string kind, int limit, long now, long until, CancellationToken ct)
    {
        var holder = $"{Owner}/{Interlocked.Increment(ref _taken)}";
        var slot = await db.InTransactionAsync((connection, transaction) => connection.QuerySingleOrDefaultAsync<int?>(
            new CommandDefinition(TakeSql, new { mailbox, kind, limit, holder, now, until }, transaction, cancellationToken: ct)), ct);
        return slot is { } taken ? new Permit(mailbox, kind, taken, holder) : null;
    }

    private const string StateSql = """
        SELECT (SELECT not_before FROM mailbox_backoff WHERE mailbox = @mailbox AND not_before > @now) AS NotBefore,
               (SELECT COUNT(*) FROM mailbox_permits WHERE mailbox = @mailbox AND kind = @kind AND slot < @limit AND expires_at > @now) AS Held,
               (SELECT MIN(expires_at) FROM mailbox_permits WHERE mailbox = @mailbox AND kind = @kind AND slot < @limit AND expires_at > @now) AS FirstExpiry
        """;

    public async Task<PermitState> StateAsync(string mailbox, string kind, int limit, long now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleAsync<PermitState>(new CommandDefinition(StateSql, new { mailbox, kind, limit, now }, cancellationToken: ct));
    }

    /// <summary>Keeps the permit until <paramref name="until"/>; false when its lease ran out and another holder has the slot.</summary>
    public async Task<bool> RenewAsync(Permit permit, long until) => await db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
        "UPDATE mailbox_permits SET expires_at = @until WHERE mailbox = @Mailbox AND kind = @Kind AND slot = @Slot AND holder = @Holder",
        new { permit.Mailbox, permit.Kind, permit.Slot, permit.Holder, until }, transaction)) > 0;

    /// <summary>Frees the slot at once, unless its lease ran out and it is someone else's by now.</summary>
    public Task ReleaseAsync(Permit permit) => db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
        "DELETE FROM mailbox_permits WHERE mailbox = @Mailbox AND kind = @Kind AND slot = @Slot AND holder = @Holder", permit, transaction));

    /// <summary>
    /// Forgets permits and Retry-Afters that ended before <paramref name="before"/>: a mailbox nobody
    /// has mailed from for a while leaves no row, and so no address, behind.
    /// </summary>
    public Task<int> ForgetEndedAsync(long before, CancellationToken ct) => db.InTransactionAsync(async (connection, transaction) =>
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM mailbox_permits WHERE expires_at < @before", new { before }, transaction, cancellationToken: ct))
        + await connection.ExecuteAsync(new CommandDefinition("DELETE FROM mailbox_backoff WHERE not_before < @before", new { before }, transaction, cancellationToken: ct)), ct);

    /// <summary>Nothing more for the mailbox before <paramref name="notBefore"/>; a later Retry-After already on record stays.</summary>
    public Task BackOffAsync(string mailbox, long notBefore) => db.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(db.Dialect(
        portable: """
            INSERT INTO mailbox_backoff (mailbox, not_before) VALUES (@mailbox, @notBefore)
            ON CONFLICT (mailbox) DO UPDATE SET not_before = excluded.not_before WHERE mailbox_backoff.not_before < excluded.not_before
            """,
        sqlServer: """
            MERGE mailbox_backoff WITH (HOLDLOCK) AS t
            USING (SELECT @mailbox AS mailbox, @notBefore AS not_before) AS s ON t.mailbox = s.mailbox
            WHEN MATCHED AND t.not_before < s.not_before THEN UPDATE SET not_before = s.not_before
            WHEN NOT MATCHED THEN INSERT (mailbox, not_before) VALUES (s.mailbox, s.not_before);
            """), new { mailbox, notBefore }, transaction));
}
