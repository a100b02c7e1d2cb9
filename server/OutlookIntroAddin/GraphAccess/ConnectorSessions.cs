using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>A connector's long-running on-behalf-of session: the MSAL key of their tokens (empty before their first sign-in), and whether mail waits for their sign-in.</summary>
public sealed record GraphSession(string SessionKey, long Generation, long? NeedsSignInSince);

/// <summary>The graph_sessions table. Exists in every mode (empty unless Graph runs on the connector's behalf).</summary>
public sealed class ConnectorSessions(Db db, TimeProvider clock)
{
    public async Task<GraphSession?> GetAsync(string tenantId, string connectorId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<GraphSession>(
            """
            SELECT session_key AS SessionKey, generation AS Generation, needs_sign_in_since AS NeedsSignInSince
            FROM graph_sessions WHERE tenant_id = @tenantId AND connector_id = @connectorId
            """,
            new { tenantId, connectorId });
    }

    public async Task<bool> NeedsSignInAsync(Connector connector) =>
        await GetAsync(connector.TenantId, connector.ObjectId) is { NeedsSignInSince: not null };

    /// <summary>
    /// Records a sign-in whose tokens MSAL now holds under <paramref name="sessionKey"/>: a new
    /// generation, and the connector's held mail becomes claimable again.
    /// </summary>
    public async Task SignedInAsync(Connector connector, string sessionKey)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(db.Dialect(
            portable: """
                INSERT INTO graph_sessions (tenant_id, connector_id, session_key, generation, signed_in_at)
                VALUES (@TenantId, @ObjectId, @sessionKey, 1, @now)
                ON CONFLICT (tenant_id, connector_id) DO UPDATE SET
                    session_key = excluded.session_key, generation = graph_sessions.generation + 1,
                    signed_in_at = excluded.signed_in_at, needs_sign_in_since = NULL, sign_in_error = NULL
                """,
            sqlServer: """
                MERGE graph_sessions WITH (HOLDLOCK) AS t
                USING (SELECT @TenantId AS tenant_id, @ObjectId AS connector_id) AS s
                    ON t.tenant_id = s.tenant_id AND t.connector_id = s.connector_id
                WHEN MATCHED THEN UPDATE SET session_key = @sessionKey, generation = t.generation + 1,
                    signed_in_at = @now, needs_sign_in_since = NULL, sign_in_error = NULL
                WHEN NOT MATCHED THEN INSERT (tenant_id, connector_id, session_key, generation, signed_in_at)
                    VALUES (@TenantId, @ObjectId, @sessionKey, 1, @now);
                """),
            new { connector.TenantId, connector.ObjectId, sessionKey, now = Now() });
    }

    /// <summary>
    /// Holds the connector's mail until they sign in again, unless a sign-in since
    /// <paramref name="generation"/> already renewed the session (then the caller simply retries).
    /// A connector with no session at all (their mail was queued before one existed) gets a held,
    /// keyless one, so the dispatcher leaves their mail alone instead of trying it over and over.
    /// </summary>
    public async Task<bool> HoldAsync(string tenantId, string connectorId, long generation, string why)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteAsync(db.Dialect(
            portable: """
                INSERT INTO graph_sessions (tenant_id, connector_id, session_key, generation, signed_in_at, needs_sign_in_since, sign_in_error)
                VALUES (@tenantId, @connectorId, '', 0, 0, @now, @why)
                ON CONFLICT (tenant_id, connector_id) DO UPDATE SET
                    needs_sign_in_since = excluded.needs_sign_in_since, sign_in_error = excluded.sign_in_error
                WHERE graph_sessions.generation = @generation AND graph_sessions.needs_sign_in_since IS NULL
                """,
            sqlServer: """
                MERGE graph_sessions WITH (HOLDLOCK) AS t
                USING (SELECT @tenantId AS tenant_id, @connectorId AS connector_id) AS s
                    ON t.tenant_id = s.tenant_id AND t.connector_id = s.connector_id
                WHEN MATCHED AND t.generation = @generation AND t.needs_sign_in_since IS NULL
                    THEN UPDATE SET needs_sign_in_since = @now, sign_in_error = @why
                WHEN NOT MATCHED THEN INSERT (tenant_id, connector_id, session_key, generation, signed_in_at, needs_sign_in_since, sign_in_error)
                    VALUES (@tenantId, @connectorId, '', 0, 0, @now, @why);
                """),
            new { tenantId, connectorId, generation, why, now = Now() }) > 0;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

/// <summary>
/// Graph cannot be called as the connector until they sign in again: their refresh token was
/// revoked or expired, or Entra ID wants an interaction (MFA, conditional access, consent).
/// </summary>
public sealed class SignInRequiredException(string tenantId, string connectorId, long generation, string reason, Exception? inner = null)
    : Exception($"The connector must sign in again before Graph can be called on their behalf: {reason}", inner)
{
    public string TenantId { get; } = tenantId;
    public string ConnectorId { get; } = connectorId;
    public long Generation { get; } = generation;
    public string Reason { get; } = reason;
}
