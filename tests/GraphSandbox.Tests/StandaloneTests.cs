using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphSandbox.Tests;

public class StandaloneTests
{
    [Fact]
    public async Task StandaloneBindsLoopbackOnlyByDefault()
    {
        await using var app = SandboxProgram.CreateApp([]);

        Assert.Equal(SandboxProgram.DefaultUrls, app.Configuration["urls"]);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(SandboxProgram.DefaultUrls).Host)));
    }

    [Fact]
    public async Task StandaloneHostServesGraphAtV1AndTheControlRoutes()
    {
        await using var app = SandboxProgram.CreateApp(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var baseUrl = app.Urls.Single();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var graph = SandboxServer.CreateGraphClient($"{baseUrl}/v1.0", alice);

        var put = await http.PutAsJsonAsync($"/_sandbox/mailboxes/{alice}/settings", new
        {
            timeZone = "Europe/Paris", workingDays = new[] { "monday", "tuesday" }, startTime = "09:00:00", endTime = "12:00:00",
        });
        var settings = await graph.Me.MailboxSettings.GetAsync();
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", bob));
        await graph.Me.Messages[draft.Id].Send.PostAsync();
        using var mail = JsonDocument.Parse(await http.GetStringAsync("/_sandbox/mail"));
        var badFaults = await http.PutAsJsonAsync("/_sandbox/faults", new { rate429 = 2 });
        var goodFaults = await http.PutAsJsonAsync("/_sandbox/faults", new { latencyMs = 5, maxConcurrentPerMailbox = 2 });
        using var faults = JsonDocument.Parse(await http.GetStringAsync("/_sandbox/faults"));
        using var stats = JsonDocument.Parse(await http.GetStringAsync("/_sandbox/stats"));
        var reset = await http.PostAsync("/_sandbox/reset", null);
        var afterReset = await http.GetStringAsync("/_sandbox/mail");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Europe/Paris", settings!.TimeZone);
        var items = mail.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal(
            ["id", "mailbox", "folder", "from", "to", "cc", "bcc", "replyTo", "subject", "body", "sentAt", "conversationId", "restId"],
            item.EnumerateObject().Select(p => p.Name)));
        var inbox = items.Single(i => i.GetProperty("folder").GetString() == "inbox");
        Assert.Equal(bob, inbox.GetProperty("mailbox").GetString());
        Assert.Equal(alice, inbox.GetProperty("from").GetProperty("address").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badFaults.StatusCode);
        Assert.Equal(HttpStatusCode.OK, goodFaults.StatusCode);
        Assert.Equal(2, faults.RootElement.GetProperty("maxConcurrentPerMailbox").GetInt32());
        Assert.Equal(1, stats.RootElement.GetProperty("sendsTakenEffect").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal("[]", afterReset);
    }

    [Fact]
    public async Task StandaloneClockStartsWhereToldAndDatesMailByIt()
    {
        var start = new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);
        await using var app = SandboxProgram.CreateApp(["--urls", "http://127.0.0.1:0", "--ClockStart", start.ToString("O")]);
        await app.StartAsync();
        var baseUrl = app.Urls.Single();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var graph = SandboxServer.CreateGraphClient($"{baseUrl}/v1.0", alice);

        async Task<DateTimeOffset> SendAsync(string subject)
        {
            var draft = await graph.CreateDraftAsync(alice, Mail.Draft(subject, bob));
            await graph.Me.Messages[draft.Id].Send.PostAsync();
            return (await graph.Me.Messages[draft.Id].GetAsync())!.SentDateTime!.Value;
        }
        async Task<DateTimeOffset> NowAsync(HttpResponseMessage response) =>
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset();

        var before = await NowAsync(await http.GetAsync("/_sandbox/clock"));
        var firstSent = await SendAsync("Before the jump");
        var advanced = await http.PostAsync("/_sandbox/clock/advance?days=2", null);
        var after = await NowAsync(advanced);
        var secondSent = await SendAsync("After the jump");
        var backwards = await http.PostAsync("/_sandbox/clock/advance?days=-1", null);
        var missing = await http.PostAsync("/_sandbox/clock/advance", null);
        var afterRefusals = await NowAsync(await http.GetAsync("/_sandbox/clock"));

        // Bounds, not timings: the clock runs on from where it starts.
        Assert.InRange(before, start, start.AddMinutes(5));
        Assert.InRange(firstSent, start, start.AddMinutes(5));
        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        Assert.InRange(after, start.AddDays(2), start.AddDays(2).AddMinutes(5));
        Assert.InRange(secondSent, start.AddDays(2), start.AddDays(2).AddMinutes(5));
        foreach (var refused in new[] { backwards, missing })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("days", await refused.Content.ReadAsStringAsync());
        }
        Assert.InRange(afterRefusals, after, start.AddDays(2).AddMinutes(5));
    }

    [Fact]
    public async Task StandaloneProcessKeepsItsMailboxesAcrossAKill()
    {
        var stateFile = Path.Combine(Path.GetTempPath(), $"graph-sandbox-{Guid.NewGuid():N}.jsonl");
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        try
        {
            using (var first = await SandboxProcess.StartAsync(stateFile))
            {
                var graph = SandboxServer.CreateGraphClient($"{first.BaseUrl}/v1.0", alice);
                var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Survives", bob));
                await graph.Me.Messages[draft.Id].Send.PostAsync();
                first.Kill();
            }
            using var second = await SandboxProcess.StartAsync(stateFile);
            using var http = new HttpClient();

            var mail = await http.GetStringAsync($"{second.BaseUrl}/_sandbox/mail?mailbox={bob}");

            Assert.Contains("Survives", mail);
        }
        finally
        {
            File.Delete(stateFile);
        }
    }

    /// <summary>The sandbox's own executable, as crash tests run it, on a port the OS picks.</summary>
    private sealed class SandboxProcess : IDisposable
    {
        private readonly Process _process;

        private SandboxProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

        public string BaseUrl { get; }

        public static async Task<SandboxProcess> StartAsync(string stateFile)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "GraphSandbox.dll"),
                    "--urls", "http://127.0.0.1:0", "--StateFile", stateFile },
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var process = Process.Start(start)!;
            const string marker = "Now listening on: ";
            // A guard against a hung child, not a speed assertion.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.Contains(marker))
                    continue;
                // Keep draining the pipe so a chatty child can never block on a full buffer.
                _ = process.StandardOutput.ReadToEndAsync();
                return new SandboxProcess(process, line[(line.IndexOf(marker) + marker.Length)..].Trim());
            }
            process.Kill();
            throw new InvalidOperationException("The sandbox process exited before listening.");
        }

        /// <summary>SIGKILL: no shutdown code runs, as in the crash tests.</summary>
        public void Kill()
        {
            _process.Kill();
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                Kill();
            _process.Dispose();
        }
    }
}
