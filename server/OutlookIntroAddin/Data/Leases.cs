namespace OutlookIntroAddin.Data;

/// <summary>
/// Claims on due work (outbox rows, due parties) hold for a while, measured in real time: a lease
/// tells whether the instance that took the row is still alive, so when the sandbox clock jumps
/// days ahead, a row another instance is working on must not look abandoned.
/// </summary>
public static class Leases
{
    public static long Now() => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
}
