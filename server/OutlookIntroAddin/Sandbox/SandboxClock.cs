namespace OutlookIntroAddin.Sandbox;

/// <summary>
/// Sandbox mode's clock: real time plus an offset that only moves forward, so a newcomer (or a
/// test) can jump days ahead and watch follow-ups and expiries happen.
/// </summary>
public sealed class SandboxClock(DateTimeOffset? start = null) : TimeProvider
{
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
