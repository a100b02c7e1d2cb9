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
            if (db.Provider == DatabaseProvider.Postgres)
            {
                // Several instances may start at once against one database; the first one migrates.
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(727274)", transaction: transaction);
            }
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
                transaction: transaction);
            var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_version", transaction: transaction)).ToHashSet();
            foreach (var (version, sql) in scripts.Where(s => !applied.Contains(s.Version)))
            {
                await connection.ExecuteAsync(sql, transaction: transaction);
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
}
