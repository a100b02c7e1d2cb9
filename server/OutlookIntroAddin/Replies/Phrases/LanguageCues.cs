namespace OutlookIntroAddin.Replies.Phrases;

/// <summary>
/// Everything one language contributes, in <see cref="Normal.Fold"/>ed spelling (lower case, no
/// accents). Cues are general ways of saying a thing ("happy to", "not right now"), not sentences:
/// the reader combines them with negation and contrast, so a list stays short and a new phrasing
/// of a known idea still lands.
/// </summary>
internal sealed record LanguageCues
{
    public required string Code { get; init; }

    /// <summary>Phrases that accept ("happy to", "gerne").</summary>
    public required string[] Yes { get; init; }
    /// <summary>Words that accept only when they open a sentence ("yes", "ja", "si").</summary>
    public required string[] OpeningYes { get; init; }
    /// <summary>Words that refuse only when they stand alone at a sentence's start ("no.", "nein,").</summary>
    public required string[] OpeningNo { get; init; }
    /// <summary>Phrases that refuse ("not interested", "i'll pass", "can't").</summary>
    public required string[] No { get; init; }
    /// <summary>Phrases of not being able ("can't", "kann nicht"): a refusal, or a deferral beside "right now".</summary>
    public required string[] Unable { get; init; }
    /// <summary>Verbs of managing ("schaffe", "lukt") that a following negation turns into <see cref="Unable"/>
    /// in verb-second languages ("das schaffe ich diese Woche nicht").</summary>
    public string[] Ability { get; init; } = [];
    /// <summary>Phrases that defer ("not right now", "later", "another time").</summary>
    public required string[] NotNow { get; init; }
    /// <summary>Qualifiers of the moment ("right now", "busy"): they defer only beside a refusal or without an acceptance.</summary>
    public required string[] Moment { get; init; }
    /// <summary>"but" words: an acceptance followed by one and a date is a "yes, but later".</summary>
    public required string[] Contrast { get; init; }
    /// <summary>Phrases that say the two know each other.</summary>
    public required string[] Already { get; init; }
    /// <summary>"already" words; with a <see cref="Know"/> word in one sentence they mean alreadyConnected.</summary>
    public required string[] AlreadyWords { get; init; }
    /// <summary>Beginnings of know/met/in-touch words.</summary>
    public required string[] Know { get; init; }
    /// <summary>Doubt ("maybe", "not sure", "depends"): an answer with it is not confident.</summary>
    public required string[] Hedge { get; init; }
    /// <summary>Phrases that contain a negation or a refusal word but mean yes ("no problem", "why not").</summary>
    public required string[] Neutral { get; init; }
    /// <summary>Words that turn a following (or, in V2 languages, nearby) acceptance into a refusal.</summary>
    public required string[] Negators { get; init; }
    /// <summary>What a question asks when it doubts the meeting itself (who, why, what about) rather than arranging it.</summary>
    public required string[] Doubts { get; init; }

    public required DateWords Dates { get; init; }
    public required MailFurniture Mail { get; init; }
}

/// <summary>How a language writes dates and spans of time.</summary>
internal sealed record DateWords
{
    /// <summary>Twelve entries, January first: full names, then abbreviations after a "|" entry.</summary>
    public required string[][] Months { get; init; }
    public required string[] After { get; init; }
    public required string[] From { get; init; }
    public required string[] Until { get; init; }
    /// <summary>Words of coming back ("back", "wieder", "retour"): the date near them is a return date.</summary>
    public required string[] Return { get; init; }
    /// <summary>"in" before a month name.</summary>
    public required string[] InMonth { get; init; }
    /// <summary>"end of"/"ende" before a month name: the month is over, ask from the next.</summary>
    public required string[] EndOf { get; init; }
    public required string[] RelativeLead { get; init; }
    public required string[] DayUnits { get; init; }
    public required string[] WeekUnits { get; init; }
    public required string[] MonthUnits { get; init; }
    public required IReadOnlyDictionary<string, int> Numbers { get; init; }
    public required IReadOnlyList<SeasonPhrase> Seasons { get; init; }
}

/// <summary>Named times a party defers to; <see cref="Dates.Calendar"/> turns them into days.</summary>
internal enum Season { NextWeek, NextMonth, NextQuarter, NextYear, NewYear, Epiphany, Easter, Spring, Summer, Autumn, Winter, Fortnight }

/// <summary>A named time and whether the phrase itself defers ("after Easter") or only names a time ("next week").</summary>
internal readonly record struct SeasonPhrase(string Phrase, Season Season, bool Defers);

/// <summary>What mail programs write around a person's words in this language.</summary>
internal sealed record MailFurniture
{
    /// <summary>Subject prefixes of automatic replies.</summary>
    public required string[] AutoSubjects { get; init; }
    /// <summary>Subject prefixes of non-delivery reports.</summary>
    public required string[] BounceSubjects { get; init; }
    /// <summary>Body phrases only non-delivery reports use ("delivery has failed to these recipients").</summary>
    public required string[] BounceBodies { get; init; }
    /// <summary>Body phrases only automatic replies use ("out of the office").</summary>
    public required string[] OutOfOffice { get; init; }
    /// <summary>The verb of "On … wrote:" lines.</summary>
    public required string[] Wrote { get; init; }
    /// <summary>Labels of Outlook's quoted header block (From:, Sent:, To:, Subject:).</summary>
    public required string[] HeaderFrom { get; init; }
    public required string[] HeaderOther { get; init; }
    /// <summary>"Original Message" separators.</summary>
    public required string[] Original { get; init; }
    /// <summary>Beginnings of "Sent from my iPhone"-style footers.</summary>
    public required string[] Footers { get; init; }
    /// <summary>Words of legal footers ("intended recipient"): their "do not copy" is nobody's answer.</summary>
    public required string[] Disclaimers { get; init; }
    /// <summary>Closing words that start a signature ("best regards").</summary>
    public required string[] Closings { get; init; }
}
