namespace GraphSandbox;

/// <summary>
/// The faults in force, changeable at runtime from any thread, and the Retry-After deadlines the
/// sandbox has handed out per mailbox.
/// </summary>
public sealed class SandboxFaults
{
    /// <summary>
    /// Timer granularity on the client may wake a retry a few milliseconds before the deadline;
    /// that is a well-behaved client, not an early retry.
    /// </summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(50);


    // Real time on purpose: clients wait out Retry-After with real timers, while the injected
    // TimeProvider may be a test clock that never moves.
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _retryDeadlines = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _refused = new(StringComparer.Ordinal);
    private SandboxFaultSettings _settings = new();
    private Random _random = new();

    public SandboxFaultSettings Settings
    {
        get { lock (_lock) return _settings; }
    }

    public double Rate429 { get => Settings.Rate429; set => Update(s => s with { Rate429 = value }); }
    public double Rate503 { get => Settings.Rate503; set => Update(s => s with { Rate503 = value }); }
    public double Rate504AfterSend { get => Settings.Rate504AfterSend; set => Update(s => s with { Rate504AfterSend = value }); }
    public int RetryAfterSeconds { get => Settings.RetryAfterSeconds; set => Update(s => s with { RetryAfterSeconds = value }); }
    public int LatencyMs { get => Settings.LatencyMs; set => Update(s => s with { LatencyMs = value }); }
    public double LatencySpikeRate { get => Settings.LatencySpikeRate; set => Update(s => s with { LatencySpikeRate = value }); }
    public int LatencySpikeMs { get => Settings.LatencySpikeMs; set => Update(s => s with { LatencySpikeMs = value }); }
    public int SendDelayMs { get => Settings.SendDelayMs; set => Update(s => s with { SendDelayMs = value }); }
    public int MaxConcurrentPerMailbox { get => Settings.MaxConcurrentPerMailbox; set => Update(s => s with { MaxConcurrentPerMailbox = value }); }
    public int? Seed { get => Settings.Seed; set => Set(Settings with { Seed = value }); }

    /// <summary>Replaces every setting; a seed restarts the random sequence so a run can be replayed.</summary>
    public void Set(SandboxFaultSettings settings)
    {
        settings.Validate();
        lock (_lock)
        {
            _settings = settings;
            _random = settings.Seed is { } seed ? new Random(seed) : new Random();
        }
    }

    /// <summary>No faults, default limits, and no Retry-After deadline outstanding.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _settings = new SandboxFaultSettings();
            _random = new Random();
            _retryDeadlines.Clear();
            _refused.Clear();
        }
    }

    private void Update(Func<SandboxFaultSettings, SandboxFaultSettings> change)
    {
        lock (_lock)
        {
            var changed = change(_settings);
            changed.Validate();
            _settings = changed;
        }
    }

    /// <summary>Time left before the mailbox may be called again; null when it may.</summary>
    internal TimeSpan? RetryAfterRemaining(string mailbox)
    {
        lock (_lock)
        {
            if (!_retryDeadlines.TryGetValue(mailbox, out var until))
                return null;
            var remaining = -_clock.GetElapsedTime(until);
            return remaining <= Grace ? null : remaining;
        }
    }

    /// <summary>Records the deadline for a 429/503 about to be sent; returns its Retry-After seconds.</summary>
    internal int GiveRetryAfter(string mailbox)
    {
        lock (_lock)
        {
            var seconds = _settings.RetryAfterSeconds;
            var until = _clock.GetTimestamp() + (long)(seconds * (double)_clock.TimestampFrequency);
            if (!_retryDeadlines.TryGetValue(mailbox, out var deadline) || deadline < until)
                _retryDeadlines[mailbox] = until;
            return seconds;
        }
    }

    /// <summary>
    /// Remembers a refused request (method, URL and body) with the Retry-After it was given. The
    /// same request again before then is an early retry; other requests sent alongside it could
    /// not have known and are merely throttled too.
    /// </summary>
    internal void Refused(string request, int retryAfterSeconds)
    {
        lock (_lock)
        {
            var now = _clock.GetTimestamp();
            if (_refused.Count > 10_000)
            {
                foreach (var expired in _refused.Where(r => r.Value < now).Select(r => r.Key).ToList()) _refused.Remove(expired);
            }
            _refused[request] = now + (long)(retryAfterSeconds * (double)_clock.TimestampFrequency);
        }
    }

    internal bool IsEarlyRetry(string request)
    {
        lock (_lock)
        {
            return _refused.TryGetValue(request, out var until) && -_clock.GetElapsedTime(until) > Grace;
        }
    }

    internal int NextLatencyMs()
    {
        lock (_lock)
        {
            var spike = _settings.LatencySpikeRate > 0 && _random.NextDouble() < _settings.LatencySpikeRate;
            return _settings.LatencyMs + (spike ? _settings.LatencySpikeMs : 0);
        }
    }

    /// <summary>429, 503 or null (no failure) for the next request.</summary>
    internal int? NextFailure()
    {
        lock (_lock)
        {
            if (_settings.Next429 > 0)
            {
                _settings = _settings with { Next429 = _settings.Next429 - 1 };
                return 429;
            }
            if (_settings.Next503 > 0)
            {
                _settings = _settings with { Next503 = _settings.Next503 - 1 };
                return 503;
            }
            if (_settings.Rate429 > 0 && _random.NextDouble() < _settings.Rate429)
                return 429;
            if (_settings.Rate503 > 0 && _random.NextDouble() < _settings.Rate503)
                return 503;
            return null;
        }
    }

    internal bool NextGatewayTimeoutAfterSend()
    {
        lock (_lock)
        {
            if (_settings.Next504AfterSend > 0)
            {
                _settings = _settings with { Next504AfterSend = _settings.Next504AfterSend - 1 };
                return true;
            }
            return _settings.Rate504AfterSend > 0 && _random.NextDouble() < _settings.Rate504AfterSend;
        }
    }

    /// <summary>Whether this send is turned away with 503 before it takes effect (<see cref="SandboxFaultSettings.Next503OnSend"/>).</summary>
    internal bool NextSendRefused()
    {
        lock (_lock)
        {
            if (_settings.Next503OnSend == 0) return false;
            _settings = _settings with { Next503OnSend = _settings.Next503OnSend - 1 };
            return true;
        }
    }

}
