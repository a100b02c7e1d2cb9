using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;

namespace OutlookIntroAddin.Tests.GraphAccess;

/// <summary>The distributed cache under Identity.Web's token caches keeps IDistributedCache's promises on each database.</summary>
public class TokenCacheStoreTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task EntriesAreReplacedRemovedAndGoneAfterTheirExpiry(string provider)
    {
        await using var app = new IntroApp(provider);
        var cache = new TokenCacheStore(app.Services.GetRequiredService<Db>());

        await cache.SetAsync("session-a", [1, 2, 3], new DistributedCacheEntryOptions());
        await cache.SetAsync("session-a", [4, 5], new DistributedCacheEntryOptions());
        Assert.Equal([4, 5], await cache.GetAsync("session-a"));
        Assert.Null(await cache.GetAsync("session-b"));

        await cache.SetAsync("app-token", [7], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMilliseconds(-1) });
        Assert.Null(await cache.GetAsync("app-token"));
        await cache.SetAsync("app-token", [8], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        Assert.Equal([8], await cache.GetAsync("app-token"));

        await cache.RemoveAsync("session-a");
        Assert.Null(await cache.GetAsync("session-a"));
    }

    [Fact]
    public async Task ASlidingEntryLivesOnWhileItIsReadButNeverPastItsAbsoluteExpiry()
    {
        await using var app = new IntroApp();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cache = new TokenCacheStore(app.Services.GetRequiredService<Db>(), time);
        await cache.SetAsync("sliding", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(40),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(150),
        });

        for (var i = 0; i < 4; i++)
        {
            time.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal([1], await cache.GetAsync("sliding"));
        }
        // Read every 25 minutes, it outlived its 40-minute window; unread, the window closes.
        time.Advance(TimeSpan.FromMinutes(41));
        Assert.Null(await cache.GetAsync("sliding"));

        await cache.SetAsync("capped", [2], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(40),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(50),
        });
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal([2], await cache.GetAsync("capped"));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(await cache.GetAsync("capped"));
    }
}
