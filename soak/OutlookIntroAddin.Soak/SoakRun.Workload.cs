using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutlookIntroAddin.Soak;

public sealed partial class SoakRun
{
    /// <summary>One API call on any live server, retried while servers are down; bounded by the run's budget.</summary>
    private async Task<HttpResponseMessage> CallAsync(Func<Uri, HttpRequestMessage> request)
    {
        while (true)
        {
            var (_, port) = _servers[LiveServer()];
            try
            {
                var response = await _http.SendAsync(request(new Uri($"http://127.0.0.1:{port}")));
                if ((int)response.StatusCode < 500) return response;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (Budget <= TimeSpan.Zero) throw new TimeoutException("The soak ran out of time while servers were unreachable.");
            await Task.Delay(150);
        }
    }

    private static HttpRequestMessage As(PlannedIntro intro, HttpMethod method, Uri origin, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(origin, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Sandbox", $"soak-tenant/connector{intro.Connector}/{intro.ConnectorEmail}/Connector {intro.Connector}");
        return request;
    }

    /// <summary>Creates every intro at a steady pace; a create cut by a kill is looked up before it is repeated.</summary>
    private async Task CreateAllAsync(List<PlannedIntro> plan, int? onServer)
    {
        foreach (var intro in plan)
        {
            var body = new
            {
                parties = new object[] { new { name = $"First {intro.Index}", email = intro.First }, new { name = $"Second {intro.Index}", email = intro.Second } },
                reason = "you both work on the same problem",
            };
            while (!await ExistsAsync(intro))
            {
                try
                {
                    var (_, port) = _servers[onServer ?? LiveServer()];
                    var response = await _http.SendAsync(As(intro, HttpMethod.Post, new Uri($"http://127.0.0.1:{port}"), "/api/intros", body));
                    if (response.IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                await Task.Delay(100);
            }
        }
        log.WriteLine($"Created {plan.Count} intros ({_kills} kills so far, {_elapsed.Elapsed:mm\\:ss})");
    }

    private async Task<bool> ExistsAsync(PlannedIntro intro) =>
        (await ListAsync(intro)).Any(i => i["parties"]![0]!["email"]!.GetValue<string>() == intro.First);

    private async Task<List<JsonNode>> ListAsync(PlannedIntro intro)
    {
        var response = await CallAsync(origin => As(intro, HttpMethod.Get, origin, "/api/intros?state=all"));
        return (await response.Content.ReadFromJsonAsync<List<JsonNode>>())!;
    }

    private async Task AnswerAllAsync(List<PlannedIntro> plan, List<SandboxMail> mail)
    {
        var links = mail.Where(m => m.Folder == "inbox" && m.Kind == "request")
            .Select(m => (m.Mailbox, Link: ConsentLink().Match(m.Body)))
            .Where(x => x.Link.Success)
            .GroupBy(x => x.Mailbox).ToDictionary(g => g.Key, g => g.First().Link.Groups[1].Value);
        foreach (var intro in plan)
        {
            var answers = intro.Outcome switch
            {
                Outcome.BothYes => new[] { (intro.First, "yes"), (intro.Second, "yes") },
                Outcome.FirstSaysNo => [(intro.First, "no")],
                Outcome.SecondSilent => [(intro.First, "yes")],
                _ => [(intro.Second, "notNow")],
            };
            foreach (var (party, answer) in answers)
            {
                var path = links[party];
                var response = await CallAsync(origin => new HttpRequestMessage(HttpMethod.Post, new Uri(origin, path))
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = answer }),
                });
                response.EnsureSuccessStatusCode();
            }
        }
        log.WriteLine($"Answered ({_kills} kills so far, {_elapsed.Elapsed:mm\\:ss})");
    }

    /// <summary>Moves every server's clock, then Graph's; the run's own offset moves first, so a process restarted meanwhile starts at the new time.</summary>
    private async Task AdvanceAsync(int days)
    {
        await _turn.WaitAsync();
        try
        {
            Interlocked.Add(ref _clockOffsetMs, (long)TimeSpan.FromDays(days).TotalMilliseconds);
            using var patient = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            foreach (var response in await Task.WhenAll(_servers.Select(s => patient.PostAsync($"http://127.0.0.1:{s.Port}/sandbox/clock/advance?days={days}", null))))
            {
                response.EnsureSuccessStatusCode();
            }
            // Graph's sentDateTime follows the same clock, as the real Graph's follows real time.
            (await patient.PostAsync(Sandbox($"/_sandbox/clock/advance?days={days}"), null)).EnsureSuccessStatusCode();
        }
        finally
        {
            _turn.Release();
        }
        log.WriteLine($"Clock +{days} days ({_kills} kills so far, {_elapsed.Elapsed:mm\\:ss})");
    }
}
