using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphSandbox.Tests;

public class StandaloneControlTests
{
    [Fact]
    public async Task TheStandaloneSandboxNotifiesAndItsControlRoutesDriveRepliesBouncesAndLifecycle()
    {
        await using var app = SandboxProgram.CreateApp(["--urls", "http://127.0.0.1:0", "--NotificationRetryDelay", "00:00:00.010"]);
        await app.StartAsync();
        var baseUrl = app.Urls.Single();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var asAlice = SandboxServer.CreateGraphClient($"{baseUrl}/v1.0", alice);
        var subscription = await asAlice.Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        var request = await asAlice.SendAsync(alice, Mail.Draft("Intro request", bob));
        var deltaLink = (await asAlice.Me.MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.OdataDeltaLink!;

        var autoReply = await http.PostAsJsonAsync($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/auto-reply", new { text = "Away" });
        var first = await hooks.NextAsync("/notify");
        var noText = await http.PostAsJsonAsync($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/auto-reply", new { note = "no text" });
        await http.PostAsync("/_sandbox/notifications/drop?count=1", null);
        var bounce = await http.PostAsync($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/bounce", null);
        var lifecycle = await http.PostAsync($"/_sandbox/subscriptions/{subscription!.Id}/lifecycle/missed", null);
        var missed = await hooks.NextAsync("/lifecycle");
        using var subscriptions = JsonDocument.Parse(await http.GetStringAsync("/_sandbox/subscriptions"));
        var reads = await http.GetFromJsonAsync<JsonElement>($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/body-reads");
        var expire = await http.PostAsync("/_sandbox/delta/expire", null);
        var expired = await Assert.ThrowsAsync<ODataError>(() => asAlice.Me.MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync());
        await http.PostAsync("/_sandbox/reset", null);
        var afterReset = await http.GetStringAsync("/_sandbox/subscriptions");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Created), (autoReply.StatusCode, noText.StatusCode, bounce.StatusCode));
        Assert.Equal("Automatic reply: Intro request", (await autoReply.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("subject").GetString());
        Assert.Equal(subscription.Id, first.SubscriptionId.ToString());
        Assert.Equal(HttpStatusCode.Accepted, lifecycle.StatusCode);
        Assert.Equal(Microsoft.Graph.Models.LifecycleEventType.Missed, missed.LifecycleEvent);
        var listed = Assert.Single(subscriptions.RootElement.EnumerateArray());
        Assert.Equal(alice, listed.GetProperty("mailbox").GetString());
        Assert.Equal(1, listed.GetProperty("counts").GetProperty("dropped").GetInt32());
        Assert.Equal(0, reads.GetProperty("bodyReads").GetInt32());
        Assert.Equal((HttpStatusCode.NoContent, 410), (expire.StatusCode, expired.ResponseStatusCode));
        Assert.Equal("[]", afterReset);
    }
}
