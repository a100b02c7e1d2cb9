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
        if (entry.SlidingMs is { } sliding) await TouchAsync(connection, key, now, sliding);
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
        var sliding = await connection.QuerySingleOrDefaultAsync<long?>("SELECT sliding_ms FROM token_cache WHERE cache_key = @key", new { key });
        if (sliding is { } ms) await TouchAsync(connection, key, Now(), ms);
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var connection = await db.OpenAsync(token);
        await connection.ExecuteAsync("DELETE FROM token_cache WHERE cache_key = @key", new { key });
    }

    /// <summary>A read moves a sliding expiry on, never past the entry's absolute one.</summary>
    private static Task TouchAsync(System.Data.Common.DbConnection connection, string key, long now, long sliding) =>
        connection.ExecuteAsync(
            """
            UPDATE token_cache SET expires_at = CASE WHEN absolute_at < @expires THEN absolute_at ELSE @expires END
            WHERE cache_key = @key AND expires_at < @expires
            """,
            new { key, expires = now + sliding });

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed record Entry(byte[] Data, long? ExpiresAt, long? SlidingMs);
}
