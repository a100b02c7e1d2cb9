namespace OutlookIntroAddin.Replies;

/// <summary>How parties' replies are heard; bound from the <c>Graph</c> section beside GraphAccess's own options.</summary>
public sealed class ReplyOptions
{
    public const string Notifications = "notifications";
    public const string Poll = "poll";

    /// <summary>
    /// <c>notifications</c>: Graph change notifications on the connector's Inbox wake a delta catch-up
    /// (still run every <see cref="ReplyPollInterval"/> as the safety net); <c>poll</c>: only the delta
    /// catch-up, every <see cref="ReplyPollInterval"/>, for hosts Graph cannot reach.
    /// </summary>
    public string ReplyDetection { get; set; } = Notifications;

    /// <summary>How often each watched Inbox is caught up by delta query (the product's clock).</summary>
    public TimeSpan ReplyPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an instance holds a mailbox it is catching up (real time).</summary>
    public TimeSpan WatchLease { get; set; } = TimeSpan.FromSeconds(60);
}
