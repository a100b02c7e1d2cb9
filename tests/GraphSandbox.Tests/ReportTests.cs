using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Graph.Models;

namespace GraphSandbox.Tests;

public class ReportTests
{
    private static readonly string[] Fields = ["subject", "from", "conversationId", "internetMessageHeaders", "body"];

    [Fact]
    public async Task AnAutomaticReplyComesBackAsExchangeWritesAnOutOfOfficeOneAndIsNotified()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var request = await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Intro request", bob));
        await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));
        var sentRequest = sandbox.Store.Find(request.Id!)!;

        var created = await sandbox.Http.PostAsJsonAsync($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/auto-reply", new { text = "Away until Monday.\nBack on the 9th." });
        var notification = await hooks.NextAsync("/notify");
        var reply = await sandbox.Graph(alice).Users[alice].Messages[(string)notification.ResourceData!.AdditionalData["id"]].GetAsync(c =>
        {
            c.QueryParameters.Select = Fields;
            c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{ExtendedPropertyIds.MessageClass}')"];
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Automatic reply: Intro request", reply!.Subject);
        Assert.Equal(bob, reply.From!.EmailAddress!.Address);
        Assert.Equal(sentRequest.ConversationId, reply.ConversationId);
        Assert.Equal(MessageClasses.OutOfOffice, Assert.Single(reply.SingleValueExtendedProperties!).Value);
        Assert.Equal("auto-replied", Header(reply, "Auto-Submitted"));
        Assert.Equal("All", Header(reply, "X-Auto-Response-Suppress"));
        Assert.Equal(sentRequest.InternetMessageId, Header(reply, "In-Reply-To"));
        Assert.Contains("Away until Monday.<br>Back on the 9th.", reply.Body!.Content);
        Assert.Empty(sandbox.Store.Messages(bob, "sentitems"));
    }

    [Fact]
    public async Task TheRecipientOfAReceivedCopyIsTheOneWhoAnswersAutomatically()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob, carol) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"), Mail.NewAddress("carol"));
        var draft = Mail.Draft("Both of you", bob);
        draft.CcRecipients = [Mail.To(carol, "Carol Jones")];
        await sandbox.Graph(alice).SendAsync(alice, draft);

        var replies = sandbox.Store.AutoReply(sandbox.Store.Messages(carol, "inbox").Single().Id, "Out today");

        var reply = Assert.Single(replies);
        Assert.Equal((alice, "inbox"), (reply.Mailbox, reply.Folder));
        Assert.Equal(new SandboxRecipient("Carol Jones", carol), reply.From);
        Assert.Throws<KeyNotFoundException>(() => sandbox.Store.AutoReply("AAMkAGnope=", "x"));
    }

    [Fact]
    public async Task ABounceIsAReportFromPostmasterInTheSendersInboxAndTheMailNeverArrived()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = $"alice-{Guid.NewGuid():N}@contoso.example";
        var nobody = Mail.NewAddress("nobody");
        var request = await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Hello", nobody));
        // The token carries the first call's $select, as Graph's does.
        var firstRound = await sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages.Delta
            .GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = Fields);

        var bounce = await sandbox.Http.PostAsync($"/_sandbox/mail/{Uri.EscapeDataString(request.Id!)}/bounce", null);
        var unknown = await sandbox.Http.PostAsync("/_sandbox/mail/AAMkAGnope%3D/bounce", null);
        var changes = await sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages.Delta
            .WithUrl(firstRound!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();
        var report = Assert.Single(changes!.Value!);
        var stored = sandbox.Store.Find(report.Id!)!;

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NotFound), (bounce.StatusCode, unknown.StatusCode));
        Assert.Equal(report.Id, (await bounce.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal("Undeliverable: Hello", report.Subject);
        Assert.Equal(("Microsoft Outlook", "postmaster@contoso.example"), (report.From!.EmailAddress!.Name, report.From.EmailAddress.Address));
        Assert.Equal(MessageClasses.NonDeliveryReport, stored.MessageClass);
        Assert.Contains($"Your message to {nobody} couldn't be delivered.", report.Body!.Content);
        Assert.Contains("550 5.1.10 RESOLVER.ADR.RecipientNotFound", report.Body.Content);
        Assert.Equal(sandbox.Store.Find(request.Id!)!.InternetMessageId, Header(report, "In-Reply-To"));
        Assert.Empty(sandbox.Store.Messages(nobody, "inbox"));
    }

    private static string? Header(Message message, string name) =>
        message.InternetMessageHeaders?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
