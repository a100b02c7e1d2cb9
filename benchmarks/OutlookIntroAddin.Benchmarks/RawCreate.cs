using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// The floor under POST /api/intros: the very rows the API wrote, inserted with plain Dapper into a
/// fresh, migrated SQLite file, one transaction per intro, in the statement shapes of
/// IntroTransitions.CreateAsync and Outbox.EnqueueAsync. No HTTP, validation, composing or read-back.
/// </summary>
public sealed class RawCreate : IAsyncDisposable
{
    public sealed record OutboxRecord(string Id, string IntroId, string? PartyId, string Mailbox, string Kind, string Message, long DueAt);

    public sealed record IntroRows(IntroRow Intro, List<PartyRow> Parties, List<EventRow> Events, List<OutboxRecord> Outbox)
    {
        public int RowCount => 1 + Parties.Count + Events.Count + Outbox.Count;
    }

    private const string InsertIntro = """
        INSERT INTO intros (id, tenant_id, connector_id, connector_name, connector_email, state, reason, final_intro, language, link_base, created_at)
        VALUES (@Id, @TenantId, @ConnectorId, @ConnectorName, @ConnectorEmail, @State, @Reason, @FinalIntro, @Language, @LinkBase, @CreatedAt)
        """;

    private const string InsertParty = """
        INSERT INTO parties (id, intro_id, position, name, email, about, already_agreed, answer, answered_at, request_subject, request_body)
        VALUES (@Id, @IntroId, @Position, @Name, @Email, @About, @AlreadyAgreed, @Answer, @AnsweredAt, @RequestSubject, @RequestBody)
        """;

    private const string InsertEvent = "INSERT INTO intro_events (intro_id, party_id, at, what) VALUES (@IntroId, @PartyId, @At, @What)";

    private const string InsertOutbox = """
        INSERT INTO outbox (id, intro_id, party_id, mailbox, kind, state, message, attempts, due_at, created_at)
        VALUES (@Id, @IntroId, @PartyId, @Mailbox, @Kind, 'pending', @Message, 0, @DueAt, @DueAt)
        """;

    private readonly string _folder;
    private readonly Db _db;

    private RawCreate(string folder, Db db) => (_folder, _db) = (folder, db);

    public static async Task<RawCreate> StartAsync(SqliteSynchronous synchronous, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("intros-bench-raw-").FullName;
        var db = new Db(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "raw.db")}", SqliteSynchronous = synchronous }, folder);
        await Migrator.MigrateAsync(db, ct);
        return new RawCreate(folder, db);
    }

    /// <summary>Reads what the API stored for these intros, so both sides write the same bytes.</summary>
    public static async Task<List<IntroRows>> ReadAsync(Db source, IReadOnlyList<string> introIds)
    {
        await using var connection = await source.OpenAsync();
        var result = new List<IntroRows>(introIds.Count);
        foreach (var ids in introIds.Chunk(500))
        {
            var intros = await connection.QueryAsync<IntroRow>(IntroStore.IntroColumns + " WHERE " + source.In("id", "ids"), new { ids });
            var parties = (await connection.QueryAsync<PartyRow>(
                """
                SELECT id AS Id, intro_id AS IntroId, position AS Position, name AS Name, email AS Email, about AS About,
                       already_agreed AS AlreadyAgreed, answer AS Answer, answered_at AS AnsweredAt,
                       request_subject AS RequestSubject, request_body AS RequestBody
                FROM parties
                """ + " WHERE " + source.In("intro_id", "ids") + " ORDER BY position", new { ids })).ToLookup(p => p.IntroId);
            var events = (await connection.QueryAsync<EventRow>(
                "SELECT intro_id AS IntroId, party_id AS PartyId, at AS At, what AS What FROM intro_events WHERE " + source.In("intro_id", "ids") + " ORDER BY id",
                new { ids })).ToLookup(e => e.IntroId);
            var outbox = (await connection.QueryAsync<OutboxRecord>(
                """
                SELECT id AS Id, intro_id AS IntroId, party_id AS PartyId, mailbox AS Mailbox, kind AS Kind, message AS Message, due_at AS DueAt
                FROM outbox
                """ + " WHERE " + source.In("intro_id", "ids"), new { ids })).ToLookup(o => o.IntroId);
            result.AddRange(intros.Select(i => new IntroRows(i, parties[i.Id].ToList(), events[i.Id].ToList(), outbox[i.Id].ToList())));
        }
        if (result.Count != introIds.Count) throw new InvalidOperationException($"Read back {result.Count} of {introIds.Count} intros.");
        return result;
    }

    /// <summary>Inserts every intro in its own transaction, <paramref name="concurrency"/> at a time; returns the elapsed time.</summary>
    public async Task<TimeSpan> InsertAsync(IReadOnlyList<IntroRows> intros, int concurrency, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await Concurrently.RunAsync(intros.Count, concurrency, async i =>
        {
            var rows = intros[i];
            await using var connection = await _db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(InsertIntro, rows.Intro, transaction);
            await connection.ExecuteAsync(InsertParty, rows.Parties, transaction);
            foreach (var e in rows.Events) await connection.ExecuteAsync(InsertEvent, e, transaction);
            foreach (var o in rows.Outbox) await connection.ExecuteAsync(InsertOutbox, o, transaction);
            await transaction.CommitAsync(ct);
        });
        return clock.Elapsed;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
