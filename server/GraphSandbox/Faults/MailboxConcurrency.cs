namespace GraphSandbox;

/// <summary>Requests in flight per mailbox, to enforce Graph's per-mailbox concurrency limit.</summary>
internal sealed class MailboxConcurrency
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Admits the request unless the mailbox is at <paramref name="limit"/> (0 = no limit).</summary>
    public bool TryEnter(string mailbox, int limit, out int inFlight)
    {
        lock (_lock)
        {
            inFlight = _inFlight.GetValueOrDefault(mailbox);
            if (limit > 0 && inFlight >= limit)
                return false;
            _inFlight[mailbox] = ++inFlight;
            return true;
        }
    }

    public void Exit(string mailbox)
    {
        lock (_lock)
        {
            if (--_inFlight[mailbox] == 0)
                _inFlight.Remove(mailbox);
        }
    }
}
