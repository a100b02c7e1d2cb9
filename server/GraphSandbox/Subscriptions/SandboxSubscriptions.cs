namespace GraphSandbox;

/// <summary>
/// Every subscription, kept in memory: like real Graph, subscriptions are state of the service and
/// outlive a restart of the app that made them, but not a restart of the sandbox itself. One
/// that has expired by the sandbox clock is gone, as Graph deletes it: no lookup finds it and it
/// raises nothing.
/// </summary>
public sealed class SandboxSubscriptions
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxSubscription> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    public SandboxSubscriptions(TimeProvider time, SandboxMailStore store)
    {
        _time = time;
        store.Emptied += Clear;
    }

    internal DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Every live subscription.</summary>
    public IReadOnlyList<SandboxSubscription> All()
    {
        lock (_lock)
            return _byId.Values.Where(Live).ToList();
    }

    /// <summary>A live subscription by id, or null (unknown, deleted or expired).</summary>
    public SandboxSubscription? Find(string id)
    {
        lock (_lock)
            return _byId.TryGetValue(id, out var s) && Live(s) ? s : null;
    }

    public void Clear()
    {
        lock (_lock)
            _byId.Clear();
    }

    internal void Add(SandboxSubscription subscription)
    {
        lock (_lock)
            _byId.Add(subscription.Id, subscription);
    }

    /// <summary>Applies a change to a live subscription; null when there is none to change.</summary>
    internal SandboxSubscription? Update(string id, Func<SandboxSubscription, SandboxSubscription> change)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out var s) || !Live(s))
                return null;
            return _byId[id] = change(s);
        }
    }

    internal SandboxSubscription? Remove(string id)
    {
        lock (_lock)
            return _byId.Remove(id, out var s) && Live(s) ? s : null;
    }

    /// <summary>The live subscriptions a new message in <paramref name="mailbox"/>'s Inbox notifies.</summary>
    internal IReadOnlyList<SandboxSubscription> Watching(string mailbox)
    {
        lock (_lock)
            return _byId.Values.Where(s => Live(s) && s.Mailbox == mailbox && s.Raises("created")).ToList();
    }

    private bool Live(SandboxSubscription s) => s.ExpirationDateTime > _time.GetUtcNow();
}
