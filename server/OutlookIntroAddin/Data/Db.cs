using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookIntroAddin.Data;

/// <summary>
/// One connection per operation, from one place. Statements are written once in portable SQL
/// (parameters, RETURNING, ON CONFLICT, partial indexes work on SQLite and PostgreSQL alike);
/// SQL Server lacks RETURNING, ON CONFLICT and LIMIT, so a statement that uses them has its T-SQL
/// sibling beside it, picked by <see cref="Dialect(string, string)"/>. The few other spots where
/// dialects differ ask <see cref="Provider"/>.
/// </summary>
public sealed class Db
{
    private readonly string _connectionString;
    private readonly Func<SqlAuthenticationParameters, CancellationToken, Task<SqlAuthenticationToken>>? _sqlServerTokens;
    private readonly int _busyTimeoutMs;
    private readonly string _synchronous;
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public Db(DatabaseOptions options, string dataFolder)
    {
        Provider = options.Provider;
        (_connectionString, _sqlServerTokens) = options.Provider switch
        {
            DatabaseProvider.Sqlite => (SqliteConnectionString(options.ConnectionString, dataFolder), null),
            DatabaseProvider.SqlServer => AzureSqlTokens.From(options.ConnectionString),
            _ => (options.ConnectionString, null),
        };
        SqlMapper.Settings.CommandTimeout = options.CommandTimeoutSeconds;
        _busyTimeoutMs = options.CommandTimeoutSeconds * 1000;
        _synchronous = options.SqliteSynchronous == SqliteSynchronous.Normal ? "NORMAL" : "FULL";
    }

    public DatabaseProvider Provider { get; }

    /// <summary>
    /// "column is one of @parameter (a list)": Dapper expands <c>IN @list</c> on SQLite but hands
    /// Npgsql an array, which PostgreSQL compares with <c>= ANY</c>.
    /// </summary>
    public string In(string column, string parameter) =>
        Provider == DatabaseProvider.Postgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";

    /// <summary>
    /// A statement in the dialect of this database: <paramref name="portable"/> on SQLite and
    /// PostgreSQL, its T-SQL sibling <paramref name="sqlServer"/> on SQL Server and Azure SQL. Both
    /// must mean exactly the same thing, down to the rows they return and the duplicates they skip.
    /// </summary>
    public string Dialect(string portable, string sqlServer) => Dialect(Provider, portable, sqlServer);

    /// <inheritdoc cref="Dialect(string, string)"/>
    public static string Dialect(DatabaseProvider provider, string portable, string sqlServer) =>
        provider == DatabaseProvider.SqlServer ? sqlServer : portable;

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(_connectionString),
            DatabaseProvider.SqlServer => _sqlServerTokens is null
                ? new SqlConnection(_connectionString)
                : new SqlConnection(_connectionString) { AccessTokenCallback = _sqlServerTokens },
            _ => new NpgsqlConnection(_connectionString),
        };
        await connection.OpenAsync(ct);
        // The pool hands back the same SQLite handle many times; its settings stay with it.
        if (connection is SqliteConnection sqlite && sqlite.Handle is { } handle && !_configured.TryGetValue(handle, out _))
        {
            // SQLite's own busy handler waits for the write lock efficiently; without it
            // Microsoft.Data.Sqlite sleeps a pool thread in 150 ms steps while writers queue.
            // synchronous=FULL (the default) syncs the WAL at every commit, so a commit that was
            // acknowledged survives a power cut: a claim, a recorded draft or a consent token whose
            // link went out in a mail is never lost. NORMAL survives a process crash only.
            // benchmarks/results.md gives the cost on the create path.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = {_synchronous}; PRAGMA wal_autocheckpoint = 0";
            await pragma.ExecuteNonQueryAsync(ct);
            _configured.AddOrUpdate(handle, Configured);
        }
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="read"/> on one snapshot: several queries that make up one answer see
    /// the same data, and on SQLite the connection's page cache survives between them (it is
    /// dropped whenever a read transaction starts after someone else's commit).
    /// </summary>
    public async Task<T> InSnapshotAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        if (connection is not SqliteConnection sqlite) return await read(connection, null);
        await using var transaction = sqlite.BeginTransaction(deferred: true);
        var result = await read(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: every state change and the outbox rows it causes commit together.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct = default)
    {
        // SQLite has one writer at a time. This process's writers queue here, in order, instead of
        // in SQLite's busy handler, which retries after sleeps of 1, 2, 5, … 100 ms and so lets a
        // writer lose to later ones again and again; other processes on the file still meet the
        // busy handler.
        var gate = Provider == DatabaseProvider.Sqlite ? _sqliteWriter : null;
        if (gate is not null) await gate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            // Microsoft.Data.Sqlite begins IMMEDIATE transactions, so concurrent writers queue on the
            // busy timeout instead of failing half-way; READ COMMITTED plus conditional updates gives
            // the same guarantee row by row on PostgreSQL and SQL Server (whose conditional updates and
            // claims read the latest committed row under their update locks, so Azure SQL's
            // READ_COMMITTED_SNAPSHOT does not change what they see).
            await using var transaction = Provider == DatabaseProvider.Sqlite
                ? await connection.BeginTransactionAsync(ct)
                : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            gate?.Release();
            if (gate is not null) CheckpointSoon();
        }
    }

    private int _checkpointing;
    private long _lastCheckpoint;

    /// <summary>WAL pages (4 KB each) after which the log is started again from its beginning.</summary>
    private const long RestartWalPages = 4096;

    /// <summary>
    /// Copies committed pages from the WAL into the database file, at most every 200 ms and
    /// never inside a writer's turn: SQLite would otherwise do it in whichever commit crossed
    /// 1,000 pages, and every writer queued behind that one would wait for the copy and its fsync.
    /// Under steady load a reader or a writer is always busy, so SQLite never finds the moment to
    /// start the WAL over and it grows by hundreds of megabytes a minute; once it holds
    /// <see cref="RestartWalPages"/>, the checkpoint takes a writer's turn, waits for the readers
    /// of older snapshots (milliseconds) and restarts it.
    /// </summary>
    private void CheckpointSoon()
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastCheckpoint) < 200 || Interlocked.Exchange(ref _checkpointing, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var connection = await OpenAsync();
                if (await CheckpointAsync(connection, "PASSIVE") < RestartWalPages) return;
                await _sqliteWriter.WaitAsync();
                try
                {
                    // Waits at most 2 s for other processes' writers and old readers; the turn is brief.
                    await connection.ExecuteAsync("PRAGMA busy_timeout = 2000");
                    await CheckpointAsync(connection, "RESTART");
                }
                finally
                {
                    _sqliteWriter.Release();
                    await connection.ExecuteAsync($"PRAGMA busy_timeout = {_busyTimeoutMs}");
                }
            }
            catch (Exception e) when (e is SqliteException or IOException or ObjectDisposedException)
            {
                // Busy, or the database is going away: the next commit tries again.
            }
            finally
            {
                Interlocked.Exchange(ref _lastCheckpoint, Environment.TickCount64);
                Interlocked.Exchange(ref _checkpointing, 0);
            }
        });
    }

    /// <summary>Runs a checkpoint and returns the WAL's length in pages (SQLite's second column).</summary>
    private static async Task<long> CheckpointAsync(DbConnection connection, string mode)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetInt64(1) : 0;
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
