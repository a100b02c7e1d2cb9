using System.Collections.Concurrent;

namespace GraphSandbox;

/// <summary>
/// How often each message's text left the sandbox, so a test can prove the server reads only the
/// mail it has a reason to read (a reply in one of its threads), never the rest of a mailbox.
/// </summary>
public sealed partial class SandboxMailStore
{
    private readonly ConcurrentDictionary<string, int> _bodyReads = new(StringComparer.Ordinal);

    /// <summary>
    /// How many Graph responses (a GET of the message, or an item of a list or delta page) carried
    /// its <c>body</c> or <c>uniqueBody</c>. A <c>$select</c> without either does not count.
    /// </summary>
    public int BodyReads(string messageId) => _bodyReads.GetValueOrDefault(messageId);

    /// <summary>Every message whose body was returned at least once, with its count.</summary>
    public IReadOnlyDictionary<string, int> BodyReadCounts() => new Dictionary<string, int>(_bodyReads, StringComparer.Ordinal);

    internal void CountBodyRead(string messageId) => _bodyReads.AddOrUpdate(messageId, 1, (_, count) => count + 1);
}
