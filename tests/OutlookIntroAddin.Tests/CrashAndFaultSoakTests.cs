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

    /// <summary>The sandbox holds back the answer to a send that took effect; the server is killed in that window.</summary>
    [Fact]
    public async Task ServersKilledBetweenASendAndItsRecordSendNothingTwice()
    {
        var report = await new SoakRun(CiSize with { Kills = 1, AimedKills = 3 }, TextWriter.Null).RunAsync();
        Assert.True(report.Passed, SoakMarkdown.Render(report));
        Assert.Equal(3, report.AimedKills);
    }

    [Fact]
    public async Task UnderGraphFaultsAndKillsNoRequestBeatsItsRetryAfter()
    {
        var report = await new SoakRun(CiSize with { Faults = true, Kills = 3 }, TextWriter.Null).RunAsync();
        Assert.True(report.Passed, SoakMarkdown.Render(report));
        Assert.Equal(0, report.SandboxStats!["earlyRetries"]!.GetValue<long>());
        Assert.InRange(report.SandboxStats!["maxInFlightPerMailbox"]!.GetValue<int>(), 1, 4);
    }

    /// <summary>
    /// Two servers, Graph slow (3 s a request), sharing Graph's 4 requests per mailbox: the
    /// first holds the fresh requests when it freezes for three leases (SIGSTOP), while its first
    /// requests to Graph are still under way; the second starts once that lease ran out and takes
    /// them over. Then the first thaws (or, frozen for good, is killed and restarted) and must change
    /// nothing. One more pause comes at random.
    /// </summary>
    private static SoakOptions Paused(bool endsInKill) => CiSize with
    {
        Intros = 8, Connectors = 1, Instances = 2, Kills = 0, Pauses = 2, LeaseSeconds = 10,
        GraphLatencyMs = 3000, FirstPauseEndsInKill = endsInKill, Minutes = 8,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task AServerPausedPastItsLeaseSendsNothingTwiceAndEveryLinkWorks(bool endsInKill) => AssertExactlyOnceAsync(Paused(endsInKill));

    /// <summary>The mutation check: with any one guard switched off, the same run finds the hole it guards.</summary>
    [Theory]
    [InlineData("leaseCheck", false)]
    [InlineData("singleToken", false)]
    [InlineData("draftLookup", true)]
    public async Task WithAnyGuardSwitchedOffThePauseRunFails(string guard, bool endsInKill)
    {
        var report = await new SoakRun(Paused(endsInKill) with { GuardsOff = [guard] }, TextWriter.Null).RunAsync();
        Assert.False(report.Passed, $"With {guard} off the run should have found a duplicate, a second draft or a stray link:\n{SoakMarkdown.Render(report)}");
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public Task ThreeInstancesOnOneDatabaseShareTheWork(string provider) => AssertExactlyOnceAsync(CiSize with
    {
        Instances = 3, Kills = 2, Provider = provider, PostgresAdmin = Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES"),
    });
}
