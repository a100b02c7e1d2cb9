using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// Fills a migrated database with open intros of two parties each: exactly <c>ClaimDue</c> parties
/// have a follow-up or expiry due before <c>now</c>, three quarters of the rest are due within the
/// next 14 days, and the others have answered (due_at NULL). Seeded, ids included (random 12-byte
/// hex like <see cref="Ids.New"/>), so every run and every enumeration yields the same rows.
/// </summary>
public static class PartyLoader
{
    private const long Day = 86_400_000;

    public static IEnumerable<(IntroRow Intro, PartyRow[] Parties)> Generate(Sizes sizes, long now)
    {
        var random = new Random(20261125);
        var idBytes = new byte[12];
        string NewId()
        {
            random.NextBytes(idBytes);
            return Convert.ToHexStringLower(idBytes);
        }
        var due = new HashSet<int>();
        while (due.Count < sizes.ClaimDue) due.Add(random.Next(sizes.ClaimParties));
        for (var i = 0; i < sizes.ClaimIntros; i++)
        {
            var intro = new IntroRow
            {
                Id = NewId(), TenantId = $"tenant-{i % 100}", ConnectorId = $"connector-{i % 1000}",
                ConnectorName = $"Connector {i % 1000}", ConnectorEmail = $"connector{i % 1000}@contoso.example",
                State = IntroState.Requested, Reason = "you are both deep into XYZ", FinalIntro = FinalIntroMode.Send,
                Language = "en", LinkBase = "https://intros.contoso.example", CreatedAt = now - random.NextInt64(30 * Day),
            };
            var parties = new PartyRow[2];
            for (var p = 0; p < 2; p++)
            {
                var n = 2 * i + p;
                long? dueAt = due.Contains(n) ? now - 1 - random.NextInt64(3 * Day)
                    : random.NextDouble() < 0.75 ? now + 60_000 + random.NextInt64(14 * Day) : null;
                parties[p] = new PartyRow
                {
                    Id = NewId(), IntroId = intro.Id, Position = p, Name = $"Party {n}", Email = $"party{n}@example.com",
                    About = "works on XYZ", Answer = dueAt is null ? Answer.Yes : Answer.Pending,
                    RequestedAt = intro.CreatedAt, AnsweredAt = dueAt is null ? now - Day : null,
                    DueKind = dueAt is null ? null : n % 2 == 0 ? DueKind.FollowUp : DueKind.Expire, DueAt = dueAt,
                };
            }
            yield return (intro, parties);
        }
    }

    private static readonly string[] IntroColumns =
        ["id", "tenant_id", "connector_id", "connector_name", "connector_email", "state", "reason", "final_intro", "language", "link_base", "created_at"];

    private static readonly string[] PartyColumns =
        ["id", "intro_id", "position", "name", "email", "about", "already_agreed", "answer", "requested_at", "answered_at", "due_kind", "due_at"];

    private static object?[] IntroValues(IntroRow i) =>
        [i.Id, i.TenantId, i.ConnectorId, i.ConnectorName, i.ConnectorEmail, i.State, i.Reason, i.FinalIntro, i.Language, i.LinkBase, i.CreatedAt];

    private static object?[] PartyValues(PartyRow p) =>
        [p.Id, p.IntroId, p.Position, p.Name, p.Email, p.About, p.AlreadyAgreed, p.Answer, p.RequestedAt, p.AnsweredAt, p.DueKind, p.DueAt];

    /// <summary>Prepared inserts, committed every 50,000 intros, on a connection of its own so its big page cache stays out of the pool.</summary>
    public static void LoadSqlite(string file, Sizes sizes, long now, CancellationToken ct)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, ForeignKeys = true }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }
        using var intros = Insert(connection, "intros", IntroColumns);
        using var parties = Insert(connection, "parties", PartyColumns);
        SqliteTransaction? transaction = null;
        var count = 0;
        foreach (var (intro, partyRows) in Generate(sizes, now))
        {
            if (count++ % 50_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                transaction?.Commit();
                transaction?.Dispose();
                transaction = connection.BeginTransaction();
                intros.Transaction = parties.Transaction = transaction;
            }
            Execute(intros, IntroValues(intro));
            foreach (var party in partyRows) Execute(parties, PartyValues(party));
        }
        transaction?.Commit();
        transaction?.Dispose();
    }

    /// <summary>Binary COPY, the way a bulk load into PostgreSQL is done.</summary>
    public static async Task LoadPostgresAsync(string connectionString, Sizes sizes, long now, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        // Parties reference intros, so intros go first; generating twice costs less than holding a million rows.
        await CopyAsync(connection, "intros", IntroColumns, Generate(sizes, now).Select(r => IntroValues(r.Intro)), ct);
        await CopyAsync(connection, "parties", PartyColumns, Generate(sizes, now).SelectMany(r => r.Parties).Select(PartyValues), ct);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await writer.WriteNullAsync(ct); break;
                    case string s: await writer.WriteAsync(s, NpgsqlDbType.Text, ct); break;
                    case int n: await writer.WriteAsync(n, NpgsqlDbType.Integer, ct); break;
                    case long n: await writer.WriteAsync(n, NpgsqlDbType.Bigint, ct); break;
                    case bool b: await writer.WriteAsync(b, NpgsqlDbType.Boolean, ct); break;
                    default: throw new NotSupportedException(value.GetType().Name);
                }
            }
        }
        await writer.CompleteAsync(ct);
    }

    private static SqliteCommand Insert(SqliteConnection connection, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        foreach (var column in columns) command.Parameters.Add(new SqliteParameter("$" + column, null));
        return command;
    }

    private static void Execute(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
