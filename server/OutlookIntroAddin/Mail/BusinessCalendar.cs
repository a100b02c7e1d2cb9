namespace OutlookIntroAddin.Mail;

/// <summary>A connector's working week in their own time zone, as Graph's mailboxSettings describes it.</summary>
public sealed record BusinessCalendar(TimeZoneInfo TimeZone, IReadOnlySet<DayOfWeek> WorkingDays)
{
    public static readonly BusinessCalendar Default = new(TimeZoneInfo.Utc,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    /// <summary>
    /// From Graph's names: a Windows or IANA time zone id and day names such as "monday". Unknown
    /// zones or an empty week fall back to the default rather than stopping the follow-up.
    /// </summary>
    public static BusinessCalendar From(string? timeZoneId, IEnumerable<string> days)
    {
        var workingDays = days
            .Select(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day) ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>().ToHashSet();
        return new BusinessCalendar(Zone(timeZoneId) ?? Default.TimeZone, workingDays.Count > 0 ? workingDays : Default.WorkingDays);
    }

    /// <summary>Whether <paramref name="timeZoneId"/> names a zone this server can count days in.</summary>
    public static bool Knows(string? timeZoneId) => Zone(timeZoneId) is not null;

    /// <summary>A custom zone's bias (minutes ahead of UTC, as Graph's customTimeZone gives it) as an id <see cref="From"/> reads: "UTC+05:30".</summary>
    public static string FixedOffsetId(int biasMinutes) =>
        $"UTC{(biasMinutes < 0 ? '-' : '+')}{Math.Abs(biasMinutes) / 60:00}:{Math.Abs(biasMinutes) % 60:00}";

    private static TimeZoneInfo? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var fixedOffset = System.Text.RegularExpressions.Regex.Match(id, @"^UTC([+-])(\d{2}):(\d{2})$");
        if (fixedOffset.Success)
        {
            var minutes = int.Parse(fixedOffset.Groups[2].Value) * 60 + int.Parse(fixedOffset.Groups[3].Value);
            if (minutes > 14 * 60) return null;
            var offset = TimeSpan.FromMinutes(fixedOffset.Groups[1].Value == "-" ? -minutes : minutes);
            return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return null; }
    }

    /// <summary>
    /// The same local time of day, <paramref name="days"/> working days after <paramref name="fromMs"/>'s
    /// local date. Sent on a Friday with a Monday–Friday week, 7 business days is the Tuesday after next.
    /// </summary>
    public long AddBusinessDays(long fromMs, int days)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(fromMs), TimeZone);
        var date = local.Date;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (WorkingDays.Contains(date.DayOfWeek)) counted++;
        }
        var wall = DateTime.SpecifyKind(date + local.TimeOfDay, DateTimeKind.Unspecified);
        // A wall time skipped by a daylight-saving jump does not exist; an hour later does.
        if (TimeZone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wall, TimeZone)).ToUnixTimeMilliseconds();
    }

    /// <summary>
    /// The first working day after <paramref name="date"/>, at <paramref name="at"/> local time: when
    /// someone who said "after the 15th" or "back on the 14th" is asked again.
    /// </summary>
    public long FirstWorkingDayAfter(DateOnly date, TimeOnly at)
    {
        var wall = DateTime.SpecifyKind(date.ToDateTime(at), DateTimeKind.Unspecified);
        if (TimeZone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return AddBusinessDays(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wall, TimeZone)).ToUnixTimeMilliseconds(), 1);
    }
}
