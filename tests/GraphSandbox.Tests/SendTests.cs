using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;

namespace GraphSandbox.Tests;

public class SendTests
{
    [Fact]
    public async Task SendMovesTheDraftToSentItemsKeepingItsId()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", Mail.NewAddress("bob"), "ob-1"));

        await graph.Users[alice].Messages[draft.Id].Send.PostAsync();
        var sent = await graph.Users[alice].Messages[draft.Id].GetAsync();
        var found = await graph.FindByOutboxIdAsync(alice, "sentitems", "ob-1");

        Assert.False(sent!.IsDraft);
        Assert.Equal("sentitems", sent.ParentFolderId);
        Assert.Equal(draft.Id, Assert.Single(found).Id);
        Assert.Empty(await graph.FindByOutboxIdAsync(alice, "drafts", "ob-1"));
        Assert.NotNull(Assert.Single(sandbox.Store.Messages(alice)).SentAt);
        Assert.Equal(1, sandbox.Stats.SendsTakenEffect);
    }

    [Fact]
    public async Task SendDeliversToEveryRecipientAndHidesBccOnTheirCopies()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob, carol, dave, erin) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"),
            Mail.NewAddress("carol"), Mail.NewAddress("dave"), Mail.NewAddress("erin"));
        var graph = sandbox.Graph(alice);
        var message = Mail.Draft("Intro", bob);
        message.CcRecipients = [Mail.To(carol, "Carol")];
        message.BccRecipients = [Mail.To(dave)];
        message.ReplyTo = [Mail.To(erin, "Erin")];
        var draft = await graph.CreateDraftAsync(alice, message);

        await graph.Users[alice].Messages[draft.Id].Send.PostAsync();
        var senderCopy = Assert.Single(sandbox.Store.Messages(alice, "sentitems"));
        var copies = new[] { bob, carol, dave }.Select(r => Assert.Single(sandbox.Store.Messages(r, "inbox"))).ToList();

        Assert.Equal(dave, Assert.Single(senderCopy.Bcc).Address);
        Assert.All(copies, copy =>
        {
            Assert.NotEqual(draft.Id, copy.Id);
            Assert.Equal(senderCopy.ConversationId, copy.ConversationId);
            Assert.Equal(senderCopy.InternetMessageId, copy.InternetMessageId);
            Assert.Equal(alice, copy.From!.Address);
            Assert.Equal([bob], copy.To.Select(r => r.Address));
            Assert.Equal([carol], copy.Cc.Select(r => r.Address));
            Assert.Empty(copy.Bcc);
            Assert.Equal(new SandboxRecipient("Erin", erin), Assert.Single(copy.ReplyTo));
            Assert.False(copy.IsDraft);
        });
        Assert.Empty(sandbox.Store.Messages(erin));
    }

    [Fact]
    public async Task SendingAMessageThatIsNoLongerADraftIsAGraphError()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", Mail.NewAddress("bob")));
        await graph.Users[alice].Messages[draft.Id].Send.PostAsync();

        var again = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[draft.Id].Send.PostAsync());
        var unknown = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages["AAMkAGnope="].Send.PostAsync());
        var otherMailbox = await Assert.ThrowsAsync<ODataError>(() =>
            graph.Users[Mail.NewAddress("mallory")].Messages[draft.Id].GetAsync());

        Assert.Equal((400, "ErrorInvalidRequest"), (again.ResponseStatusCode, again.Error!.Code));
        Assert.Equal((404, "ErrorItemNotFound"), (unknown.ResponseStatusCode, unknown.Error!.Code));
        Assert.Equal(404, otherMailbox.ResponseStatusCode);
        Assert.Equal(1, sandbox.Stats.SendsTakenEffect);
    }

    [Fact]
    public async Task SendingADraftWithoutRecipientsIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, new Message { Subject = "Nobody" });

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[draft.Id].Send.PostAsync());

        Assert.Equal("ErrorInvalidRecipients", error.Error!.Code);
        Assert.True(sandbox.Store.Find(alice, draft.Id!)!.IsDraft);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendMailDeliversAndSavesToSentItemsOnlyWhenAsked(bool save)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));

        await sandbox.Graph(alice).Users[alice].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = Mail.Draft("Direct", bob, "ob-9"),
            SaveToSentItems = save,
        });

        Assert.Equal("Direct", Assert.Single(sandbox.Store.Messages(bob, "inbox")).Subject);
        Assert.Equal(save ? 1 : 0, sandbox.Store.Messages(alice, "sentitems").Count(m => m.ExtendedProperty(Mail.OutboxIdProperty) == "ob-9"));
        Assert.Equal(1, sandbox.Stats.SendsTakenEffect);
    }
}
