using Dapper;
using GraphSandbox;
using Microsoft.Extensions.DependencyInjection;
using OutlookIntroAddin.Data;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// Working hours set in a custom zone come from Graph as a customTimeZone named "Customized Time
/// Zone", which names no zone: the mailbox's own zone counts, and the custom bias when there is none.
/// </summary>
public class CustomTimeZoneTests
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Theory]
    [InlineData("Pacific Standard Time", -480, "Pacific Standard Time")]
    [InlineData("Customized Time Zone", 330, "UTC+05:30")]
    public async Task TheConnectorsDaysAreCountedInTheZoneTheyWorkIn(string mailboxZone, int bias, string counted)
    {
        await using var app = new IntroApp();
        app.Services.GetRequiredService<SandboxMailStore>().SetMailboxSettings(Connector,
            new SandboxMailboxSettings(mailboxZone, Week, new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHoursBias: bias));
        using var client = app.Client();
        await client.CreateIntroAsync();
        await app.MailWhenAsync(m => m.Sent().Count() == 2);

        var db = new Db(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using var connection = await db.OpenAsync();
        Assert.Equal(counted, await connection.QuerySingleAsync<string>(
            "SELECT time_zone FROM mailbox_calendars WHERE mailbox = @Connector", new { Connector }));
    }
}
