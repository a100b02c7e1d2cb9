using OutlookIntroAddin.Soak;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// The soak harness at a size that fits CI: servers as separate processes killed with SIGKILL,
/// a standalone Graph sandbox with its state on disk, and every owed mail counted at the end.
/// The full size is one command (soak/README.md).
/// </summary>
public class CrashAndFaultSoakTests
{
    private static readonly SoakOptions CiSize = new() { Intros = 40, Connectors = 4, Kills = 5, Minutes = 6 };

    private static async Task AssertExactlyOnceAsync(SoakOptions options)
    {
        var report = await new SoakRun(options, TextWriter.Null).RunAsync();
        var summary = SoakMarkdown.Render(report);
        Assert.True(report.Kills >= options.Kills || options.Kills == 0, summary);
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.DuplicatedOutboxIds);
        Assert.Equal(0, report.WrongStates);
        Assert.True(report.Passed, summary);
    }

    [Fact]
    public Task ServersKilledAtRandomLoseAndRepeatNoMail() => AssertExactlyOnceAsync(CiSize);

    [Fact]
    public async Task UnderGraphFaultsAndKillsNoRequestBeatsItsRetryAfter()
    {
        var report = await new SoakRun(CiSize with { Faults = true, Kills = 3 }, TextWriter.Null).RunAsync();
        Assert.True(report.Passed, SoakMarkdown.Render(report));
        Assert.Equal(0, report.SandboxStats!["earlyRetries"]!.GetValue<long>());
        Assert.InRange(report.SandboxStats!["maxInFlightPerMailbox"]!.GetValue<int>(), 1, 4);
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public Task ThreeInstancesOnOneDatabaseShareTheWork(string provider) => AssertExactlyOnceAsync(CiSize with
    {
        Instances = 3, Kills = 2, Provider = provider, PostgresAdmin = Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES"),
    });
}
