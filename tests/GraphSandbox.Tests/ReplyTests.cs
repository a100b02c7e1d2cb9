using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;

namespace GraphSandbox.Tests;

public class ReplyTests
{
    [Fact]
    public async Task CreateReplyOnASentItemDraftsToItsSenderInTheSameConversationAndAddsTheNamedRecipients()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var graph = sandbox.Graph(alice);
        var original = await graph.CreateDraftAsync(alice, Mail.Draft("Intro request", bob));
        await graph.Users[alice].Messages[original.Id].Send.PostAsync();

        var reply = await graph.Users[alice].Messages[original.Id].CreateReply.PostAsync(new CreateReplyPostRequestBody
        {
            Message = new Message
            {
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = bob } }],
                Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Just following up</p>" },
                SingleValueExtendedProperties =
                    [new SingleValueLegacyExtendedProperty { Id = Mail.OutboxIdProperty, Value = "ob-2" }],
            },
        });
        var stored = sandbox.Store.Find(alice, reply!.Id!)!;

        Assert.True(reply.IsDraft);
        Assert.Equal("drafts", reply.ParentFolderId);
        Assert.Equal(original.ConversationId, reply.ConversationId);
        Assert.Equal("RE: Intro request", reply.Subject);
        // Graph replies to the sender, here the mailbox itself; the named recipient is added, not put instead.
        Assert.Equal([alice, bob], reply.ToRecipients!.Select(r => r.EmailAddress!.Address));
        Assert.Equal("<p>Just following up</p>", reply.Body!.Content);
        Assert.Equal(original.Id, stored.InReplyToId);
        Assert.Equal(reply.Id, Assert.Single(await graph.FindByOutboxIdAsync(alice, "drafts", "ob-2")).Id);
    }

    [Fact]
    public async Task CreateReplyToAReceivedMessageGoesToItsSenderWithoutDoublingRe()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var draft = await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("RE: Lunch", bob));
        await sandbox.Graph(alice).Users[alice].Messages[draft.Id].Send.PostAsync();
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));

        var reply = await sandbox.Graph(bob).Me.Messages[received.Id].CreateReply.PostAsync(
            new Microsoft.Graph.Me.Messages.Item.CreateReply.CreateReplyPostRequestBody { Comment = "Sounds good" });

        Assert.Equal(alice, Assert.Single(reply!.ToRecipients!).EmailAddress!.Address);
        Assert.Equal("RE: Lunch", reply.Subject);
        Assert.Equal("Sounds good", reply.Body!.Content);
        Assert.Equal(received.ConversationId, reply.ConversationId);
    }

    [Fact]
    public async Task CreateReplyWithBothCommentAndBodyIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var original = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", Mail.NewAddress("bob")));

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[original.Id].CreateReply
            .PostAsync(new CreateReplyPostRequestBody
            {
                Comment = "one",
                Message = new Message { Body = new ItemBody { ContentType = BodyType.Text, Content = "two" } },
            }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Single(sandbox.Store.Messages(alice));
    }
}
