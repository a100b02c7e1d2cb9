using System.Net.Http.Json;
using System.Text.Json;
using GraphSandbox;
using Microsoft.Extensions.DependencyInjection;
using static OutlookIntroAddin.Tests.Scenario;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests;

/// <summary>Every mail the product owes goes out exactly once, whatever Graph or a second instance does.</summary>
public class ReliabilityTests
{
    private const int Intros = 8;

    // One connector sends all of these; Exchange's 30-a-minute pacing is MailboxGate's to prove, not these tests'.
    private static readonly Dictionary<string, string?> Fast = new() { ["Graph:MessagesPerMinute"] = "1000" };

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task UnderGraphFaultsEveryMailIsSentExactlyOnce(string provider)
    {
        await using var app = new IntroApp(provider, Fast);
        app.Faults.Set(new GraphSandbox.SandboxFaultSettings { Rate429 = 0.1, Rate503 = 0.1, Rate504AfterSend = 0.1, RetryAfterSeconds = 1, Seed = 7 });
        await RunIntrosToTheEndAsync(app, [app.Client()]);

        Assert.Equal(0, app.GraphStats.EarlyRetries);
        Assert.True(app.GraphStats.MaxInFlightPerMailbox <= 4);
        Assert.True(app.GraphStats.TotalRequests > 3 * Intros, "the run must have gone through Graph");
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task TwoInstancesOnOneDatabaseNeverSendTheSameMailTwice(string provider)
    {
        await using var first = new IntroApp(provider, Fast);
        await using var second = new IntroApp(provider, new(Fast) { ["Graph:BaseUrl"] = new Uri(first.BaseAddress, "/graph/v1.0").ToString() },
            sharedDatabase: first.DatabaseConnectionString);
        await RunIntrosToTheEndAsync(first, [first.Client(), second.Client()], () => second.AdvanceAsync());
    }

    [Fact]
    public async Task AMailFoundSentAfterA504IsNeverDatedAheadOfOurClock()
    {
        // Graph's clock two months ahead of ours, and both requests answered 504 after they went out:
        // the next attempt finds each one sent and reads Graph's sentDateTime.
        var graphStart = IntroApp.Wednesday.AddDays(60);
        await using var graph = SandboxProgram.CreateApp(["--urls", "http://127.0.0.1:0", "--ClockStart", graphStart.ToString("O")]);
        await graph.StartAsync();
        graph.Services.GetRequiredService<SandboxFaults>().Set(new SandboxFaultSettings { Next504AfterSend = 2 });
        await using var app = new IntroApp(settings: new(Fast) { ["Graph:BaseUrl"] = $"{graph.Urls.Single()}/v1.0" });
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();

        var until = DateTime.UtcNow.AddSeconds(60);
        while (intro.Parties.Any(p => p.RequestedAt is null))
        {
            Assert.True(DateTime.UtcNow < until, "The requests were never recorded as sent.");
            await app.AdvanceAsync();
            await Task.Delay(200);
            intro = await client.GetIntroAsync(intro.Id);
        }
        var ourNow = (await client.GetFromJsonAsync<JsonElement>("/sandbox/clock")).GetProperty("now").GetDateTimeOffset();

        var stats = graph.Services.GetRequiredService<SandboxStats>().Snapshot();
        Assert.Equal(2, stats.GatewayTimeouts504);
        Assert.Equal(2, stats.SendsTakenEffect);
        Assert.All(graph.Services.GetRequiredService<SandboxMailStore>().Messages(Connector, "sentitems"),
            m => Assert.True(m.SentAt >= graphStart, $"Graph dated the mail {m.SentAt}"));
        Assert.All(intro.Parties, p => Assert.InRange(p.RequestedAt!.Value, IntroApp.Wednesday, ourNow));
        Assert.All(intro.Events.Where(e => e.What == "requestSent"), e => Assert.InRange(e.At, IntroApp.Wednesday, ourNow));
    }

    /// <summary>Creates intros, lets both parties say yes, and checks each inbox holds exactly what it should.</summary>
    private static async Task RunIntrosToTheEndAsync(IntroApp app, HttpClient[] clients, Func<Task>? alsoRun = null)
    {
        var intros = new List<IntroResponse>();
        for (var i = 0; i < Intros; i++)
        {
            intros.Add(await clients[i % clients.Length].CreateIntroAsync(new
            {
                parties = new object[] { new { name = $"Juan {i}", email = $"juan{i}@example.com" }, new { name = $"Sue {i}", email = $"sue{i}@example.org" } },
                reason = "you both build XYZ",
            }));
        }
        await Task.WhenAll(RunAsync(app, alsoRun), app.MailWhenAsync(m => m.Sent().Count() >= 2 * Intros, seconds: 120));
        for (var i = 0; i < intros.Count; i++)
        {
            foreach (var party in intros[i].Parties)
            {
                var response = await clients[(i + 1) % clients.Length].PostAsJsonAsync($"/api/intros/{intros[i].Id}/parties/{party.Id}/answer", new { answer = "yes" });
                response.EnsureSuccessStatusCode();
            }
        }
        await Task.WhenAll(RunAsync(app, alsoRun), app.MailWhenAsync(m => m.Sent().Count() >= 3 * Intros, seconds: 120));
        await Task.Delay(500);
        await app.AdvanceAsync();

        var mail = await app.MailAsync();
        for (var i = 0; i < Intros; i++)
        {
            foreach (var address in new[] { $"juan{i}@example.com", $"sue{i}@example.org" })
            {
                var inbox = mail.Inbox(address).ToList();
                Assert.Single(inbox, m => !m.Subject.StartsWith("Introduction:"));
                Assert.Single(inbox, m => m.Subject.StartsWith("Introduction:"));
            }
        }
        Assert.Equal(3 * Intros, mail.Sent().Count());
        Assert.Equal(Intros, mail.Inbox(Scenario.Connector).Count());
    }

    private static async Task RunAsync(IntroApp app, Func<Task>? alsoRun)
    {
        if (alsoRun is null) return;
        for (var i = 0; i < 20; i++) await Task.WhenAll(app.AdvanceAsync(), alsoRun());
    }
}
