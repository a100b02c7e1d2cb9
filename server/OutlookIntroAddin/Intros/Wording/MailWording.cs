using System.Globalization;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// Everything a language says in our mails and on the consent pages (<see cref="Page"/>), in one place per language and
/// register. Placeholders in braces ({first}, {other}, …) are filled with HTML-escaped values by <see cref="MailComposer"/>;
/// where a first name goes ({first}, {a}, {x}, {taker}) the full name is there too ({name}, {aName}, {xName}, {takerName}),
/// for the formal registers, which call people by their full name as the add-in's formal requests do.
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

    /// <summary>The final intro's last line: the etiquette's "let me know how it went", to both.</summary>
    public required string FinalLetMeKnow { get; init; }

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

    /// <summary>Each language's wording in both registers, and the one an intro without a register gets.</summary>
    private sealed record Registers(MailWording Usual, MailWording Formal, MailWording Informal);

    private static readonly Dictionary<string, Registers> All = new[]
    {
        // English says "you" to everyone; Portuguese "você" is polite enough for a stranger and warm enough for a friend.
        new Registers(Wordings.English, Wordings.English, Wordings.English),
        new Registers(Wordings.German, Wordings.GermanFormal, Wordings.German),
        new Registers(Wordings.French, Wordings.French, Wordings.FrenchInformal),
        new Registers(Wordings.Spanish, Wordings.SpanishFormal, Wordings.Spanish),
        new Registers(Wordings.Dutch, Wordings.DutchFormal, Wordings.Dutch),
        new Registers(Wordings.Portuguese, Wordings.Portuguese, Wordings.Portuguese),
    }.ToDictionary(r => r.Usual.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The wording for a language tag such as "de" or "pt-BR", in <paramref name="register"/> (formal or
    /// informal; null is the language's usual one); English where we have no template.
    /// </summary>
    public static MailWording For(string? language, string? register = null)
    {
        var primary = (language ?? "").Split('-')[0];
        if (!All.TryGetValue(primary, out var registers)) return Wordings.English;
        return register switch
        {
            Register.Formal => registers.Formal,
            Register.Informal => registers.Informal,
            _ => registers.Usual,
        };
    }

    /// <summary>The wording (in its usual register) for a tag whose primary subtag we have a template for; null otherwise.</summary>
    public static MailWording? Exactly(string language) => All.GetValueOrDefault(language.Split('-')[0])?.Usual;
}
