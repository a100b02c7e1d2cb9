using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookIntroAddin.Soak;

/// <summary>What the soak reads from the servers' database itself: how many consent links were minted.</summary>
public static class SoakDatabase
{
    public static async Task<Dictionary<string, int>> ConsentTokensPerPartyAsync(string provider, string connectionString)
    {
        await using DbConnection connection = provider == "Postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var rows = await connection.QueryAsync<(string Email, long Count)>(
            "SELECT p.email, COUNT(*) FROM consent_tokens t JOIN parties p ON p.id = t.party_id GROUP BY p.email");
        return rows.ToDictionary(r => r.Email, r => (int)r.Count);
    }
}
