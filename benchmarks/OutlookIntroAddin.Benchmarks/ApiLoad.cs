using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OutlookIntroAddin.Benchmarks;

public sealed record Posted(IReadOnlyList<string> Ids, TimeSpan Elapsed)
{
    public double PerSecond => Ids.Count / Elapsed.TotalSeconds;
}

/// <summary>POST /api/intros as the task pane does, from several clients at once.</summary>
public static class ApiLoad
{
    /// <summary>
    /// Creates <paramref name="count"/> intros, intro i through clients[i % clients.Length]. Bodies are
    /// serialized before the clock starts, so the time is the server's (and the loopback's), not the client's JSON.
    /// </summary>
    public static async Task<Posted> CreateIntrosAsync(HttpClient[] clients, int count, int concurrency, string tag, CancellationToken ct)
    {
        var bodies = Enumerable.Range(0, count).Select(i => JsonSerializer.SerializeToUtf8Bytes(Body(tag, i))).ToArray();
        var ids = new string[count];
        var clock = Stopwatch.StartNew();
        await Concurrently.RunAsync(count, concurrency, async i =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await clients[i % clients.Length].PostAsync("/api/intros", content, ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST /api/intros answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }
            ids[i] = response.Headers.Location!.OriginalString.Split('/')[^1];
        });
        clock.Stop();
        return new Posted(ids, clock.Elapsed);
    }

    /// <summary>A typical request: two parties with a blurb each, a reason, the drafted requests (no overrides).</summary>
    private static object Body(string tag, int i) => new
    {
        parties = new object[]
        {
            new { name = $"Juan Perez {i}", email = $"juan.{tag}.{i}@example.com", about = "runs the XYZ platform team at Contoso", alreadyAgreed = false },
            new { name = $"Sue Lee {i}", email = $"sue.{tag}.{i}@example.org", about = "wrote the book on XYZ migrations", alreadyAgreed = false },
        },
        reason = "you are both deep into XYZ and Sue has solved the problem Juan's team is stuck on",
        finalIntro = "send",
        language = "en",
    };
}
