using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies.Dates;

/// <summary>
/// The days named times stand for. Definitions (the product asks again once on that day):
/// next week = the coming Monday; next month, quarter and year = their first day; the holidays,
/// the new year and early next year = the first Monday–Friday after 1 January;
/// Epiphany ("después de Reyes") = 7 January; Easter = the Tuesday after Easter Monday; seasons
/// start on the 1st of March, June, September and December, so "after the summer" is 1 September.
/// Every day returned is after <c>today</c>.
/// </summary>
internal static class Calendar
{
    public static DateOnly Of(Season season, DateOnly today) => season switch
    {
        Season.NextWeek => today.AddDays(DaysUntilNextMonday(today)),
        Season.NextMonth => new DateOnly(today.Year, today.Month, 1).AddMonths(1),
        Season.NextQuarter => new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddMonths(3),
        Season.NextYear => new DateOnly(today.Year + 1, 1, 1),
        Season.NewYear => Next(today, FirstWorkingDayOfYear),
        Season.Epiphany => Next(today, year => new DateOnly(year, 1, 7)),
        Season.Easter => Next(today, year => EasterSunday(year).AddDays(2)),
        Season.Spring => Next(today, year => new DateOnly(year, 3, 1)),
        Season.Summer => Next(today, year => new DateOnly(year, 6, 1)),
        Season.Autumn => Next(today, year => new DateOnly(year, 9, 1)),
        Season.Winter => Next(today, year => new DateOnly(year, 12, 1)),
        Season.Fortnight => today.AddDays(14),
        _ => throw new ArgumentOutOfRangeException(nameof(season)),
    };

    /// <summary>The first Monday–Friday after 1 January of <paramref name="year"/>.</summary>
    public static DateOnly FirstWorkingDayOfYear(int year)
    {
        var day = new DateOnly(year, 1, 2);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>A month and day without a year: its next occurrence after <paramref name="today"/>
    /// (on or after it when <paramref name="allowToday"/>). Null for impossible days like 31 April.</summary>
    public static DateOnly? NextOccurrence(int month, int day, DateOnly today, bool allowToday = false)
    {
        for (var year = today.Year; year <= today.Year + 4; year++)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date > today || (allowToday && date == today)) return date;
        }
        return null;
    }

    private static int DaysUntilNextMonday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return days == 0 ? 7 : days;
    }

    private static DateOnly Next(DateOnly today, Func<int, DateOnly> inYear)
    {
        var date = inYear(today.Year);
        return date > today ? date : inYear(today.Year + 1);
    }
}
