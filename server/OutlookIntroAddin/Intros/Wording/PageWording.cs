namespace OutlookIntroAddin.Intros;

/// <summary>
/// Everything a language says on the consent pages, kept with that language's mail wording so a
/// party reads one voice and one register (du/Sie, tu/vous…) from the request to the last page.
/// Placeholders: {connector} and {other} are full names, {connectorFirst} and {otherFirst} first
/// names, {about} the other person's blurb, {reason} the connector's reason, {answer} an answer's
/// label, {date} a day written the language's way. The answer buttons reuse the mail's link labels.
/// </summary>
public sealed record PageWording
{
    public required string AskTitle { get; init; }
    public required string AskHeading { get; init; }
    public required string AskOpening { get; init; }
    public required string AskOpeningNoAbout { get; init; }
    public required string AskWhy { get; init; }
    public required string AskPrivacy { get; init; }
    public required string AnswerSoFar { get; init; }

    /// <summary>A "not now" that named a day to ask again.</summary>
    public required string AnswerSoFarUntil { get; init; }

    public required string AnswerLegend { get; init; }
    public required string AskAgainLabel { get; init; }
    public required string AnswerNone { get; init; }
    public required string AnswerExpired { get; init; }

    public required string Thanks { get; init; }

    /// <summary>After a yes while the other person has not agreed yet.</summary>
    public required string ThanksYes { get; init; }

    /// <summary>After the second yes: the introduction follows.</summary>
    public required string ThanksYesBoth { get; init; }

    public required string ThanksNotNowUntil { get; init; }
    public required string ThanksNotNow { get; init; }
    public required string ThanksNo { get; init; }
    public required string ThanksAlreadyConnected { get; init; }

    /// <summary>Under a thank-you while the intro is still open, before a link back to the answer page.</summary>
    public required string ChangeMind { get; init; }

    public required string ChangeLink { get; init; }

    public required string Closed { get; init; }
    public required string ClosedBody { get; init; }
    public required string Introduced { get; init; }
    public required string IntroducedBody { get; init; }
    public required string NotValid { get; init; }
    public required string NotValidBody { get; init; }
    public required string BadAnswer { get; init; }
    public required string BadAnswerBody { get; init; }
}
