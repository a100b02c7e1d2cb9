using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// The <c>Idempotency-Key</c> request header of POST /api/intros (IETF draft "The Idempotency-Key
/// HTTP Header Field", draft-ietf-httpapi-idempotency-key-header): a connector's key, recorded with
/// the intro it created in the same transaction, so a retry after a lost response finds that intro
/// instead of creating a second one and mailing both parties again. Keys are per connector
/// (tenant id and object id) and kept at least 24 hours (the draft's §2.3 asks for a published
/// expiry); <c>RetentionPurge</c> deletes older ones.
/// </summary>
public sealed class IdempotencyKeys(Db db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    public const string Rule = "Idempotency-Key is one value of 1 to 200 printable ASCII characters, such as a UUID.";

    public sealed record Recorded(string IntroId, string RequestHash);

    /// <summary>Another create with the same key committed first; the one that throws this stored nothing.</summary>
    public sealed class TakenException() : Exception("The idempotency key was recorded by a create that committed first.");

    /// <summary>
    /// The key of a request: null without the header, false when it is malformed. The draft (§2.1) makes
    /// it a structured-field string, <c>"8e03978e-…"</c>; most clients send it bare, which is taken as it
    /// is but without commas, since two header lines reach us joined by one.
    /// </summary>
    public static bool TryRead(HttpRequest request, out string? key)
    {
        key = null;
        var values = request.Headers[Header];
        if (values.Count == 0) return true;
        if (values.Count > 1 || values[0] is not { } value) return false;
        key = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? Unquote(value)
            : value.Contains(',') || value.Contains('"') ? null
            : value;
        return key is { Length: >= 1 and <= 200 } && key.All(c => c is >= ' ' and <= '~');
    }

    /// <summary>SHA-256 of the request as parsed (the draft's §2.4 fingerprint), so whitespace and field order do not count.</summary>
    public static string Fingerprint(CreateIntroRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web)));

    public async Task<Recorded?> FindAsync(Connector connector, string key)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Recorded>(
            """
            SELECT intro_id AS IntroId, request_hash AS RequestHash FROM idempotency_keys
            WHERE tenant_id = @TenantId AND connector_id = @ObjectId AND idempotency_key = @key
            """,
            new { connector.TenantId, connector.ObjectId, key });
    }

    /// <summary>
    /// Records the key inside the create's own transaction. Of two creates with one key the primary key
    /// decides: PostgreSQL makes the second insert wait for the first transaction and then skip (SQL
    /// Server's MERGE too, on its key-range lock), SQLite runs one writer at a time; the second throws <see cref="TakenException"/>, which rolls its intro
    /// and its mail back.
    /// </summary>
    public Func<DbConnection, DbTransaction, string, Task> Record(Connector connector, string key, string requestHash) =>
        async (connection, transaction, introId) =>
        {
            var inserted = await connection.ExecuteAsync(db.Dialect(
                portable: """
                    INSERT INTO idempotency_keys (tenant_id, connector_id, idempotency_key, request_hash, intro_id, created_at)
                    VALUES (@TenantId, @ObjectId, @key, @requestHash, @introId, @now)
                    ON CONFLICT DO NOTHING
                    """,
                sqlServer: """
                    MERGE idempotency_keys WITH (HOLDLOCK) AS t
                    USING (SELECT @TenantId AS tenant_id, @ObjectId AS connector_id, @key AS idempotency_key) AS s
                    ON t.tenant_id = s.tenant_id AND t.connector_id = s.connector_id AND t.idempotency_key = s.idempotency_key
                    WHEN NOT MATCHED THEN INSERT (tenant_id, connector_id, idempotency_key, request_hash, intro_id, created_at)
                                          VALUES (@TenantId, @ObjectId, @key, @requestHash, @introId, @now);
                    """),
                new { connector.TenantId, connector.ObjectId, key, requestHash, introId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction);
            if (inserted == 0) throw new TakenException();
        };

    /// <summary>An sf-string's content (RFC 8941 §3.3.3: only \" and \\ are escapes); null if it is not one.</summary>
    private static string? Unquote(string value)
    {
        var key = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (c == '"') return null;
            if (c == '\\')
            {
                if (++i == value.Length - 1 || value[i] is not ('"' or '\\')) return null;
                c = value[i];
            }
            key.Append(c);
        }
        return key.ToString();
    }
}
