using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>A consent link is a bearer credential and an address is personal data: neither belongs in a log.</summary>
public class LogPrivacyTests
{
    [Fact]
    public async Task LogsNameTheConsentRouteButNeverItsTokenNorAnyAddress()
    {
        var logs = new CapturedLogs();
        await using var app = new IntroApp(services: s => s.AddSingleton<ILoggerProvider>(logs));

        var token = await WalkTheLoopAsync(app);

        var written = logs.AtLeast(LogLevel.Information);
        Assert.Contains(written, e => e.Category == "OutlookIntroAddin.RequestLog" && e.Text.Contains("HTTP GET /consent/{token} responded 200"));
        Assert.Contains(written, e => e.Category == "OutlookIntroAddin.RequestLog" && e.Text.Contains("HTTP POST /consent/{token} responded 200"));
        Assert.Contains(written, e => e.Category == "OutlookIntroAddin.RequestLog" && e.Text.Contains("HTTP POST /api/intros/ responded 201"));
        AssertNoneContains(written, token, Juan, Sue, Connector);
    }

    [Fact]
    public async Task WithEverythingAtTraceOurOwnLogsStillCarryNoTokenNorAddress()
    {
        var logs = new CapturedLogs();
        await using var app = new IntroApp(
            settings: new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" },
            services: s => s.AddSingleton<ILoggerProvider>(logs));

        var token = await WalkTheLoopAsync(app);

        // The framework's own Debug lines (routing's matcher) may name a path; Information and above never do.
        AssertNoneContains(logs.Entries.Where(e => e.Category.StartsWith("OutlookIntroAddin", StringComparison.Ordinal) || e.Level >= LogLevel.Information),
            token, Juan, Sue, Connector);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Debug);
    }

    /// <summary>An intro created, its request sent, and Juan's link opened and answered; returns Juan's token.</summary>
    private static async Task<string> WalkTheLoopAsync(IntroApp app)
    {
        using var client = app.Client();
        await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any());
        var path = mail.Inbox(Juan).Single().ConsentPath();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(path, "yes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path + "x")).StatusCode);
        await app.AdvanceAsync();
        return path["/consent/".Length..];
    }

    private static void AssertNoneContains(IEnumerable<CapturedLogs.Entry> entries, params string[] secrets)
    {
        var all = entries.ToList();
        Assert.NotEmpty(all);
        foreach (var secret in secrets)
        {
            var leaks = all.Where(e => e.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"'{secret}' was logged:\n" + string.Join("\n", leaks.Select(e => $"{e.Level} {e.Category}: {e.Text}")));
        }
    }
}
