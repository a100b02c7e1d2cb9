namespace OutlookIntroAddin.Replies.Phrases;

/// <summary>The six languages replies are read in. All are consulted for every reply: a party
/// answers in their own language, not necessarily the intro's.</summary>
internal static class Languages
{
    public static readonly IReadOnlyList<LanguageCues> All =
        [English.Cues, German.Cues, French.Cues, Spanish.Cues, Dutch.Cues, Portuguese.Cues];

    /// <summary>The intro's language first, so its reading of an ambiguous numeric date wins.</summary>
    public static IReadOnlyList<LanguageCues> HintedFirst(string language) =>
        [.. All.OrderBy(c => c.Code == language ? 0 : 1)];
}
