using Dapper;
using Microsoft.Extensions.Caching.Distributed;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// The distributed cache under Microsoft.Identity.Web's token caches, in our database, so any
/// instance can refresh any connector's tokens. Identity.Web encrypts every entry with Data
/// Protection (whose key ring is in the database too, <see cref="DataProtectionKeyTable"/>) before
/// it gets here. An entry past its expiry is gone for readers at once and deleted at the latest
/// half an hour later, when someone writes.
/// </summary>
/// <param name="realTime">Real time, as the token lifetimes the expiries come from: never the sandbox's movable clock.</param>
public sealed class TokenCacheStore(Db db, TimeProvider? realTime = null) : IDistributedCache
{
    private readonly TimeProvider _time = realTime ?? TimeProvider.System;
    private static readonly long SweepEveryMs = (long)TimeSpan.FromMinutes(30).TotalMilliseconds;
    private long _sweptAt;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var now = Now();
        await using var connection = await db.OpenAsync(token);
        var entry = await connection.QuerySingleOrDefaultAsync<Entry>(
            "SELECT data AS Data, expires_at AS ExpiresAt, sliding_ms AS SlidingMs FROM token_cache WHERE cache_key = @key",
            new { key });
        if (entry is null || entry.ExpiresAt <= now) return null;
        if (entry.SlidingMs is not null) await TouchAsync(connection, key, now);
        return entry.Data;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var now = Now();
        var sliding = options.SlidingExpiration is { } s ? (long)s.TotalMilliseconds : (long?)null;
        long? absolute = options.AbsoluteExpiration?.ToUnixTimeMilliseconds()
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + (long)relative.TotalMilliseconds : null);
        long? expires = sliding is { } first ? Math.Min(now + first, absolute ?? long.MaxValue) : absolute;
        await using var connection = await db.OpenAsync(token);
        await connection.ExecuteAsync(db.Dialect(
            portable: """
                INSERT INTO token_cache (cache_key, data, updated_at, expires_at, sliding_ms, absolute_at)
                VALUES (@key, @value, @now, @expires, @sliding, @absolute)
                ON CONFLICT (cache_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
                    expires_at = excluded.expires_at, sliding_ms = excluded.sliding_ms, absolute_at = excluded.absolute_at
                """,
            sqlServer: """
                MERGE token_cache WITH (HOLDLOCK) AS t
                USING (SELECT @key AS cache_key) AS s ON t.cache_key = s.cache_key
                WHEN MATCHED THEN UPDATE SET data = @value, updated_at = @now, expires_at = @expires, sliding_ms = @sliding, absolute_at = @absolute
                WHEN NOT MATCHED THEN INSERT (cache_key, data, updated_at, expires_at, sliding_ms, absolute_at)
                    VALUES (@key, @value, @now, @expires, @sliding, @absolute);
                """),
            new { key, value, now, expires, sliding, absolute });
        if (now - Interlocked.Read(ref _sweptAt) < SweepEveryMs) return;
        Interlocked.Exchange(ref _sweptAt, now);
        await connection.ExecuteAsync("DELETE FROM token_cache WHERE expires_at <= @now", new { now });
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        await using var connection = await db.OpenAsync(token);
        await TouchAsync(connection, key, Now());
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var connection = await db.OpenAsync(token);
        await connection.ExecuteAsync("DELETE FROM token_cache WHERE cache_key = @key", new { key });
    }

    /// <summary>A read moves a live entry's sliding expiry on, never past its absolute one.</summary>
    private static Task TouchAsync(System.Data.Common.DbConnection connection, string key, long now) =>
        connection.ExecuteAsync(
            """
            UPDATE token_cache SET expires_at = CASE WHEN absolute_at < @now + sliding_ms THEN absolute_at ELSE @now + sliding_ms END
            WHERE cache_key = @key AND sliding_ms IS NOT NULL AND expires_at > @now AND expires_at < @now + sliding_ms
            """,
            new { key, now });

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed record Entry(byte[] Data, long? ExpiresAt, long? SlidingMs);
}
