namespace OutlookIntroAddin.Data;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string; empty means a SQLite file in the app's data folder.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Applies to every statement (Dapper's default command timeout).</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// SQLite's <c>synchronous</c>: <c>Full</c> keeps every acknowledged commit through a power cut;
    /// <c>Normal</c> only through a process crash (faster; see benchmarks/results.md).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}

public enum SqliteSynchronous { Full, Normal }
