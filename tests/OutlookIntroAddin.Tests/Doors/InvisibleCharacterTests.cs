using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>
/// Characters no reader sees (zero-width, byte order marks, soft hyphens, invisible tags) or that
/// reorder what a reader sees (bidi overrides and isolates) never reach a mail; and a person's text
/// is never read as our template.
/// </summary>
public class InvisibleCharacterTests(InvisibleCharacterTests.App app) : IClassFixture<InvisibleCharacterTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public IntroApp Server { get; private set; } = null!;
        public Task InitializeAsync() { Server = new IntroApp(); return Task.CompletedTask; }
        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private static readonly Dictionary<string, string> Characters = new()
    {
        ["ZeroWidthSpace"] = "\u200B", ["ZeroWidthJoiner"] = "\u200D", ["ByteOrderMark"] = "\uFEFF", ["SoftHyphen"] = "\u00AD",
        ["RightToLeftOverride"] = "\u202E", ["LeftToRightIsolate"] = "\u2066", ["PopDirectionalIsolate"] = "\u2069", ["TagLatinA"] = "\U000E0041",
    };

    /// <summary>What reorders or hides other text; refused even in free text.</summary>
    private static readonly string[] Spoofing = ["RightToLeftOverride", "LeftToRightIsolate", "PopDirectionalIsolate", "TagLatinA"];

    // Names, subjects and addresses take no format character at all; free text refuses the spoofing ones.
    private static readonly string[] LineFields = ["parties[0].name", "parties[1].email", "requests[0].subject", "requests[0].email"];
    private static readonly string[] TextFields = ["parties[0].about", "reason", "requests[0].body"];

    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in LineFields) foreach (var character in Characters.Keys) data.Add(field, character);
        foreach (var field in TextFields) foreach (var character in Spoofing) data.Add(field, character);
        return data;
    }

    [Theory, MemberData(nameof(Refused))]
    public async Task AnInvisibleOrReorderingCharacterGetsA400NamingTheFieldAndNothingIsStoredOrSent(string field, string character)
    {
        var connector = $"{field}-{character}@contoso.example";
        using var client = app.Server.Client("doors-tenant", field + character, connector);
        var body = Body();
        var (parent, name) = Locate(body, field);
        parent[name] = parent[name]!.GetValue<string>().Insert(3, Characters[character]);

        var response = await client.PostAsJsonAsync("/api/intros", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(problem["errors"]?[field] is not null, $"Expected an error for '{field}', got {problem}");
        await app.Server.AdvanceAsync();
        Assert.Empty((await client.GetFromJsonAsync<List<JsonNode>>("/api/intros?state=all"))!);
        Assert.DoesNotContain(await app.Server.MailAsync(), m => m.Mailbox == connector || m.From?.Address == connector);
    }

    [Fact]
    public async Task FreeTextKeepsTheJoinersAndMarksRealWritingNeeds()
    {
        using var client = app.Server.Client("doors-tenant", "writer", "writer@contoso.example");
        var body = Body();
        // Persian needs the zero-width non-joiner, a family emoji the joiner; Hebrew beside Latin a direction mark.
        body["parties"]![0]!["about"] = "runs \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 at Contoso \U0001F468\u200D\U0001F469\u200D\U0001F467";
        body["reason"] = "\u05E9\u05DC\u05D5\u05DD\u200F XYZ, a hyphen\u00ADated word";

        var response = await client.PostAsJsonAsync("/api/intros", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PlaceholdersTypedIntoANameArriveVerbatim()
    {
        using var client = app.Server.Client("doors-tenant", "braces", "braces@contoso.example");
        const string sue = "Sue {other} {reason}", juan = "Juan {b} {otherAbout}";
        var intro = await client.CreateIntroAsync(new
        {
            parties = new object[] { new { name = juan, email = "juan.braces@example.com", about = "runs XYZ" }, new { name = sue, email = "sue.braces@example.org", about = "knows XYZ" } },
            reason = "REASON",
        });
        var requests = await app.Server.MailWhenAsync(m => m.Inbox("juan.braces@example.com").Any() && m.Inbox("sue.braces@example.org").Any());

        var toJuan = requests.Inbox("juan.braces@example.com").Single();
        Assert.Contains(HtmlEncoder.Default.Encode(sue), toJuan.Body);
        Assert.Contains(sue, toJuan.Subject);
        Assert.Contains(HtmlEncoder.Default.Encode(juan), requests.Inbox("sue.braces@example.org").Single().Body);
        foreach (var party in intro.Parties)
        {
            (await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{party.Id}/answer", new { answer = "yes" })).EnsureSuccessStatusCode();
        }
        var final = (await app.Server.MailWhenAsync(m => m.Inbox("sue.braces@example.org").Count() == 2))
            .Inbox("sue.braces@example.org").Single(m => m.Subject.StartsWith("Introduction:"));
        Assert.Equal($"Introduction: {juan} <> {sue}", final.Subject);
        Assert.Contains(HtmlEncoder.Default.Encode(sue), final.Body);
        Assert.Contains(HtmlEncoder.Default.Encode(juan), final.Body);
    }

    private static JsonNode Body()
    {
        var body = JsonSerializer.SerializeToNode(IntroBody(), JsonSerializerOptions.Web)!;
        body["requests"] = new JsonArray(new JsonObject { ["email"] = Sue, ["subject"] = "Meet Juan?", ["body"] = "Sue, would you like to meet Juan?" });
        return body;
    }

    private static (JsonNode Parent, string Name) Locate(JsonNode body, string field)
    {
        var parts = field.Replace("]", "").Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            var at = part.Split('[');
            node = node[at[0]]![int.Parse(at[1])]!;
        }
        return (node, parts[^1]);
    }
}
