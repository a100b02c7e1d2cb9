using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies;

/// <summary>Today is Wednesday 15 October 2025 unless a test says otherwise.</summary>
public class NotNowDateTests
{
    [Theory]
    [InlineData("en", "Not now — ask me again after 15 January.", "2026-01-16")]
    [InlineData("de", "Gerade nicht, gerne ab dem 15. Januar.", "2026-01-15")]
    [InlineData("fr", "Pas maintenant, plutôt après le 15 janvier.", "2026-01-16")]
    [InlineData("es", "Ahora no, mejor después del 15 de enero.", "2026-01-16")]
    [InlineData("nl", "Nu even niet, na 15 januari graag.", "2026-01-16")]
    [InlineData("pt", "Agora não, depois de 15 de janeiro.", "2026-01-16")]
    [InlineData("de", "Im Moment nicht, gerne nach dem 15.01.", "2026-01-16")]
    [InlineData("en", "Not right now, maybe after 1/15/2026.", "2026-01-16")]
    [InlineData("nl", "Nu niet, vanaf 15-01-2026 wel.", "2026-01-15")]
    public void AWrittenDateInEachLanguageIsTheDayToAskAgain(string language, string body, string until) =>
        AssertNotNow(body, language, until);

    [Theory]
    [InlineData("en", "Not right now. Could you try me again in two weeks?", "2025-10-29")]
    [InlineData("de", "Momentan nicht, melde dich gerne in zwei Wochen wieder.", "2025-10-29")]
    [InlineData("fr", "Pas pour le moment, recontacte-moi dans deux semaines.", "2025-10-29")]
    [InlineData("es", "Ahora no puedo, escríbeme en dos semanas.", "2025-10-29")]
    [InlineData("nl", "Nu niet, vraag het me over twee weken nog eens.", "2025-10-29")]
    [InlineData("pt", "Agora não, fale comigo daqui a duas semanas.", "2025-10-29")]
    [InlineData("en", "Too busy right now, ping me next month.", "2025-11-01")]
    [InlineData("de", "Aktuell schaffe ich das nicht, gerne nächsten Monat.", "2025-11-01")]
    [InlineData("en", "Not this quarter — next quarter works better.", "2026-01-01")]
    [InlineData("en", "Not yet, but in a month I'm free.", "2025-11-15")]
    public void ARelativeTimeCountsFromToday(string language, string body, string until) =>
        AssertNotNow(body, language, until);

    [Theory]
    [InlineData("es", "Ahora no, mejor después de enero.", "2026-02-01")]
    [InlineData("en", "Not now, maybe in March.", "2026-03-01")]
    [InlineData("de", "Gerade nicht, im März gerne.", "2026-03-01")]
    [InlineData("fr", "Pas maintenant, fin novembre plutôt.", "2025-12-01")]
    [InlineData("en", "Later please — mid-December would work.", "2025-12-15")]
    [InlineData("en", "I'm swamped, let's wait until February.", "2026-02-01")]
    public void AMonthNameMeansItsFirstDayOrTheFirstDayAfterIt(string language, string body, string until) =>
        AssertNotNow(body, language, until);

    [Theory]
    [InlineData("en", "Happy to, but after the holidays.", "2026-01-02")]
    [InlineData("de", "Gerne, aber erst nach den Feiertagen.", "2026-01-02")]
    [InlineData("fr", "Avec plaisir, mais après les fêtes.", "2026-01-02")]
    [InlineData("en", "Let's talk after Easter.", "2026-04-07")]
    [InlineData("de", "Lieber nach Ostern.", "2026-04-07")]
    [InlineData("en", "Maybe after the summer?", "2026-09-01")]
    [InlineData("nl", "Na de zomer graag.", "2026-09-01")]
    public void HolidaysAndSeasonsAreTheirFirstWorkingDays(string language, string body, string until) =>
        AssertNotNow(body, language, until);

    [Fact]
    public void AfterEasterNextYearWhenThisYearsEasterHasPassed() =>
        Assert.Equal(Reading.Day("2027-03-30"), Reading.Of("Not now, after Easter.", today: Reading.Day("2026-05-01")).Until);

    [Fact]
    public void AfterTheHolidaysSkipsTheWeekendAfterNewYear() =>
        // 1 January 2028 is a Saturday: the first working day after it is Monday 3 January.
        Assert.Equal(Reading.Day("2028-01-03"), Reading.Of("Not now, after the holidays.", today: Reading.Day("2027-12-10")).Until);

    [Fact]
    public void ADayWithoutAYearIsItsNextOccurrenceAfterToday()
    {
        Assert.Equal(Reading.Day("2025-10-21"), Reading.Of("Not now, after 20 October.").Until);
        Assert.Equal(Reading.Day("2026-10-11"), Reading.Of("Not now, after 10 October.").Until);
    }

    [Fact]
    public void ADateThatHasPassedIsNoDayToAskAgain() =>
        Assert.Null(Reading.Of("Not now, after 15 January 2024.").Until);

    [Theory]
    [InlineData("Not right now, sorry.")]
    [InlineData("Maybe another time.")]
    [InlineData("Gerade passt es nicht, vielleicht ein andermal.")]
    [InlineData("Pas pour le moment.")]
    public void ANotNowWithoutADateHasNoDay(string body)
    {
        var reading = Reading.Of(body);
        Assert.Equal(Understood.NotNow, reading.Understood);
        Assert.Null(reading.Until);
    }

    [Fact]
    public void AYesThatArrangesNextWeekIsAYes() =>
        Assert.Equal(Understood.Yes, Reading.Of("Happy to meet him, next week works for me.").Understood);

    private static void AssertNotNow(string body, string language, string until)
    {
        var reading = Reading.Of(body, language: language);
        Assert.Equal(Understood.NotNow, reading.Understood);
        Assert.Equal(Reading.Day(until), reading.Until);
    }
}
