namespace OutlookIntroAddin.GraphAccess;

public enum GraphMode { Delegated, AppOnly }

public sealed class GraphOptions
{
    public GraphMode Mode { get; set; } = GraphMode.Delegated;

    /// <summary>Graph's root. Empty means Microsoft Graph, or in sandbox mode the Graph sandbox mounted in this process.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Graph allows 4 concurrent requests per mailbox.</summary>
    public int MaxConcurrentPerMailbox { get; set; } = 4;

    /// <summary>Exchange Online sends at most 30 messages a minute from one mailbox.</summary>
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>How many outbox rows one dispatcher pass works on at once, across mailboxes.</summary>
    public int DispatchParallelism { get; set; } = 16;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long after asking Graph to send a draft it may still be on its way: Exchange sends
    /// asynchronously, and the Sent Items copy exists only once the mail went out. A later attempt
    /// that finds the draft still a draft (after a timeout, a crash) waits this long before sending it again.
    /// </summary>
    public TimeSpan SendGrace { get; set; } = TimeSpan.FromMinutes(2);

    public const string SandboxPath = "/graph/v1.0";

    public const string MicrosoftGraph = "https://graph.microsoft.com/v1.0";
}
