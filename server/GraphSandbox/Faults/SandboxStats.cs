namespace GraphSandbox;

/// <summary>What clients did to the sandbox, so tests can prove a caller respected Graph's limits.</summary>
public sealed class SandboxStats
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _byRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _maxInFlight = new(StringComparer.Ordinal);
    private long _total, _concurrencyRejections, _earlyRetries, _sends, _throttled, _unavailable, _gatewayTimeouts, _held, _holding;

    public long TotalRequests => Snapshot().TotalRequests;
    public IReadOnlyDictionary<string, long> RequestsByRoute => Snapshot().RequestsByRoute;

    /// <summary>The highest number of admitted requests seen in flight at once for any one mailbox.</summary>
    public int MaxInFlightPerMailbox => Snapshot().MaxInFlightPerMailbox;

    public long ConcurrencyRejections => Snapshot().ConcurrencyRejections;

    /// <summary>The same request (method, URL, body) sent again before the Retry-After it was refused with had passed.</summary>
    public long EarlyRetries => Snapshot().EarlyRetries;

    public long SendsTakenEffect => Snapshot().SendsTakenEffect;

    public SandboxStatsSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new SandboxStatsSnapshot(
                _total,
                new Dictionary<string, long>(_byRoute),
                _maxInFlight.Count == 0 ? 0 : _maxInFlight.Values.Max(),
                new Dictionary<string, int>(_maxInFlight),
                _concurrencyRejections,
                _earlyRetries,
                _sends,
                _throttled,
                _unavailable,
                _gatewayTimeouts,
                _held,
                _holding);
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _byRoute.Clear();
            _maxInFlight.Clear();
            _total = _concurrencyRejections = _earlyRetries = _sends = _throttled = _unavailable = _gatewayTimeouts = _held = 0;
        }
    }

    /// <summary>A send that took effect and whose answer is being held back (<see cref="SandboxFaultSettings.HoldAfterSendMs"/>).</summary>
    internal void HoldBegins()
    {
        lock (_lock) { _held++; _holding++; }
    }

    internal void HoldEnds()
    {
        lock (_lock) _holding--;
    }

    internal void CountRequest(string route)
    {
        lock (_lock)
        {
            _total++;
            _byRoute[route] = _byRoute.GetValueOrDefault(route) + 1;
        }
    }

    internal void ObserveInFlight(string mailbox, int inFlight)
    {
        lock (_lock)
            _maxInFlight[mailbox] = Math.Max(inFlight, _maxInFlight.GetValueOrDefault(mailbox));
    }

    internal void CountConcurrencyRejection() { lock (_lock) _concurrencyRejections++; }
    internal void CountEarlyRetry() { lock (_lock) _earlyRetries++; }
    internal void CountSend() { lock (_lock) _sends++; }

    internal void CountFailure(int status)
    {
        lock (_lock)
        {
            switch (status)
            {
                case 429: _throttled++; break;
                case 503: _unavailable++; break;
                case 504: _gatewayTimeouts++; break;
            }
        }
    }
}

public sealed record SandboxStatsSnapshot(
    long TotalRequests,
    IReadOnlyDictionary<string, long> RequestsByRoute,
    int MaxInFlightPerMailbox,
    IReadOnlyDictionary<string, int> MaxInFlightByMailbox,
    long ConcurrencyRejections,
    long EarlyRetries,
    long SendsTakenEffect,
    long Throttled429,
    long Unavailable503,
    long GatewayTimeouts504,
    long SendsHeld = 0,
    long SendsHoldingNow = 0);
