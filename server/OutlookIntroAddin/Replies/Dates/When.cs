using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies.Dates;

/// <summary>A day a reply points to, and whether its wording defers ("after …", "from …", "in two weeks").</summary>
internal readonly record struct Deferral(DateOnly? Day, bool Defers);

/// <summary>
/// Turns written dates into the two days the product needs. "After X" and "until X" mean the day
/// after X; "from X", "in March", "back on X" mean X itself; a month after "after"/"end of" means the
/// 1st of the next month. A date without a year is its next occurrence after today.
/// </summary>
internal static class When
{
    /// <summary>The day to ask a "not now" party again: the latest day the reply points to.</summary>
    public static Deferral AskAgain(string text, DateOnly today, string language)
    {
        var words = Normal.Words(text);
        var days = new List<DateOnly>();
        var defers = false;
        foreach (var mention in DateMentions.In(text, language))
        {
            if (Resolve(mention, today, allowToday: false) is not { } day) continue;
            days.Add(day);
            defers |= mention.Context is DateContext.After or DateContext.From or DateContext.Until or DateContext.EndOf;
        }
        foreach (var language_ in Languages.All)
        {
            foreach (var season in language_.Dates.Seasons.Where(s => Normal.Has(words, s.Phrase)))
            {
                days.Add(Calendar.Of(season.Season, today));
                defers |= season.Defers;
            }
            if (Relative(words, language_.Dates, today) is { } relative) { days.Add(relative); defers = true; }
        }
        return days.Count == 0 ? new Deferral(null, false) : new Deferral(days.Max(), defers);
    }

    /// <summary>
    /// The return day an out-of-office gives. In order of trust: a date right after a coming-back
    /// word ("back on X" → X); a date followed by one ("ab X wieder" → X); the end of the absence
    /// ("until X", "bis einschließlich X", "10–31 July" → the day after); the latest "from X".
    /// </summary>
    public static DateOnly? Return(string text, DateOnly today, string language)
    {
        var mentions = DateMentions.In(text, language);
        DateOnly? Day(DateMention m) => Resolve(m.Context is DateContext.From or DateContext.InMonth ? m with { Context = DateContext.None } : m, today, allowToday: true);
        var notUntil = mentions.Where(m => m.Context is not (DateContext.Until or DateContext.EndOf or DateContext.After)).ToList();
        return notUntil.Where(m => m.ReturnBefore).Select(Day).FirstOrDefault(d => d is not null)
            ?? notUntil.Where(m => m.ReturnAfter).Select(Day).FirstOrDefault(d => d is not null)
            ?? mentions.Where(m => m.Context is DateContext.Until or DateContext.EndOf).Select(Day).Max()
            ?? mentions.Where(m => m.Context == DateContext.From).Select(Day).Max();
    }

    private static DateOnly? Resolve(DateMention mention, DateOnly today, bool allowToday)
    {
        var day = mention.Day ?? (mention.Context == DateContext.MidMonth ? 15 : 1);
        DateOnly? date;
        if (mention.Year is { } year)
        {
            if (day > DateTime.DaysInMonth(year, mention.Month)) return null;
            date = new DateOnly(year, mention.Month, day);
        }
        else if (mention.Day is null && mention.Month == today.Month)
        {
            // "In October", said in October, is now: no day to ask again, unless the month is over ("after October").
            if (mention.Context is not (DateContext.After or DateContext.EndOf)) return null;
            date = new DateOnly(today.Year, today.Month, 1);
        }
        else
        {
            date = Calendar.NextOccurrence(mention.Month, day, today, allowToday: true);
        }
        if (date is null) return null;
        var shifted = mention.Context switch
        {
            // "after January"/"end of January" → February; "until February" means from February on.
            DateContext.After or DateContext.EndOf when mention.Day is null => date.Value.AddMonths(1),
            DateContext.Until when mention.Day is null => date.Value,
            DateContext.After or DateContext.Until or DateContext.EndOf => date.Value.AddDays(1),
            _ => date.Value,
        };
        if (shifted > today || (allowToday && shifted == today)) return shifted;
        return mention.Year is null ? shifted.AddYears(1) : null;
    }

    private static DateOnly? Relative(string words, DateWords dates, DateOnly today)
    {
        // Most replies name no span of time: skip the lead × number × unit search for them.
        if (!Normal.HasAny(words, dates.DayUnits.Concat(dates.WeekUnits).Concat(dates.MonthUnits))) return null;
        foreach (var lead in dates.RelativeLead)
        {
            foreach (var (number, count) in Numbers(dates))
            {
                var prefix = lead + " " + number + " ";
                if (Unit(words, prefix, dates.DayUnits)) return today.AddDays(count);
                if (Unit(words, prefix, dates.WeekUnits)) return today.AddDays(7 * count);
                if (Unit(words, prefix, dates.MonthUnits)) return today.AddMonths(count);
            }
        }
        return null;
    }

    private static IEnumerable<(string Number, int Count)> Numbers(DateWords dates)
    {
        foreach (var (word, count) in dates.Numbers) yield return (word, count);
        for (var n = 1; n <= 12; n++) yield return (n.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
    }

    private static bool Unit(string words, string prefix, string[] units) =>
        units.Any(u => words.Contains(' ' + prefix + u + ' ', StringComparison.Ordinal));
}
