using System.Diagnostics;
using System.Net.Http.Json;

namespace OutlookIntroAddin.Soak;

/// <summary>
/// Many connectors at once, each creating an intro and listing its intros in a loop for a fixed
/// time, on loopback. Reports latency percentiles, throughput and the server's resident memory.
/// </summary>
public sealed class Load(Uri server, int serverPid, int connectors, TimeSpan duration, TextWriter log)
{
    public sealed record Result(int Connectors, TimeSpan Duration, Percentiles Create, Percentiles List, double RequestsPerSecond, int Errors, long RssBytes);

    public sealed record Percentiles(int Count, double P50, double P99, double Max);

    public async Task<Result> RunAsync()
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connectors + 10 }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var creates = new List<double>[connectors];
        var lists = new List<double>[connectors];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connectors).Select(async c =>
        {
            creates[c] = [];
            lists[c] = [];
            var auth = $"Sandbox load-tenant/connector-{c}/connector{c}@contoso.example/Connector {c}";
            for (var i = 0; stop.Elapsed < duration; i++)
            {
                var body = new
                {
                    parties = new object[] { new { name = "Juan Perez", email = $"juan{c}x{i}@example.com" }, new { name = "Sue Lee", email = $"sue{c}x{i}@example.org" } },
                    reason = "you are both deep into XYZ",
                };
                if (!await TimedAsync(creates[c], () => Send(http, HttpMethod.Post, "/api/intros", auth, JsonContent.Create(body)))) Interlocked.Increment(ref errors);
                if (!await TimedAsync(lists[c], () => Send(http, HttpMethod.Get, "/api/intros?state=open", auth, null))) Interlocked.Increment(ref errors);
            }
        }));
        var elapsed = stop.Elapsed;
        var create = Summarise(creates.SelectMany(x => x));
        var list = Summarise(lists.SelectMany(x => x));
        log.WriteLine($"Load: {create.Count} creates, {list.Count} lists in {elapsed.TotalSeconds:F0} s");
        return new Result(connectors, elapsed, create, list, (create.Count + list.Count) / elapsed.TotalSeconds, errors, Rss(serverPid));
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string auth, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", auth);
        return http.SendAsync(request);
    }

    private static async Task<bool> TimedAsync(List<double> into, Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await call();
            await response.Content.ReadAsByteArrayAsync();
            into.Add(watch.Elapsed.TotalMilliseconds);
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
}
