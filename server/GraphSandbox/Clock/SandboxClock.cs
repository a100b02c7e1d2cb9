namespace GraphSandbox;

/// <summary>
/// The sandbox world's clock: real time plus an offset that only moves forward, so a newcomer (or
/// a test) can jump days ahead and watch follow-ups and expiries happen. The main app in sandbox
/// mode and the standalone sandbox each run one; the soak starts and moves them together, as the
/// real Graph and our server share the one real time.
/// </summary>
public sealed class SandboxClock(DateTimeOffset? start = null) : TimeProvider
{
    /// <summary>How far one jump may go: ten years, more than any follow-up or retention period.</summary>
    public const int MaxAdvanceDays = 3660;

    private long _offsetMs = start is { } s ? s.ToUnixTimeMilliseconds() - System.GetUtcNow().ToUnixTimeMilliseconds() : 0;

    public override DateTimeOffset GetUtcNow() =>
        DateTimeOffset.FromUnixTimeMilliseconds(System.GetUtcNow().ToUnixTimeMilliseconds() + Interlocked.Read(ref _offsetMs));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetMs, (long)by.TotalMilliseconds);
    }
}
