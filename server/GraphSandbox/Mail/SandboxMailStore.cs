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
    private readonly SandboxJournal? _journal;

    public SandboxMailStore(TimeProvider time, SandboxOptions options)
    {
        _time = time;
        if (options.StateFile is { Length: > 0 } path)
        {
            _journal = SandboxJournal.Open(path, out var entries);
            foreach (var entry in entries)
                Apply(entry);
        }
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
            _journal?.Clear();
        }
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

    /// <summary>Journal first, then memory: a change the caller saw succeed survives a kill.</summary>
    private void Commit(JournalEntry entry)
    {
        _journal?.Append(entry);
        Apply(entry);
    }

    private void Apply(JournalEntry entry)
    {
        foreach (var message in entry.Put ?? [])
        {
            if (_byId.TryAdd(message.Id, message))
                _order.Add(message.Id);
            else
                _byId[message.Id] = message;
        }
        if (entry is { SettingsFor: { } address, Settings: { } settings })
            _settings[address] = settings;
    }
}
