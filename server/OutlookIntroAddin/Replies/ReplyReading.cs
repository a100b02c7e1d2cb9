namespace OutlookIntroAddin.Replies;

/// <summary>What a reply says.</summary>
/// <param name="Understood">One of <see cref="Understood"/>'s constants.</param>
/// <param name="Until">For notNow the day from which to ask again; for autoReply the return day. Null when none is written.</param>
/// <param name="Excerpt">The party's own words, quotes and signature stripped, at most 300 characters.</param>
public sealed record ReplyReading(string Understood, DateOnly? Until, string Excerpt);

/// <summary>The values of <see cref="ReplyReading.Understood"/>.</summary>
public static class Understood
{
    public const string Yes = "yes";
    public const string NotNow = "notNow";
    public const string No = "no";
    public const string AlreadyConnected = "alreadyConnected";
    public const string Unclear = "unclear";
    public const string AutoReply = "autoReply";
    public const string Bounce = "bounce";
}
