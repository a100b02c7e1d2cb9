namespace OutlookIntroAddin.Replies;

/// <summary>The party's words as the connector sees them in the pane: one line, at most 300 characters.</summary>
internal static class Excerpts
{
    public const int MaxLength = 300;

    public static string Of(string ownText)
    {
        var collapsed = string.Join(' ', ownText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= MaxLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', MaxLength - 1);
        var head = cut > 0 ? collapsed[..cut] : collapsed[..(MaxLength - 1)];
        return head.TrimEnd() + "…";
    }
}
