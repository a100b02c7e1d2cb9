using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;

namespace OutlookIntroAddin.Soak;

/// <summary>
/// Runs the server as separate processes against a standalone Graph sandbox (state on disk),
/// drives intros through the API and consent links while killing servers with SIGKILL, then
/// checks that every intro ended where it should and every owed mail went out exactly once.
/// </summary>
public sealed partial class SoakRun(SoakOptions options, TextWriter log)
{
    private readonly Random _random = new(options.Seed);
    private readonly string _folder = Directory.CreateTempSubdirectory("intros-soak-").FullName;
    private readonly int _sandboxPort = ServiceProcess.FreePort();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<(ServiceProcess Process, int Port)> _servers = [];
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _clockOffsetMs = (long)(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow).TotalMilliseconds;
    private ServiceProcess _sandbox = null!;
    private string _connectionString = "";
    private string? _postgresDatabase;
    private int _kills;
    private int _pauses;
    private int _aimedKills;
    private readonly HashSet<int> _paused = [];

    // Kills and clock jumps take turns, so every live server gets each jump exactly once.
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The run's time, which Graph and every server share as the real ones share real time.</summary>
    private string ClockNow() => DateTimeOffset.UtcNow.AddMilliseconds(Interlocked.Read(ref _clockOffsetMs)).ToString("O");

    private Uri Sandbox(string path) => new($"http://127.0.0.1:{_sandboxPort}{path}");

    private TimeSpan Budget => TimeSpan.FromMinutes(options.Minutes) - _elapsed.Elapsed;

    public async Task<SoakReport> RunAsync()
    {
        try
        {
            await StartAsync();
            var plan = Enumerable.Range(0, options.Intros).Select(i => new PlannedIntro(i, i % options.Connectors, (Outcome)(i % 4))).ToList();
            using var stop = new CancellationTokenSource();
            var killer = Task.WhenAll(KillAtRandomAsync(stop.Token), KillAimedAsync(stop.Token));

            // With pauses, every create goes to the first server, which then holds the fresh
            // requests when it freezes: the other server must take them over without a duplicate.
            await CreateAllAsync(plan, options.Pauses > 0 ? 0 : null);
            var pauser = Task.CompletedTask;
            if (options.Pauses > 0)
            {
                await FirstGraphWorkAsync();
                pauser = PauseAsync(0, leases: 3, stop.Token, thenKill: options.FirstPauseEndsInKill);
                // The others start once its lease has run out, so their first claim takes over its rows.
                await Task.Delay(TimeSpan.FromSeconds(options.LeaseSeconds + 1));
                await StartWaitingServersAsync();
            }
            await WaitForMailAsync("requests", mail => plan.All(p => Has(mail, p.First, "request") && Has(mail, p.Second, "request")));
            await pauser;
            pauser = PauseAtRandomAsync(stop.Token);
            await AnswerAllAsync(plan, await MailAsync());
            await AdvanceAsync(days: 12);
            await WaitForMailAsync("follow-ups", mail => plan.Where(p => p.FollowUps > 0).All(p => Has(mail, p.Second, "followUp")));
            // A follow-up in the inbox may not be on record yet (its send's answer held, its server killed):
            // the expiry counts from the record, so the clock jumps only once every one is recorded.
            await WaitForFollowUpsRecordedAsync(plan);
            await AdvanceAsync(days: 12);

            while ((_kills - _aimedKills < options.Kills || _aimedKills < options.AimedKills || _pauses < options.Pauses) && Budget > TimeSpan.FromMinutes(2)) await Task.Delay(200);
            stop.Cancel();
            await killer;
            await pauser;
            await SettleAsync(plan);
            return await VerifyAsync(plan);
        }
        finally
        {
            foreach (var (server, _) in _servers) await server.DisposeAsync();
            if (_sandbox is not null) await _sandbox.DisposeAsync();
            await DropPostgresAsync();
        }
    }

    /// <summary>The fuzz pass against one server process; see <see cref="Fuzz"/>.</summary>
    public Task<Fuzz.Result> FuzzAsync(int requests) => WithServicesAsync(() =>
        new Fuzz(new Uri($"http://127.0.0.1:{_servers[0].Port}"), Sandbox("/"), requests, _random, log).RunAsync());

    /// <summary>The load run against one server process; see <see cref="Load"/>.</summary>
    public Task<Load.Result> LoadAsync() => WithServicesAsync(() =>
        new Load(new Uri($"http://127.0.0.1:{_servers[0].Port}"), _servers[0].Process.Pid, options.Connectors, TimeSpan.FromSeconds(options.Seconds),
            options.ThinkMs, TimeSpan.FromSeconds(options.WarmUpSeconds), options.Seed, log).RunAsync());

