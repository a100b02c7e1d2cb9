using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

public class BadInputTests : IAsyncLifetime
{
    private IntroApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new IntroApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string> BadCreates() => new()
    {
        { """{ "reason": "x" }""", "parties" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" } ] }""", "parties" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Juan again", "email": "JUAN@example.com" } ] }""", "parties[1].email" },
        { """{ "parties": [ { "name": "Me", "email": "alex.demo@contoso.example" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].email" },
        { """{ "parties": [ { "name": "Juan", "email": "juan at example" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].email" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com\r\nBcc: x@evil.example" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].email" },
        { """{ "parties": [ { "name": "", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].name" },
        { """{ "parties": [ { "name": "Juan\r\nBcc: x@evil.example", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].name" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "requests": [ { "email": "sue@example.org", "subject": "Hi\nBcc: x@evil.example", "body": "b" } ] }""", "requests[0].subject" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "requests": [ { "email": "someone@else.example", "subject": "s", "body": "b" } ] }""", "requests[0].email" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "finalIntro": "maybe" }""", "finalIntro" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "language": "english please" }""", "language" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "register": "polite" }""", "register" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "register": "Formal" }""", "register" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com", "alreadyAgreed": "sure" }, { "name": "Sue", "email": "sue@example.org" } ] }""", "parties[0].alreadyAgreed" },
        { """{ "parties": [ { "name": "Juan", "email": "juan@example.com" }, { "name": "Sue", "email": "sue@example.org" } ], "colour": "blue" }""", "colour" },
        { """{ "parties": "Juan and Sue" }""", "parties" },
        { """not json""", "body" },
    };

    [Theory, MemberData(nameof(BadCreates))]
    public async Task BadInputGetsA400NamingTheFieldAndStoresAndSendsNothing(string json, string field)
    {
        using var client = _app.Client();
        var response = await client.PostAsync("/api/intros", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(problem["errors"]?[field] is not null, $"Expected an error for '{field}', got {problem}");
        await AssertNothingStoredOrSentAsync(client);
    }

    [Theory]
    [InlineData("name", 101)]
    [InlineData("about", 301)]
    [InlineData("why", 1001)]
    [InlineData("reason", 2001)]
    public async Task OversizedTextIsRefused(string field, int length)
    {
        var body = JsonSerializer.SerializeToNode(IntroBody(), JsonSerializerOptions.Web)!;
        var text = new string('x', length);
        if (field == "reason") body["reason"] = text; else body["parties"]![0]![field] = text;
        using var client = _app.Client();
        var response = await client.PostAsJsonAsync("/api/intros", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field == "reason" ? "reason" : $"parties[0].{field}"]);
        await AssertNothingStoredOrSentAsync(client);
    }

    [Fact]
    public async Task AHugeBodyIsRefusedBeforeItIsRead()
    {
        using var client = _app.Client();
        var response = await client.PostAsync("/api/intros", new StringContent("{\"reason\":\"" + new string('x', 2_000_000) + "\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStoredOrSentAsync(client);
    }

    [Fact]
    public async Task AnUnknownAnswerIsRefused()
    {
        using var client = _app.Client();
        var intro = await client.CreateIntroAsync();
        var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{intro.Parties[0].Id}/answer", new { answer = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
    }

    private async Task AssertNothingStoredOrSentAsync(HttpClient client)
    {
        await _app.AdvanceAsync();
        Assert.Empty((await client.GetFromJsonAsync<List<JsonNode>>("/api/intros?state=all"))!);
        Assert.Empty(await _app.MailAsync());
    }
}
