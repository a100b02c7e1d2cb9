using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookIntroAddin.Soak;

/// <summary>
/// A bounded random pass over every API and consent route with malformed, hostile and replayed
/// input. It holds when no response is a 500 and rejected requests stored and sent nothing: the
/// intros that exist are exactly those answered 201, and every mail sent went to a party of one
/// of them, at most once per kind.
/// </summary>
public sealed class Fuzz(Uri server, Uri sandbox, int requests, Random random, TextWriter log)
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<(string Id, string[] Parties, string Connector)> _created = [];
    private readonly List<string> _links = [];
    private readonly Dictionary<int, int> _statuses = [];

    public sealed record Result(int Requests, IReadOnlyDictionary<int, int> Statuses, int ServerErrors, int Created, int IntrosFound, int MailSent, int StrayMail)
    {
        public bool Passed => ServerErrors == 0 && Created == IntrosFound && StrayMail == 0;
    }

    private static readonly string[] Hostile =
    [
        "", " ", "\r\n", "a\r\nBcc: victim@example.com", "' OR 1=1 --", "'); DROP TABLE intros; --", "<script>alert(1)</script>",
        "\u0000", "\uD800", "😀👍🏽", "ا\u200Fلسلام", "%0d%0aSet-Cookie: x=1", "../../etc/passwd", "${jndi:ldap://x}", "null", "true", "1e309",
    ];

    private string Text() => random.Next(6) switch
    {
        0 => Hostile[random.Next(Hostile.Length)],
        1 => new string('x', random.Next(90, 12_000)),
        2 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x3000))),
        _ => "Name " + random.Next(1000),
    };

    private JsonNode? Value() => random.Next(8) switch
    {
        0 => null,
        1 => random.Next(),
        2 => random.Next(2) == 0,
        3 => new JsonArray(Text(), random.Next()),
        4 => new JsonObject { ["x"] = Text() },
        _ => Text(),
    };

    private JsonObject Party(int i) => new()
    {
        ["name"] = random.Next(4) == 0 ? Value() : $"Person {i}",
        ["email"] = random.Next(4) == 0 ? Value() : $"fuzz{random.Next(1_000_000)}@example.com",
        ["about"] = random.Next(3) == 0 ? Value() : "does things",
        ["alreadyAgreed"] = random.Next(5) == 0 ? Value() : random.Next(4) == 0,
    };

    private string CreateBody()
    {
        var body = new JsonObject();
        if (random.Next(8) != 0) body["parties"] = random.Next(6) == 0 ? Value() : new JsonArray(Enumerable.Range(0, random.Next(6) == 0 ? random.Next(0, 4) : 2).Select(i => (JsonNode)Party(i)).ToArray());
        if (random.Next(2) == 0) body["reason"] = Value();
        if (random.Next(4) == 0) body["finalIntro"] = random.Next(2) == 0 ? "review" : Value();
        if (random.Next(4) == 0) body["language"] = random.Next(2) == 0 ? "de" : Value();
        if (random.Next(6) == 0) body[Text() is { Length: > 0 and < 50 } key ? key : "extra"] = Value();
        if (random.Next(5) == 0 && body["parties"] is JsonArray { Count: 2 } parties && parties[0] is JsonObject first && first["email"] is JsonValue email)
        {
            body["requests"] = new JsonArray(new JsonObject { ["email"] = email.DeepClone(), ["subject"] = Value(), ["body"] = Value() });
        }
        var json = body.ToJsonString();
        return random.Next(15) switch { 0 => json[..(json.Length / 2)], 1 => "[" + json + "]", 2 => "", _ => json };
    }

    public async Task<Result> RunAsync()
    {
        for (var i = 0; i < requests; i++)
        {
            var connector = $"fuzz-tenant-{random.Next(3)}/user-{random.Next(3)}/user{random.Next(3)}@contoso.example";
            var request = random.Next(10) switch
            {
                < 4 => Api(HttpMethod.Post, "/api/intros", connector, CreateBody()),
                4 => Api(HttpMethod.Get, "/api/intros?state=" + Uri.EscapeDataString(random.Next(2) == 0 ? "open" : Text()), connector),
                5 => Api(HttpMethod.Get, "/api/intros/" + Uri.EscapeDataString(SomeId()), connector),
                6 => Api(HttpMethod.Post, $"/api/intros/{Uri.EscapeDataString(SomeId())}/cancel", connector),
                7 => Api(HttpMethod.Post, $"/api/intros/{Uri.EscapeDataString(SomeId())}/parties/{Uri.EscapeDataString(SomeId())}/answer", connector,
                    new JsonObject { ["answer"] = random.Next(2) == 0 ? "yes" : Value(), ["until"] = random.Next(3) == 0 ? Value() : null }.ToJsonString()),
                _ => Consent(),
            };
            var response = await _http.SendAsync(request);
            var status = (int)response.StatusCode;
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            if (status == 201 && request.RequestUri!.AbsolutePath == "/api/intros")
            {
                var intro = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
                var parties = intro["parties"]!.AsArray();
                _created.Add((intro["id"]!.GetValue<string>(), parties.Select(p => p!["email"]!.GetValue<string>().ToLowerInvariant()).ToArray(), connector));
            }
            if (status >= 500) log.WriteLine($"{status} for {request.Method} {request.RequestUri}");
            if (i % 200 == 199) await CollectLinksAsync();
        }
        return await VerifyAsync();
    }

    private string SomeId() => _created.Count > 0 && random.Next(3) > 0 ? _created[random.Next(_created.Count)].Id : Text();

    private HttpRequestMessage Api(HttpMethod method, string path, string connector, string? body = null, bool honest = false)
    {
        var request = new HttpRequestMessage(method, new Uri(server, path));
        if (honest || random.Next(20) != 0) request.Headers.TryAddWithoutValidation("Authorization", "Sandbox " + connector);
        else request.Headers.TryAddWithoutValidation("Authorization", (random.Next(2) == 0 ? "Bearer " : "Sandbox ") + Uri.EscapeDataString(Text())); // headers are ASCII on the wire
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, random.Next(10) == 0 ? "text/plain" : "application/json");
        return request;
    }

    /// <summary>Forged, altered and replayed links; the real ones come from the parties' inboxes.</summary>
    private HttpRequestMessage Consent()
    {
        var path = _links.Count > 0 && random.Next(2) == 0 ? _links[random.Next(_links.Count)] : "/consent/" + Uri.EscapeDataString(Text());
        if (random.Next(4) == 0 && path.Length > 12) path = path[..^1] + (path[^1] == 'A' ? 'B' : 'A');
        if (random.Next(3) == 0) return new HttpRequestMessage(random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Head, new Uri(server, path + "?answer=" + Uri.EscapeDataString(Text())));
        var form = new List<KeyValuePair<string, string>>();
        if (random.Next(6) != 0) form.Add(new("answer", random.Next(2) == 0 ? new[] { "yes", "no", "notNow", "alreadyConnected" }[random.Next(4)] : Text()));
        if (random.Next(3) == 0) form.Add(new("until", random.Next(2) == 0 ? "2027-02-30" : Text()));
        return new HttpRequestMessage(HttpMethod.Post, new Uri(server, path)) { Content = new FormUrlEncodedContent(form) };
    }

    private async Task CollectLinksAsync()
    {
        var mail = (await _http.GetFromJsonAsync<JsonArray>(new Uri(sandbox, "/_sandbox/mail")))!;
        _links.Clear();
        foreach (var message in mail)
        {
            var body = message!["body"]!.GetValue<string>();
            var at = body.IndexOf("/consent/", StringComparison.Ordinal);
            if (at >= 0) _links.Add(body[at..body.IndexOf('?', at)]);
        }
    }

    private async Task<int> MailCountAsync() => (await _http.GetFromJsonAsync<JsonArray>(new Uri(sandbox, "/_sandbox/mail")))!.Count;

    private async Task<Result> VerifyAsync()
    {
        // Let the outbox drain (sends are paced at 30 a minute per mailbox): wait until the count holds still.
        for (int last = -1, now = await MailCountAsync(), round = 0; now != last && round < 60; round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(6));
            (last, now) = (now, await MailCountAsync());
        }
        var found = 0;
        // A connector is its tenant and object id; the address in the sandbox identity does not make another one.
        foreach (var connector in _created.Select(c => c.Connector).DistinctBy(c => string.Join('/', c.Split('/')[..2])))
        {
            var list = await _http.SendAsync(Api(HttpMethod.Get, "/api/intros?state=all", connector, honest: true));
            found += (await list.Content.ReadFromJsonAsync<JsonArray>())!.Count;
        }
        var parties = _created.SelectMany(c => c.Parties).ToHashSet();
        var inboxes = (await _http.GetFromJsonAsync<JsonArray>(new Uri(sandbox, "/_sandbox/mail")))!
            .Where(m => m!["folder"]!.GetValue<string>() == "inbox")
            // The final intro is the one mail addressed to both parties, whatever its language.
            .Select(m => (Mailbox: m!["mailbox"]!.GetValue<string>(), Final: m["to"]!.AsArray().Count > 1))
            .Where(m => !m.Mailbox.EndsWith("@contoso.example", StringComparison.Ordinal))
            .ToList();
        // A stray mail went to someone who is no party of an accepted intro, or twice of one kind.
        var stray = inboxes.Count(m => !parties.Contains(m.Mailbox)) + inboxes.GroupBy(m => m).Sum(g => g.Count() - 1);
        var errors = _statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        return new Result(requests, _statuses, errors, _created.Count, found, inboxes.Count, stray);
    }
}
