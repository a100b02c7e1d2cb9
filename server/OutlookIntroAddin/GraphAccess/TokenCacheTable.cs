using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Identity.Client;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// MSAL's token cache in the database, one row per cache key (for the long-running on-behalf-of
/// flow, the connector's session key), so any instance can refresh any connector's token. The
/// bytes hold refresh tokens that act as the connector for days: they are protected with Data
/// Protection under a purpose naming the key, so a row copied onto another key does not open.
/// </summary>
public sealed class TokenCacheTable(Db db, IDataProtectionProvider protection, TimeProvider clock, ILogger<TokenCacheTable> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OutlookIntroAddin.GraphAccess.TokenCache.v1");

    public void Attach(ITokenCache cache)
    {
        cache.SetBeforeAccessAsync(LoadAsync);
        cache.SetAfterAccessAsync(SaveAsync);
    }

    private async Task LoadAsync(TokenCacheNotificationArgs args)
    {
        byte[]? plain = null;
        if (args.SuggestedCacheKey is { } key)
        {
            await using var connection = await db.OpenAsync(args.CancellationToken);
            var stored = await connection.QuerySingleOrDefaultAsync<byte[]>(
                "SELECT data FROM token_cache WHERE cache_key = @key", new { key });
            plain = stored is null ? null : Unprotect(key, stored);
        }
        // Always replace what the in-memory cache holds: another instance may have refreshed the tokens since.
        args.TokenCache.DeserializeMsalV3(plain, shouldClearExistingCache: true);
    }

    private async Task SaveAsync(TokenCacheNotificationArgs args)
    {
        if (!args.HasStateChanged || args.SuggestedCacheKey is not { } key) return;
        await using var connection = await db.OpenAsync(args.CancellationToken);
        if (!args.HasTokens)
        {
            await connection.ExecuteAsync("DELETE FROM token_cache WHERE cache_key = @key", new { key });
            return;
        }
        var data = _protector.CreateProtector(key).Protect(args.TokenCache.SerializeMsalV3());
        await connection.ExecuteAsync(
            """
            INSERT INTO token_cache (cache_key, data, updated_at) VALUES (@key, @data, @now)
            ON CONFLICT (cache_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
            """,
            new { key, data, now = clock.GetUtcNow().ToUnixTimeMilliseconds() });
    }

    private byte[]? Unprotect(string key, byte[] stored)
    {
        try
        {
            return _protector.CreateProtector(key).Unprotect(stored);
        }
        catch (CryptographicException e)
        {
            // The key ring lost the key (a fresh database, a removed protection certificate): the
            // session is gone, and the connector's next sign-in starts a new one.
            logger.LogWarning(e, "A stored token cache entry could not be decrypted; the connector will be asked to sign in again");
            return null;
        }
    }
}
