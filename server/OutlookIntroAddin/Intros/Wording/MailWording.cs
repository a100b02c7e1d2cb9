using System.Globalization;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// Everything a language says in our mails and on the consent pages (<see cref="Page"/>), in one place per language. Placeholders in braces
/// ({first}, {other}, …) are filled with HTML-escaped values by <see cref="MailComposer"/>.
/// </summary>
public sealed record MailWording
{
    public required string Language { get; init; }
    public required string RequestSubject { get; init; }
    public required string Greeting { get; init; }
    public required string RequestOpening { get; init; }
    public required string RequestOpeningNoAbout { get; init; }
    public required string RequestWhy { get; init; }
    public required string RequestAsk { get; init; }
    public required string AnswerPrompt { get; init; }
    public required string AnswerYes { get; init; }
    public required string AnswerNotNow { get; init; }
    public required string AnswerNo { get; init; }
    public required string AnswerAlreadyConnected { get; init; }
    public required string AnswerByReply { get; init; }
    public required string SignOff { get; init; }
    public required string FollowUp { get; init; }
    public required string FinalSubject { get; init; }
    public required string FinalGreeting { get; init; }
    public required string FinalThanks { get; init; }
    public required string FinalMeet { get; init; }
    public required string FinalMeetNoAbout { get; init; }
    public required string FinalWhy { get; init; }
    public required string FinalNextStep { get; init; }
    public required string FinalStepOut { get; init; }

    /// <summary>To a party who said "not now" until {date}, once, after it, in the request's thread.</summary>
    public required string CheckBack { get; init; }

    // Notes to the connector alone.
    public required string SilenceSubject { get; init; }
    public required string SilenceOne { get; init; }
    public required string SilenceBoth { get; init; }
    public required string SilenceNothingMore { get; init; }
    public required string BounceSubject { get; init; }
    public required string BounceBody { get; init; }

    /// <summary>The consent pages, in the same register as the mails.</summary>
    public required PageWording Page { get; init; }

    /// <summary>"January 15", "15. Januar", "15 de enero": a day a party named, written the language's way.</summary>
    public string DayAndMonth(DateOnly date)
    {
        var culture = CultureInfo.GetCultureInfo(Language);
        return date.ToString(culture.DateTimeFormat.MonthDayPattern, culture);
    }

    private static readonly Dictionary<string, MailWording> All = new[]
    {
        Wordings.English, Wordings.German, Wordings.French, Wordings.Spanish, Wordings.Dutch, Wordings.Portuguese,
    }.ToDictionary(w => w.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The wording for a language tag such as "de" or "pt-BR"; English where we have no template.</summary>
    public static MailWording For(string? language)
    {
        var primary = (language ?? "").Split('-')[0];
        return All.GetValueOrDefault(primary) ?? Wordings.English;
    }

    /// <summary>The wording for a tag whose primary subtag we have a template for; null otherwise.</summary>
    public static MailWording? Exactly(string language) => All.GetValueOrDefault(language.Split('-')[0]);
}