    private async Task<T> WithServicesAsync<T>(Func<Task<T>> run)
    {
        try
        {
            await StartAsync();
            return await run();
        }
        finally
        {
            foreach (var (server, _) in _servers) await server.DisposeAsync();
            if (_sandbox is not null) await _sandbox.DisposeAsync();
            await DropPostgresAsync();
        }
    }

    private async Task StartAsync()
    {
        var bin = $"bin/{options.Configuration}/net10.0";
        var sandboxDll = Path.Combine(options.Root, "server/GraphSandbox", bin, "GraphSandbox.dll");
        var serverDll = Path.Combine(options.Root, "server/OutlookIntroAddin", bin, "OutlookIntroAddin.dll");
        _connectionString = options.Provider == "Postgres" ? await CreatePostgresAsync() : $"Data Source={Path.Combine(_folder, "intros.db")}";
        _sandbox = new ServiceProcess("sandbox", sandboxDll,
            () => ["--urls", $"http://127.0.0.1:{_sandboxPort}", "--StateFile", Path.Combine(_folder, "sandbox.jsonl"), "--ClockStart", ClockNow()],
            Path.Combine(_folder, "sandbox.log"));
        await _sandbox.StartAsync(Sandbox("/_sandbox/stats"));
        if (options.Faults || options.GraphLatencyMs > 0 || options.AimedKills > 0)
        {
            var hold = options.AimedKills > 0 ? 1500 : 0;
            var faults = options.Faults
                ? new { rate429 = 0.07, rate503 = 0.07, rate504AfterSend = 0.06, retryAfterSeconds = 1, latencySpikeRate = 0.02, latencySpikeMs = 2000, latencyMs = options.GraphLatencyMs, holdAfterSendMs = hold, seed = options.Seed }
                : new { rate429 = 0.0, rate503 = 0.0, rate504AfterSend = 0.0, retryAfterSeconds = 1, latencySpikeRate = 0.0, latencySpikeMs = 0, latencyMs = options.GraphLatencyMs, holdAfterSendMs = hold, seed = options.Seed };
            (await _http.PutAsJsonAsync(Sandbox("/_sandbox/faults"), faults)).EnsureSuccessStatusCode();
        }
        for (var i = 0; i < options.Instances; i++)
        {
            var port = ServiceProcess.FreePort();
            var server = new ServiceProcess($"server{i}", serverDll, () =>
            [
                "--urls", $"http://127.0.0.1:{port}",
                "--Database:Provider", options.Provider, "--Database:ConnectionString", _connectionString,
                "--Graph:BaseUrl", $"http://127.0.0.1:{_sandboxPort}/v1.0",
                // The sandbox clock lives in the process: a restarted server resumes at the run's time.
                "--Sandbox:Enabled", "true", "--Sandbox:ClockStart", ClockNow(),
                "--Work:PollInterval", "00:00:00.500",
                "--Work:OutboxLease", TimeSpan.FromSeconds(options.LeaseSeconds).ToString("c"),
                .. options.GuardsOff.SelectMany(g => new[] { $"--Testing:Guards:{g}", "false" }),
                .. options.PerMailboxConcurrency is { } share ? new[] { "--Graph:MaxConcurrentPerMailbox", share.ToString(System.Globalization.CultureInfo.InvariantCulture) } : [],
            ], Path.Combine(_folder, $"server{i}.log"));
            // With pauses the others start once the first has frozen with work in hand, so that work is its alone.
            if (options.Pauses == 0 || i == 0) await server.StartAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            else lock (_paused) _paused.Add(i);
            _servers.Add((server, port));
        }
        log.WriteLine($"Started the sandbox and {options.Instances} server(s) on {options.Provider}; logs in {_folder}");
    }

