namespace GraphSandbox;

/// <summary>
/// The change log delta query reads: every change gets the next sequence number, and a copy that
/// leaves a folder (deleted or moved out) leaves a tombstone there. Sequence numbers are assigned
/// as changes are applied, so replaying the journal rebuilds the same log and tokens stay valid
/// across a restart.
/// </summary>
public sealed partial class SandboxMailStore
{
    private readonly Dictionary<string, (long Changed, long Entered)> _sequences = new(StringComparer.Ordinal);
    private readonly List<Tombstone> _tombstones = [];
    private long _sequence;
    private string? _epoch;

    /// <summary>Raised (under the store's lock) for each copy that enters an Inbox: a delivery or a move.</summary>
    internal event Action<SandboxArrival>? Arrived;

    /// <summary>Raised after <see cref="Reset"/>, so state kept beside the mailboxes (subscriptions) goes too.</summary>
    internal event Action? Emptied;

    /// <summary>
    /// Invalidates every delta token handed out so far: the next call with one answers 410 Gone
    /// (SyncStateNotFound), as Exchange does when its sync state cache has dropped a token.
    /// </summary>
    public void ExpireDeltaTokens()
    {
        lock (_lock)
            Commit(new JournalEntry(Epoch: NewEpoch()));
    }

    internal string Epoch
    {
        get { lock (_lock) return _epoch!; }
    }

    internal long Sequence
    {
        get { lock (_lock) return _sequence; }
    }

    /// <summary>
    /// A folder's changes with a sequence in (<paramref name="after"/>, <paramref name="upto"/>]:
    /// copies there now, and, unless this is the initial round (<paramref name="since"/> null),
    /// tombstones of copies gone since. Ordered by sequence, at most <paramref name="max"/>.
    /// </summary>
    internal (List<DeltaChange> Page, bool More) Changes(
        string mailbox, string folder, long? since, long upto, long after, DeltaChangeType? type, int max)
    {
        var owner = Normalize(mailbox);
        lock (_lock)
        {
            bool InFolder(SandboxMessage m) => m.Mailbox == owner && m.Folder == folder && _sequences[m.Id].Changed <= upto;
            var present = _byId.Values.Where(InFolder)
                .Select(m => (m, s: _sequences[m.Id]))
                .Where(p => p.s.Changed > after && (since is null || p.s.Changed > since))
                .Where(p => type is null || type == (since is null || p.s.Entered > since ? DeltaChangeType.Created : DeltaChangeType.Updated))
                .Select(p => new DeltaChange(p.m.Id, p.s.Changed, p.m));
            var removed = since is null || type is not (null or DeltaChangeType.Deleted)
                ? []
                : _tombstones
                    .Where(t => t.Mailbox == owner && t.Folder == folder && t.Sequence > since && t.Sequence > after && t.Sequence <= upto)
                    .Where(t => !(_byId.TryGetValue(t.Id, out var now) && InFolder(now)))
                    .GroupBy(t => t.Id)
                    .Select(g => new DeltaChange(g.Key, g.Max(t => t.Sequence), null));
            var all = present.Concat(removed).OrderBy(c => c.Sequence).ToList();
            return (all.Take(max).ToList(), all.Count > max);
        }
    }

    private long Touch(SandboxMessage message, bool entered)
    {
        var sequence = ++_sequence;
        var enteredAt = entered || !_sequences.TryGetValue(message.Id, out var known) ? sequence : known.Entered;
        _sequences[message.Id] = (sequence, enteredAt);
        return sequence;
    }

    private void Bury(SandboxMessage gone)
    {
        _tombstones.Add(new Tombstone(gone.Mailbox, gone.Folder, gone.Id, ++_sequence));
        _sequences.Remove(gone.Id);
    }

    private void ClearChanges()
    {
        _sequences.Clear();
        _tombstones.Clear();
        _sequence = 0;
    }

    private static string NewEpoch() => Guid.NewGuid().ToString("N");

    private sealed record Tombstone(string Mailbox, string Folder, string Id, long Sequence);
}

internal enum DeltaChangeType { Created, Updated, Deleted }

/// <summary>One entry of a delta page: the copy as it is now, or (Message null) its removal.</summary>
internal sealed record DeltaChange(string Id, long Sequence, SandboxMessage? Message);
