namespace GraphSandbox;

/// <summary>
/// Every mailbox the sandbox holds. One lock guards all state: the sandbox serves a handful of
/// requests at a time and correctness (a send is all-or-nothing) matters more than throughput.
/// </summary>
public sealed partial class SandboxMailStore : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxMessage> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, SandboxMailboxSettings> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly SandboxOptions _options;
    private readonly SandboxJournal? _journal;

    public SandboxMailStore(TimeProvider time, SandboxOptions options)
    {
        _time = time;
        _options = options;
        if (options.StateFile is { Length: > 0 } path)
        {
            _journal = SandboxJournal.Open(path, out var entries);
            foreach (var entry in entries)
                Apply(entry);
        }
        // A journal written before delta tokens existed, or none at all, starts a sync generation.
        if (_epoch is null)
            Commit(new JournalEntry(Epoch: NewEpoch()));
    }

    /// <summary>Every copy in every mailbox and folder, oldest first (sent time, else creation time).</summary>
    public IReadOnlyList<SandboxMessage> AllMessages()
    {
        lock (_lock)
            return _order.Select(id => _byId[id]).OrderBy(m => m.SentAt ?? m.CreatedAt).ToList();
    }

    /// <summary>One mailbox's messages, optionally one folder's, oldest first.</summary>
    public IReadOnlyList<SandboxMessage> Messages(string mailbox, string? folder = null)
    {
        var owner = Normalize(mailbox);
        return AllMessages()
            .Where(m => m.Mailbox == owner && (folder is null || string.Equals(m.Folder, folder, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>A message by its id alone, whichever mailbox holds it.</summary>
    public SandboxMessage? Find(string id)
    {
        lock (_lock)
            return _byId.GetValueOrDefault(id);
    }

    public SandboxMessage? Find(string mailbox, string id)
    {
        lock (_lock)
            return _byId.TryGetValue(id, out var m) && m.Mailbox == Normalize(mailbox) ? m : null;
    }

    public void Reset()
    {
        lock (_lock)
        {
            _byId.Clear();
            _order.Clear();
            _settings.Clear();
            _bodyReads.Clear();
            ClearChanges();
            _journal?.Clear();
            // Every delta token from before the reset now answers 410, as after a real resync reset.
            Commit(new JournalEntry(Epoch: NewEpoch()));
        }
        Emptied?.Invoke();
    }

    public SandboxMailboxSettings GetMailboxSettings(string address)
    {
        lock (_lock)
            return _settings.GetValueOrDefault(Normalize(address)) ?? SandboxMailboxSettings.Default;
    }

    public void SetMailboxSettings(string address, SandboxMailboxSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.TimeZone);
        lock (_lock)
            Commit(new JournalEntry(SettingsFor: Normalize(address), Settings: settings));
    }

    public void Dispose() => _journal?.Dispose();

    internal static string Normalize(string address) => address.Trim().ToLowerInvariant();

    /// <summary>
    /// Journal first, then memory: a change the caller saw succeed survives a kill. Arrivals are
    /// announced only here, never while the journal is replayed at start.
    /// </summary>
    private void Commit(JournalEntry entry)
    {
        _journal?.Append(entry);
        foreach (var arrival in Apply(entry))
            Arrived?.Invoke(arrival);
    }

    /// <summary>Applies one change and returns the copies that entered an Inbox with it.</summary>
    private List<SandboxArrival> Apply(JournalEntry entry)
    {
        var arrivals = new List<SandboxArrival>();
        foreach (var message in entry.Put ?? [])
        {
            var before = _byId.GetValueOrDefault(message.Id);
            if (before is null)
                _order.Add(message.Id);
            else if (before.Mailbox != message.Mailbox || before.Folder != message.Folder)
                Bury(before);
            _byId[message.Id] = message;
            var sequence = Touch(message, entered: before is null || before.Mailbox != message.Mailbox || before.Folder != message.Folder);
            if (message.Folder == "inbox" && (before is null || before.Folder != "inbox" || before.Mailbox != message.Mailbox))
                arrivals.Add(new SandboxArrival(message, sequence));
        }
        foreach (var id in entry.Remove ?? [])
        {
            if (!_byId.Remove(id, out var gone))
                continue;
            _order.Remove(id);
            Bury(gone);
        }
        if (entry is { SettingsFor: { } address, Settings: { } settings })
            _settings[address] = settings;
        if (entry.Epoch is { } epoch)
            _epoch = epoch;
        return arrivals;
    }
}

/// <summary>A copy that has just entered a mailbox's Inbox, with the change sequence that put it there.</summary>
internal sealed record SandboxArrival(SandboxMessage Message, long Sequence);
