using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Records;

/// <summary>What a download link opens: one tenant's record, or one connector's within it, in one format.</summary>
public sealed record DownloadLink(string TenantId, string? ConnectorId, string Format);

/// <summary>
/// One-use links to a consent record download. Outlook on Mac and classic Outlook on Windows run the
/// task pane in a webview that does not save files; there the pane asks for a link with the
/// connector's token and opens it in the user's browser (Office's openBrowserWindow), which carries
/// no token. A link opens the same export as the call it stands for, once, within <see cref="Lifetime"/>.
/// </summary>
public sealed class DownloadLinks(Db db, TimeProvider clock)
{
    /// <summary>Long enough for the browser to open, short enough that a link found later opens nothing.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(DownloadLink link)
    {
        var token = SecretTokens.New();
        var now = clock.GetUtcNow();
        var expiresAt = now + Lifetime;
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            // Links past their time are of no use to anyone: each new one sweeps them.
            await connection.ExecuteAsync("DELETE FROM download_links WHERE expires_at < @now",
                new { now = now.ToUnixTimeMilliseconds() }, transaction);
            await connection.ExecuteAsync(
                """
                INSERT INTO download_links (token_hash, tenant_id, connector_id, format, expires_at)
                VALUES (@hash, @TenantId, @ConnectorId, @Format, @expiresAt)
                """,
                new { hash = SecretTokens.Hash(token), link.TenantId, link.ConnectorId, link.Format, expiresAt = expiresAt.ToUnixTimeMilliseconds() },
                transaction);
        });
        return (token, expiresAt);
    }

    /// <summary>What the token opens, marking it used; null when it is unknown, used or past its time.</summary>
    public Task<DownloadLink?> RedeemAsync(string token) => db.InTransactionAsync(async (connection, transaction) =>
    {
        var args = new { hash = SecretTokens.Hash(token), now = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        // Marking it used is the check: of two opening it at once, one changes the row.
        var used = await connection.ExecuteAsync(
            "UPDATE download_links SET used_at = @now WHERE token_hash = @hash AND used_at IS NULL AND expires_at >= @now", args, transaction);
        if (used == 0) return null;
        return await connection.QuerySingleAsync<DownloadLink>(
            "SELECT tenant_id AS TenantId, connector_id AS ConnectorId, format AS Format FROM download_links WHERE token_hash = @hash",
            args, transaction);
    });
}
