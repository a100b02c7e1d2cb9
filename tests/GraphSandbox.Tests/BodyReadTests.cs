using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphSandbox.Tests;

public class BodyReadTests
{
    [Fact]
    public async Task OnlyResponsesThatCarryTheBodyCountAsReadsOfIt()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Watched", bob));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Unrelated", bob));
        var inbox = sandbox.Store.Messages(bob, "inbox");
        var (watched, unrelated) = (inbox.Single(m => m.Subject == "Watched"), inbox.Single(m => m.Subject == "Unrelated"));
        var messages = sandbox.Graph(bob).Users[bob].Messages;
        var folder = sandbox.Graph(bob).Users[bob].MailFolders["inbox"].Messages;

        await folder.GetAsync(c => c.QueryParameters.Select = ["subject", "from", "conversationId", "internetMessageHeaders"]);
        await messages[watched.Id].GetAsync(c => c.QueryParameters.Select = ["subject"]);
        var afterMetadataOnly = (sandbox.Store.BodyReads(watched.Id), sandbox.Store.BodyReads(unrelated.Id));
        await messages[watched.Id].GetAsync();
        await messages[watched.Id].GetAsync(c => c.QueryParameters.Select = ["uniqueBody"]);
        await folder.GetAsync();

        Assert.Equal((0, 0), afterMetadataOnly);
        Assert.Equal(3, sandbox.Store.BodyReads(watched.Id));
        Assert.Equal(1, sandbox.Store.BodyReads(unrelated.Id));
        Assert.Equal(0, sandbox.Store.BodyReads(sandbox.Store.Messages(alice, "sentitems")[0].Id));
        Assert.Equal(3, sandbox.Store.BodyReadCounts()[watched.Id]);
    }

    [Fact]
    public async Task TheControlRouteReportsTheCountAndRefusesAnUnknownId()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Read me", bob));
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));
        await sandbox.Graph(bob).Users[bob].Messages[received.Id].GetAsync();

        var count = await sandbox.Http.GetFromJsonAsync<JsonElement>($"/_sandbox/mail/{Uri.EscapeDataString(received.Id)}/body-reads");
        var all = await sandbox.Http.GetFromJsonAsync<JsonElement>("/_sandbox/body-reads");
        var unknown = await sandbox.Http.GetAsync("/_sandbox/mail/AAMkAGnope%3D/body-reads");

        Assert.Equal(1, count.GetProperty("bodyReads").GetInt32());
        Assert.Equal(1, all.GetProperty(received.Id).GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
