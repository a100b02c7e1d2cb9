using System.Text.RegularExpressions;
using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies.Dates;

/// <summary>What the words just before a date say about it.</summary>
internal enum DateContext { None, After, From, Until, InMonth, MidMonth, EndOf }

/// <summary>A calendar date written in a reply: a day (with or without a year) or a month alone.</summary>
/// <param name="ReturnBefore">A coming-back word just before it ("back on", "de retour le").</param>
/// <param name="ReturnAfter">A coming-back word just after it ("ab dem 3. November bin ich wieder …").</param>
internal sealed record DateMention(int Month, int? Day, int? Year, DateContext Context, bool ReturnBefore = false, bool ReturnAfter = false, bool RangeEnd = false);

/// <summary>
/// Finds written dates in any of the six languages: "15 January", "January 15th", "15. Januar",
/// "le 1er mars", "15 de enero", "15/01", "15.01.2026", "2026-01-15", and month names after a
/// time preposition ("after January", "im März"). Works on folded words, so it never backtracks.
/// </summary>
internal static class DateMentions
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);
    private static readonly Regex Slashed = new(@"\b(\d{1,2})/(\d{1,2})(/(\d{4}|\d{2}))?\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Limit);
    private static readonly Regex Dotted = new(@"\b(\d{1,2})\.(\d{1,2})\.((\d{4}|\d{2})\b)?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Limit);
    private static readonly Regex Dashed = new(@"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Limit);
    private static readonly Regex Iso = new(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Limit);
    private static readonly string[] Fillers =
    [
        "the", "le", "la", "el", "den", "dem", "der", "het", "on", "am", "op", "em", "no", "dia", "de", "del", "of", "du",
        "feira", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "maandag",
        "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "segunda", "terca", "quarta", "quinta", "sexta",
    ];
    // Month names that are also everyday words count only after a time preposition ("in May", not "I may").
    private static readonly string[] OrdinaryWords = ["may", "march", "august", "marco", "mai", "mei"];
    private static readonly string[] MidWords = ["mid", "mitte", "mi", "mediados de", "a mediados de", "medio", "half", "halverwege", "meados de", "em meados de"];

    public static List<DateMention> In(string text, string language)
    {
        var folded = Normal.Fold(text);
        folded = Iso.Replace(folded, m => Token(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[1].Value) ?? m.Value);
        folded = Dashed.Replace(folded, m => Token(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[1].Value), m.Groups[3].Value) ?? m.Value);
        folded = Dotted.Replace(folded, m => Token(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[1].Value), m.Groups[4].Value) ?? m.Value);
        folded = Slashed.Replace(folded, m => Numeric(m, language) ?? m.Value);
        var tokens = Normal.Words(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<DateMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var mention = At(tokens, i, out var end);
            if (mention is null) continue;
            var context = ContextBefore(tokens, i);
            if (mention.Day is null && context == DateContext.None && OrdinaryWords.Contains(tokens[i])) continue;
            // "10-31 July": the range's end is when the absence or busy time is over.
            if (mention.RangeEnd && context == DateContext.None) context = DateContext.Until;
            found.Add(mention with
            {
                Context = context,
                ReturnBefore = ReturnWord(tokens, Math.Max(0, i - 6), i),
                ReturnAfter = ReturnWord(tokens, end + 1, Math.Min(tokens.Length, end + 5)),
            });
            i = end;
        }
        return found;
    }

    private static string? Numeric(Match m, string language)
    {
        var a = int.Parse(m.Groups[1].Value);
        var b = int.Parse(m.Groups[2].Value);
        // English intros are read month-first when both orders are possible (US usage); the other
        // five languages write the day first.
        var monthFirst = language == "en" ? a <= 12 : a <= 12 && b > 12;
        return monthFirst ? Token(a, b, m.Groups[4].Value) : Token(b, a, m.Groups[4].Value);
    }

    private static string? Token(int month, int day, string year) =>
        month is >= 1 and <= 12 && day is >= 1 and <= 31 ? $" nd{(year.Length == 2 ? "20" + year : year)}x{month}x{day} " : null;

    private static DateMention? At(string[] t, int i, out int end)
    {
        end = i;
        if (t[i].StartsWith("nd", StringComparison.Ordinal) && t[i].Contains('x'))
        {
            var parts = t[i][2..].Split('x');
            return new DateMention(int.Parse(parts[1]), int.Parse(parts[2]), parts[0].Length == 4 ? int.Parse(parts[0]) : null, DateContext.None);
        }
        if (Day(t[i]) is { } day)
        {
            var next = i + 1;
            var range = false;
            if (next < t.Length && Day(t[next]) is { } rangeEnd && rangeEnd > day && Month(t, next + 1, true) is not null) { day = rangeEnd; next++; range = true; }
            if (next < t.Length && t[next] is "de" or "of" or "del") next++;
            if (Month(t, next, true) is not { } month) return null;
            end = next;
            return new DateMention(month, day, Year(t, ref end), DateContext.None, RangeEnd: range);
        }
        if (Month(t, i, true) is not { } named) return null;
        if (i + 1 < t.Length && Day(t[i + 1]) is { } after)
        {
            end = i + 1;
            var range = false;
            if (end + 1 < t.Length && Day(t[end + 1]) is { } to && to > after) { after = to; end++; range = true; }
            return new DateMention(named, after, Year(t, ref end), DateContext.None, RangeEnd: range);
        }
        return Month(t, i, false) is null ? null : new DateMention(named, null, Year(t, ref end), DateContext.None);
    }

    private static int? Day(string token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsDigit(token[digits])) digits++;
        if (digits is 0 or > 2) return null;
        var suffix = token[digits..];
        if (suffix is not ("" or "st" or "nd" or "rd" or "th" or "er" or "e" or "o" or "\u00ba" or "\u00aa" or "te" or "ste")) return null;
        var day = int.Parse(token[..digits]);
        return day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>The month named at <paramref name="i"/>; abbreviations only when <paramref name="abbreviations"/>.</summary>
    private static int? Month(string[] t, int i, bool abbreviations)
    {
        if (i >= t.Length) return null;
        foreach (var language in Languages.All)
        {
            for (var m = 0; m < 12; m++)
            {
                var names = language.Dates.Months[m];
                var bar = Array.IndexOf(names, "|");
                var full = bar < 0 ? names : names[..bar];
                if (full.Contains(t[i]) || (abbreviations && bar >= 0 && names[(bar + 1)..].Contains(t[i]))) return m + 1;
            }
        }
        return null;
    }

    private static int? Year(string[] t, ref int end)
    {
        var at = end + 1;
        if (at < t.Length && t[at] is "de" or "del") at++;
        if (at < t.Length && t[at].Length == 4 && int.TryParse(t[at], out var year) && year is > 1990 and < 2200) { end = at; return year; }
        return null;
    }

    private static DateContext ContextBefore(string[] t, int start)
    {
        var context = Phrase(t, start);
        if (context != DateContext.None) return context;
        var at = start;
        while (at > 0 && Fillers.Contains(t[at - 1])) at--;
        return at == start ? DateContext.None : Phrase(t, at);
    }

    private static DateContext Phrase(string[] t, int start)
    {
        var before = " " + string.Join(' ', t[Math.Max(0, start - 5)..start]) + " ";
        var best = (Length: 0, Context: DateContext.None);
        foreach (var dates in Languages.All.Select(l => l.Dates))
        {
            Consider(dates.Until, DateContext.Until);
            Consider(dates.After, DateContext.After);
            Consider(dates.From, DateContext.From);
            Consider(dates.EndOf, DateContext.EndOf);
            Consider(dates.InMonth, DateContext.InMonth);
            Consider(MidWords, DateContext.MidMonth);
        }
        return best.Context;

        void Consider(string[] phrases, DateContext context)
        {
            foreach (var p in phrases)
                if (p.Length > best.Length && before.EndsWith(' ' + p + ' ', StringComparison.Ordinal)) best = (p.Length, context);
        }
    }

    private static bool ReturnWord(string[] t, int from, int to)
    {
        if (from >= to) return false;
        var window = " " + string.Join(' ', t[from..to]) + " ";
        return Languages.All.Any(l => l.Dates.Return.Any(r => window.Contains(' ' + r + ' ', StringComparison.Ordinal)));
    }
}
