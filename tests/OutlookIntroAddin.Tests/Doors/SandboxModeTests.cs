using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Tests.Identity;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>Sandbox mode (anyone is the demo admin, /sandbox/reset wipes the database) runs only when asked.</summary>
public class SandboxModeTests
{
    [Fact]
    public void AServerWithNeitherAnEntraAppNorSandboxModeRefusesToStartAndSaysWhatToSet()
    {
        var error = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: new() { ["Sandbox:Enabled"] = "false", ["environment"] = "Production" }));

        var message = Messages(error);
        Assert.Contains("Identity:ClientId", message);
        Assert.Contains("Sandbox:Enabled=true", message);
    }

    [Fact]
    public async Task TheDemoConnectorsRequestsGoOutUnderTheirNameNotTheBareAddress()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await client.CreateIntroAsync();

        var sent = await app.MailWhenAsync(m => m.Sent().Any());
        Assert.All(sent.Sent(), m => Assert.Equal(new Person("Alex Demo", Connector), m.From));
    }

    [Fact]
    public async Task TheDevelopmentEnvironmentRunsSandboxModeUnasked()
    {
        await using var app = new IntroApp(settings: new() { ["Sandbox:Enabled"] = "false", ["environment"] = "Development" });
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sandbox/clock")).StatusCode);
    }

    [Fact]
    public async Task SandboxModeBesideAnEntraAppIsRefused()
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        var error = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: new()
        {
            ["Sandbox:Enabled"] = "true", ["Identity:ClientId"] = LocalIssuer.ApiClientId, ["Identity:MetadataAddress"] = issuer.MetadataAddress,
            ["Intros:PublicBaseUrl"] = "https://intros.contoso.example",
        }));

        Assert.Contains("Choose one", Messages(error));
    }

    [Fact]
    public async Task OutsideSandboxModeConsentLinksNeedAConfiguredOrigin()
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        var error = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: new()
        {
            ["Identity:ClientId"] = LocalIssuer.ApiClientId,
            ["Identity:MetadataAddress"] = issuer.MetadataAddress, ["Identity:ClientSecret"] = LocalIssuer.ClientSecret,
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
        }));

        Assert.Contains("Intros:PublicBaseUrl is required outside sandbox mode", Messages(error));
    }

    [Fact]
    public async Task TheSandboxPageCanHaveARequestAnsweredAutomaticallyOrBouncedAndTheServerHearsIt()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, toSue) = await app.SentIntroAsync();
        using var client = app.Client();

        var away = await client.PostAsJsonAsync($"/sandbox/mail/{Uri.EscapeDataString(toJuan.Id)}/auto-reply", new { text = "I'm out of the office until Monday." });
        var bounced = await client.PostAsync($"/sandbox/mail/{Uri.EscapeDataString(toSue.Id)}/bounce", null);
        var unknown = await client.PostAsync("/sandbox/mail/AAMkAGnope%3D/bounce", null);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.NotFound), (away.StatusCode, bounced.StatusCode, unknown.StatusCode));
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Sue).Answer == "undeliverable" && i.Party(Juan).Replies.Count == 1);
        Assert.Equal(("pending", "autoReply"), (heard.Party(Juan).Answer, heard.Party(Juan).Replies[0].Understood));
        var inbox = (await app.MailAsync()).Inbox(Connector).Select(m => m.Subject).ToList();
        Assert.Contains(inbox, s => s.StartsWith("Automatic reply: "));
        Assert.Contains(inbox, s => s.StartsWith("Undeliverable: "));
    }

    [Fact]
    public async Task AfterAResetRepliesAreHeardAgainThoughTheOldInboxWatchWasStillSubscribed()
    {
        await using var app = new IntroApp();
        await app.SentIntroAsync();
        await app.SubscribedWatchAsync();
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/sandbox/reset", null)).StatusCode);

        var (intro, toJuan, _) = await app.SentIntroAsync();
        app.Store().Reply(Juan, toJuan.Id, "Yes, I'd be glad to meet Sue.");

        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes", seconds: 10);
        Assert.Equal("reply", heard.Party(Juan).AnsweredBy);
    }

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) all.Add(e.Message);
        if (error is AggregateException aggregate) all.AddRange(aggregate.InnerExceptions.Select(Messages));
        return string.Join(" | ", all);
    }
}
