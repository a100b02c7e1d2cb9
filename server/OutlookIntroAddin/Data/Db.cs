using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookIntroAddin.Data;

/// <summary>
/// One connection per operation, from one place. Statements are written once in portable SQL
/// (parameters, RETURNING, ON CONFLICT, partial indexes work on SQLite and PostgreSQL alike);
/// the few spots where dialects differ ask <see cref="Provider"/>.
/// </summary>
public sealed class Db
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;

    public Db(DatabaseOptions options, string dataFolder)
    {
        Provider = options.Provider;
        _connectionString = options.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(options.ConnectionString, dataFolder),
            _ => options.ConnectionString,
        };
        SqlMapper.Settings.CommandTimeout = options.CommandTimeoutSeconds;
        _busyTimeoutMs = options.CommandTimeoutSeconds * 1000;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>
    /// "column is one of @parameter (a list)": Dapper expands <c>IN @list</c> on SQLite but hands
    /// Npgsql an array, which PostgreSQL compares with <c>= ANY</c>.
    /// </summary>
    public string In(string column, string parameter) =>
        Provider == DatabaseProvider.Postgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_connectionString)
            : new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // SQLite's own busy handler waits for the write lock efficiently; without it
            // Microsoft.Data.Sqlite sleeps a pool thread in 150 ms steps while writers queue.
            // In WAL mode, synchronous=NORMAL keeps every commit through a process crash and
            // syncs at checkpoints only; a power cut may lose the last commits, and the outbox
            // then finds its mail again by the draft's tag instead of sending it twice.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: every state change and the outbox rows it causes commit together.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // Microsoft.Data.Sqlite begins IMMEDIATE transactions, so concurrent writers queue on the
        // busy timeout instead of failing half-way; PostgreSQL's READ COMMITTED plus conditional
        // updates gives the same guarantee row by row.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken ct = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, ct);

    private static string SqliteConnectionString(string configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(dataFolder, "intros.db")}" : configured);
        builder.ForeignKeys = true;
        builder.Pooling = true;
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
