using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace OutlookIntroAddin.Data;

/// <summary>Applies the numbered scripts in Data/Migrations/{provider}/ that the schema_version table has not seen.</summary>
public static partial class Migrator
{
    public static async Task MigrateAsync(Db db, CancellationToken ct = default)
    {
        var scripts = Scripts(db.Provider);
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            // Several instances may start at once against one database; the first one migrates and the
            // others wait for its commit. Both locks end with this transaction.
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(727274)", transaction: transaction);
            }
            else if (db.Provider == DatabaseProvider.SqlServer)
            {
                await connection.ExecuteAsync(
                    """
                    DECLARE @granted INT;
                    EXEC @granted = sp_getapplock @Resource = N'intros-schema', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = -1;
                    IF @granted < 0 THROW 50000, N'The schema migration lock was not granted.', 1;
                    """, transaction: transaction);
            }
            await connection.ExecuteAsync(db.Dialect(
                portable: "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
                sqlServer: "IF OBJECT_ID(N'schema_version', N'U') IS NULL CREATE TABLE schema_version (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)"),
                transaction: transaction);
            var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_version", transaction: transaction)).ToHashSet();
            foreach (var (version, sql) in scripts.Where(s => !applied.Contains(s.Version)))
            {
                // SQL Server compiles a batch before running it, so a script that adds a column and then
                // uses it is split into batches at its GO lines, as sqlcmd and SSMS do.
                foreach (var batch in db.Provider == DatabaseProvider.SqlServer ? GoLine().Split(sql) : [sql])
                {
                    if (!string.IsNullOrWhiteSpace(batch)) await connection.ExecuteAsync(batch, transaction: transaction);
                }
                await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                    new { version, at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, transaction);
            }
        }, ct);

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers run beside the single writer; it is a property of the file, set once.
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL");
        }
    }

    private static List<(int Version, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var folder = $"migrations/{provider.ToString().ToLowerInvariant()}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(VersionPrefix().Match(n[folder.Length..]).Value), Name: n))
            .OrderBy(s => s.Version)
            .Select(s => (s.Version, Read(assembly, s.Name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"^[ \t]*GO[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
