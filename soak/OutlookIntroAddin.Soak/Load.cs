using System.Diagnostics;
using System.Net.Http.Json;

namespace OutlookIntroAddin.Soak;

/// <summary>
/// Many connectors at once, each creating an intro and listing its intros in a loop for a fixed
/// time, on loopback. Reports latency percentiles, throughput, the server's CPU time per request
/// and its resident memory.
/// </summary>
/// <remarks>
/// With <paramref name="thinkMs"/> 0 every connector sends its next request the moment the last
/// one answers (a closed loop): the server runs flat out and latency is the queue in front of
/// it, about connectors ÷ throughput. With a think time each connector pauses between rounds, a
/// random time around <paramref name="thinkMs"/>, the way a person in Outlook would (far more
/// often than one does), so latency is what a connector waits while the server is busy. The
/// first <paramref name="warmUp"/> runs the same loop but is not counted.
/// </remarks>
public sealed class Load(Uri server, int serverPid, int connectors, TimeSpan duration, int thinkMs, TimeSpan warmUp, int seed, TextWriter log)
{
    public sealed record Result(
        int Connectors, int ThinkMs, TimeSpan WarmUp, TimeSpan Duration, Percentiles Create, Percentiles List,
        double RequestsPerSecond, int Errors, double CpuMsPerRequest, long RssBytes, long PeakRssBytes);

    public sealed record Percentiles(int Count, double P50, double P99, double Max);

    public async Task<Result> RunAsync()
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connectors + 10 }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var creates = new List<double>[connectors];
        var lists = new List<double>[connectors];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var end = warmUp + duration;
        var measuring = new TaskCompletionSource<(TimeSpan At, double CpuMs)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var peakRss = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            if (warmUp > TimeSpan.Zero) await Task.Delay(warmUp);
            measuring.SetResult((clock.Elapsed, CpuMs(serverPid)));
            using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                do peakRss = Math.Max(peakRss, Rss(serverPid));
                while (await tick.WaitForNextTickAsync(sampling.Token));
            }
            catch (OperationCanceledException) { }
        });
        await Task.WhenAll(Enumerable.Range(0, connectors).Select(async c =>
        {
            creates[c] = [];
            lists[c] = [];
            var random = new Random(seed + c);
            var auth = $"Sandbox load-tenant/connector-{c}/connector{c}@contoso.example/Connector {c}";
            // Connectors start spread over one think time, not all in the same millisecond.
            if (thinkMs > 0) await Task.Delay(random.Next(thinkMs));
            for (var i = 0; clock.Elapsed < end; i++)
            {
                var counted = clock.Elapsed >= warmUp;
                var body = new
                {
                    parties = new object[] { new { name = "Juan Perez", email = $"juan{c}x{i}@example.com" }, new { name = "Sue Lee", email = $"sue{c}x{i}@example.org" } },
                    reason = "you are both deep into XYZ",
                };
                if (!await TimedAsync(counted ? creates[c] : null, () => Send(http, HttpMethod.Post, "/api/intros", auth, JsonContent.Create(body)))) Interlocked.Increment(ref errors);
                if (!await TimedAsync(counted ? lists[c] : null, () => Send(http, HttpMethod.Get, "/api/intros?state=open", auth, null))) Interlocked.Increment(ref errors);
                if (thinkMs > 0) await Task.Delay(thinkMs / 2 + random.Next(thinkMs + 1));
            }
        }));
        var (startedAt, cpuAtStart) = await measuring.Task;
        var elapsed = clock.Elapsed - startedAt;
        var cpuMs = CpuMs(serverPid) - cpuAtStart;
        await sampling.CancelAsync();
        await sampler;
        var create = Summarise(creates.SelectMany(x => x));
        var list = Summarise(lists.SelectMany(x => x));
        var rss = Rss(serverPid);
        log.WriteLine($"Load: {create.Count} creates, {list.Count} lists in {elapsed.TotalSeconds:F0} s after {warmUp.TotalSeconds:F0} s of warm-up");
        return new Result(connectors, thinkMs, warmUp, elapsed, create, list, (create.Count + list.Count) / elapsed.TotalSeconds, errors,
            cpuMs / Math.Max(1, create.Count + list.Count), rss, Math.Max(peakRss, rss));
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string auth, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", auth);
        return http.SendAsync(request);
    }

    private static async Task<bool> TimedAsync(List<double>? into, Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await call();
            await response.Content.ReadAsByteArrayAsync();
            into?.Add(watch.Elapsed.TotalMilliseconds);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static Percentiles Summarise(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return new(0, 0, 0, 0);
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new(sorted.Length, At(0.50), At(0.99), sorted[^1]);
    }

    /// <summary>Resident set size from /proc, the memory the server really holds.</summary>
    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>The server's user and system CPU time so far, from /proc (clock ticks of 10 ms).</summary>
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }
}
