using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Tests;

public class BusinessCalendarTests
{
    private static long Ms(string iso) => DateTimeOffset.Parse(iso).ToUnixTimeMilliseconds();

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mmzzz");

    [Fact]
    public void SevenBusinessDaysFromAFridaySkipTwoWeekends()
    {
        var calendar = BusinessCalendar.From("UTC", ["monday", "tuesday", "wednesday", "thursday", "friday"]);
        Assert.Equal("2026-12-08T10:00+00:00", Iso(calendar.AddBusinessDays(Ms("2026-11-27T10:00Z"), 7)));
    }

    [Fact]
    public void DaysAreCountedInTheConnectorsTimeZone()
    {
        // Friday 23:30 in Seattle is already Saturday in UTC: one business day later is Monday 23:30
        // in Seattle (Tuesday in UTC), where a UTC calendar would say Monday.
        var seattle = BusinessCalendar.From("Pacific Standard Time", ["monday", "tuesday", "wednesday", "thursday", "friday"]);
        Assert.Equal("2026-12-01T07:30+00:00", Iso(seattle.AddBusinessDays(Ms("2026-11-28T07:30Z"), 1)));
        Assert.Equal("2026-11-30T07:30+00:00", Iso(BusinessCalendar.Default.AddBusinessDays(Ms("2026-11-28T07:30Z"), 1)));
    }

    [Fact]
    public void AWorkingWeekFromSundayToThursdayIsHonoured()
    {
        var dubai = BusinessCalendar.From("Asia/Dubai", ["sunday", "monday", "tuesday", "wednesday", "thursday"]);
        // Thursday 10:00 in Dubai; the next working day is Sunday.
        Assert.Equal("2026-11-29T10:00+04:00", DateTimeOffset.FromUnixTimeMilliseconds(dubai.AddBusinessDays(Ms("2026-11-26T10:00+04:00"), 1)).ToOffset(TimeSpan.FromHours(4)).ToString("yyyy-MM-ddTHH:mmzzz"));
    }

    [Fact]
    public void AnUnknownZoneOrEmptyWeekFallsBackToMondayToFridayUtc()
    {
        var calendar = BusinessCalendar.From("Atlantis/Capital", []);
        Assert.Equal(TimeZoneInfo.Utc, calendar.TimeZone);
        Assert.Equal(5, calendar.WorkingDays.Count);
    }

    [Fact]
    public void AWallTimeSkippedByDaylightSavingMovesAnHourLater()
    {
        var berlin = BusinessCalendar.From("Europe/Berlin", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
        // 02:30 on 28 March 2027 does not exist in Berlin.
        var due = berlin.AddBusinessDays(Ms("2027-03-27T02:30+01:00"), 1);
        Assert.Equal("2027-03-28T01:30+00:00", Iso(due));
    }

    [Theory]
    [InlineData(330, "UTC+05:30", "2026-11-30T04:30+00:00")]
    [InlineData(-180, "UTC-03:00", "2026-11-30T13:00+00:00")]
    public void ACustomZonesBiasCountsDaysAtItsOffset(int bias, string id, string mondayTen)
    {
        Assert.Equal(id, BusinessCalendar.FixedOffsetId(bias));
        var calendar = BusinessCalendar.From(id, ["monday", "tuesday", "wednesday", "thursday", "friday"]);
        Assert.Equal(TimeSpan.FromMinutes(bias), calendar.TimeZone.BaseUtcOffset);
        // Friday 10:00 there, one business day later: Monday 10:00 there.
        var fridayTen = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromMinutes(bias)).ToUnixTimeMilliseconds();
        Assert.Equal(mondayTen, Iso(calendar.AddBusinessDays(fridayTen, 1)));
        Assert.False(BusinessCalendar.Knows("UTC+15:00"));
        Assert.False(BusinessCalendar.Knows("Customized Time Zone"));
    }
}
