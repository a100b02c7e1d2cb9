using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphSandbox.Tests;

public class DeltaTests
{
    [Fact]
    public async Task TheFirstRoundPagesThroughTheFolderAndEndsWithADeltaLink()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        for (var i = 0; i < 5; i++)
            await sandbox.Graph(alice).SendAsync(alice, Mail.Draft($"Message {i}", bob));
        var delta = sandbox.Graph(bob).Users[bob].MailFolders["inbox"].Messages.Delta;
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var pages = new List<DeltaGetResponse>
        {
            (await delta.GetAsDeltaGetResponseAsync(c =>
            {
                c.QueryParameters.Select = ["subject", "from"];
                c.Headers.Add("Prefer", "odata.maxpagesize=2");
                c.Options.Add(headers);
            }))!,
        };
        while (pages[^1].OdataNextLink is { } next)
            pages.Add((await delta.WithUrl(next).GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", "odata.maxpagesize=2")))!);
        var messages = pages.SelectMany(p => p.Value!).ToList();

        Assert.Contains("odata.maxpagesize=2", headers.ResponseHeaders["Preference-Applied"]);
        Assert.Equal([2, 2, 1], pages.Select(p => p.Value!.Count));
        Assert.Contains("$skiptoken=", pages[0].OdataNextLink);
        Assert.Null(pages[^1].OdataNextLink);
        Assert.Contains("/messages/delta?$deltatoken=", pages[^1].OdataDeltaLink);
        Assert.Equal(sandbox.Store.Messages(bob, "inbox").Select(m => m.Id).Order(), messages.Select(m => m.Id!).Order());
        Assert.All(messages, m =>
        {
            Assert.StartsWith("Message ", m.Subject);
            Assert.Equal(alice, m.From!.EmailAddress!.Address);
            Assert.Null(m.Body);
        });
        Assert.Empty(sandbox.Store.BodyReadCounts());
    }

    [Fact]
    public async Task TheDeltaLinkReturnsOnlyArrivalsAndRemovalsSinceTheLastRound()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var graph = sandbox.Graph(bob);
        foreach (var subject in new[] { "Kept", "Deleted", "Archived" })
            await sandbox.Graph(alice).SendAsync(alice, Mail.Draft(subject, bob));
        var inbox = sandbox.Store.Messages(bob, "inbox");
        var deltaLink = await FullRoundAsync(graph, bob);

        await graph.Users[bob].Messages[inbox.Single(m => m.Subject == "Deleted").Id].DeleteAsync();
        await graph.Users[bob].Messages[inbox.Single(m => m.Subject == "Archived").Id].Move.PostAsync(new() { DestinationId = "archive" });
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("New", bob));
        var changes = await graph.Users[bob].MailFolders["inbox"].Messages.Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync();
        var quiet = await graph.Users[bob].MailFolders["inbox"].Messages.Delta.WithUrl(changes!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        var removed = changes.Value!.Where(m => m.AdditionalData.ContainsKey("@removed")).Select(m => m.Id).Order();
        Assert.Equal(inbox.Where(m => m.Subject != "Kept").Select(m => m.Id).Order(), removed);
        var added = Assert.Single(changes.Value!, m => !m.AdditionalData.ContainsKey("@removed"));
        Assert.Equal("New", added.Subject);
        Assert.Equal("<p>New</p>", added.Body!.Content);
        Assert.Equal(1, sandbox.Store.BodyReads(added.Id!));
        Assert.Empty(quiet!.Value!);
        Assert.NotNull(quiet.OdataDeltaLink);
    }

    [Fact]
    public async Task ChangeTypeCreatedLeavesRemovalsOutAndTheMeRouteWorksAlike()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Old", bob));
        var delta = sandbox.Graph(bob).Me.MailFolders["inbox"].Messages.Delta;
        var first = await delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.ChangeType = "created");

        await sandbox.Graph(bob).Me.Messages[first!.Value![0].Id].DeleteAsync();
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Fresh", bob));
        var next = await delta.WithUrl(first.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        Assert.Equal("Old", Assert.Single(first.Value).Subject);
        Assert.Equal("Fresh", Assert.Single(next!.Value!).Subject);
    }

    [Fact]
    public async Task AGarbageOrForeignTokenIs400AndAnExpiredOneIs410WithALocationToStartAgain()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Hello", bob));
        var bobsLink = await FullRoundAsync(sandbox.Graph(bob), bob);
        var aliceDelta = sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages.Delta;
        var bobDelta = sandbox.Graph(bob).Users[bob].MailFolders["inbox"].Messages.Delta;

        var garbage = await Assert.ThrowsAsync<ODataError>(() =>
            bobDelta.WithUrl($"{sandbox.GraphBaseUrl}/users/{bob}/mailFolders/inbox/messages/delta?$deltatoken=not-a-token").GetAsDeltaGetResponseAsync());
        var foreign = await Assert.ThrowsAsync<ODataError>(() =>
            aliceDelta.WithUrl(bobsLink.Replace(bob, alice)).GetAsDeltaGetResponseAsync());
        sandbox.Store.ExpireDeltaTokens();
        var expired = await Assert.ThrowsAsync<ODataError>(() => bobDelta.WithUrl(bobsLink).GetAsDeltaGetResponseAsync());
        var restart = await bobDelta.WithUrl(Assert.Single(expired.ResponseHeaders["Location"])).GetAsDeltaGetResponseAsync();

        Assert.Equal((400, "SyncStateInvalid"), (garbage.ResponseStatusCode, garbage.Error!.Code));
        Assert.Equal((400, "SyncStateInvalid"), (foreign.ResponseStatusCode, foreign.Error!.Code));
        Assert.Equal((410, "SyncStateNotFound"), (expired.ResponseStatusCode, expired.Error!.Code));
        Assert.Equal("Hello", Assert.Single(restart!.Value!).Subject);
        Assert.NotNull(restart.OdataDeltaLink);
    }

    /// <summary>Runs a whole first round and returns its deltaLink.</summary>
    private static async Task<string> FullRoundAsync(GraphServiceClient graph, string mailbox)
    {
        var delta = graph.Users[mailbox].MailFolders["inbox"].Messages.Delta;
        var page = await delta.GetAsDeltaGetResponseAsync();
        while (page!.OdataNextLink is { } next)
            page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync();
        return page.OdataDeltaLink!;
    }
}
