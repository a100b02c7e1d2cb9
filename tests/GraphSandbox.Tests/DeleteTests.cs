using Microsoft.Graph.Models.ODataErrors;

namespace GraphSandbox.Tests;

public class DeleteTests
{
    [Fact]
    public async Task DeletingADraftMovesItToDeletedItems()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Never sent", "bob@example.org", "ob-del"));

        await graph.Users[alice].Messages[draft.Id].DeleteAsync();

        Assert.Empty(await graph.FindByOutboxIdAsync(alice, "drafts", "ob-del"));
        Assert.Single(await graph.FindByOutboxIdAsync(alice, "deleteditems", "ob-del"));
    }

    [Fact]
    public async Task APermanentlyDeletedDraftIsGoneFromEveryFolderAndCannotBeSent()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Never sent", "bob@example.org", "ob-purge"));

        await graph.Users[alice].Messages[draft.Id].PermanentDelete.PostAsync();

        var all = await graph.Users[alice].Messages.GetAsync();
        Assert.DoesNotContain(all!.Value!, m => m.Id == draft.Id);
        var send = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[draft.Id].Send.PostAsync(c => c.Options.Add(Mail.NoRetry)));
        Assert.Equal(404, send.ResponseStatusCode);
        Assert.Empty(sandbox.Store.Messages("bob@example.org"));
    }
}