    /// <summary>
    /// Kills a server while the sandbox holds back the answer to a send that already took effect:
    /// the mail is out, and the server has not recorded it. With several servers the one killed is
    /// any live one, since the sandbox cannot tell which sent it.
    /// </summary>
    private async Task KillAimedAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && _aimedKills < options.AimedKills)
        {
            try { await Task.Delay(25, stop); }
            catch (OperationCanceledException) { return; }
            var holding = (await _http.GetFromJsonAsync<JsonNode>(Sandbox("/_sandbox/stats"), CancellationToken.None))?["sendsHoldingNow"]?.GetValue<long>() ?? 0;
            if (holding == 0) continue;
            await _turn.WaitAsync(CancellationToken.None);
            try
            {
                var index = LiveServer();
                var (server, port) = _servers[index];
                await server.KillAsync();
                _kills++;
                _aimedKills++;
                await server.StartAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            }
            finally
            {
                _turn.Release();
            }
        }
    }

    private async Task KillAtRandomAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && _kills - _aimedKills < options.Kills)
        {
            try { await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(300, 2500)), stop); }
            catch (OperationCanceledException) { return; }
            var (server, port) = _servers[_random.Next(_servers.Count)];
            await _turn.WaitAsync(CancellationToken.None);
            try
            {
                await server.KillAsync();
                _kills++;
                await server.StartAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            }
            finally
            {
                _turn.Release();
            }
        }
    }

    /// <summary>Freezes a server for <paramref name="leases"/> outbox leases, then lets it carry on; clock jumps and kills wait meanwhile.</summary>
    private async Task PauseAsync(int index, int leases, CancellationToken stop, bool thenKill = false)
    {
        var (server, port) = _servers[index];
        await _turn.WaitAsync(CancellationToken.None);
        try
        {
            lock (_paused) _paused.Add(index);
            await server.PauseAsync();
            _pauses++;
            log.WriteLine($"Paused {server.Name} for {leases} lease(s) ({_elapsed.Elapsed:mm\\:ss})");
            try { await Task.Delay(TimeSpan.FromSeconds(leases * options.LeaseSeconds), stop); }
            catch (OperationCanceledException) { }
            if (thenKill)
            {
                await server.KillAsync();
                _kills++;
                await server.StartAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            }
            else
            {
                await server.ResumeAsync();
            }
        }
        finally
        {
            lock (_paused) _paused.Remove(index);
            _turn.Release();
        }
    }

    /// <summary>Waits until the first server's first look-up or draft for the fresh requests has reached Graph.</summary>
    private async Task FirstGraphWorkAsync()
    {
        while (true)
        {
            var byRoute = (await _http.GetFromJsonAsync<JsonNode>(Sandbox("/_sandbox/stats")))?["requestsByRoute"]?.AsObject();
            if (byRoute?.Any(r => r.Key is "listMessages" or "createDraft") == true) return;
            if (Budget <= TimeSpan.Zero) throw new TimeoutException("The first server never started on its mail.");
            await Task.Delay(20);
        }
    }

    private async Task StartWaitingServersAsync()
    {
        for (var i = 1; i < _servers.Count; i++)
        {
            var (server, port) = _servers[i];
            await server.StartAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            lock (_paused) _paused.Remove(i);
        }
    }

    private async Task PauseAtRandomAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && _pauses < options.Pauses)
        {
            try { await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(500, 3000)), stop); }
            catch (OperationCanceledException) { return; }
            await PauseAsync(_random.Next(_servers.Count), _random.Next(1, 4), stop);
        }
    }

    /// <summary>A live server to call: never one that is frozen, which would take the request and not answer.</summary>
    private int LiveServer()
    {
        lock (_paused)
        {
            var live = Enumerable.Range(0, _servers.Count).Where(i => !_paused.Contains(i)).ToList();
            return live.Count == 0 ? _random.Next(_servers.Count) : live[_random.Next(live.Count)];
        }
    }

    private enum Outcome { BothYes, FirstSaysNo, SecondSilent, SecondNotNow }

    private sealed record PlannedIntro(int Index, int Connector, Outcome Outcome)
    {
        public string First => $"first{Index}@example.com";
        public string Second => $"second{Index}@example.org";
        public string ConnectorEmail => $"connector{Connector}@contoso.example";
        public string FinalSubject => $"Introduction: First {Index} <> Second {Index}";
        public string NoticeSubject => $"No answer: your introduction of First {Index} and Second {Index} has closed";
        public string ExpectedState => Outcome switch
        {
            Outcome.BothYes => "introduced",
            Outcome.SecondSilent => "expired",
            _ => "declined",
        };
        public int Requests => 2;
        public int FollowUps => Outcome == Outcome.SecondSilent ? 1 : 0;
        public int Finals => Outcome == Outcome.BothYes ? 1 : 0;
        public int Notices => Outcome == Outcome.SecondSilent ? 1 : 0;
    }

    [GeneratedRegex("href=\"http://[^\"]+(/consent/[A-Za-z0-9_-]+)\\?answer=yes\"")]
    private static partial Regex ConsentLink();
}
