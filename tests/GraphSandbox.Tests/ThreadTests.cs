using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.Reply;

namespace GraphSandbox.Tests;

public class ThreadTests
{
    private static readonly string[] ThreadFields = ["subject", "conversationId", "internetMessageId", "internetMessageHeaders", "uniqueBody", "body", "from", "sender"];

    [Fact]
    public async Task APartysReplyReachesTheSenderInTheSameConversationWithThreadHeaders()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var request = await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Intro request", bob));
        var sentRequest = await sandbox.Graph(alice).Users[alice].Messages[request.Id].GetAsync();
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));

        await sandbox.Graph(bob).Users[bob].Messages[received.Id].Reply.PostAsync(new ReplyPostRequestBody { Comment = "Yes, happy to meet." });
        var reply = Assert.Single((await sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages
            .GetAsync(c => c.QueryParameters.Select = ThreadFields))!.Value!);

        Assert.Matches("^<[^<>@]+@[^<>@]+>$", sentRequest!.InternetMessageId);
        Assert.Equal(sentRequest.InternetMessageId, received.InternetMessageId);
        Assert.Equal("RE: Intro request", reply.Subject);
        Assert.Equal(sentRequest.ConversationId, reply.ConversationId);
        Assert.NotEqual(sentRequest.InternetMessageId, reply.InternetMessageId);
        Assert.Equal(bob, reply.From!.EmailAddress!.Address);
        Assert.Equal(bob, reply.Sender!.EmailAddress!.Address);
        Assert.Equal(sentRequest.InternetMessageId, Header(reply, "In-Reply-To"));
        Assert.Equal(sentRequest.InternetMessageId, Header(reply, "References"));
        Assert.Equal(reply.InternetMessageId, Header(reply, "Message-ID"));
        Assert.Equal("Yes, happy to meet.", reply.UniqueBody!.Content);
        Assert.StartsWith("<html>", reply.Body!.Content);
        Assert.Contains("Yes, happy to meet.", reply.Body.Content);
        Assert.Contains("<b>Subject:</b> Intro request", reply.Body.Content);
        Assert.Contains("<p>Intro request</p>", reply.Body.Content);
        Assert.Equal("RE: Intro request", Assert.Single(sandbox.Store.Messages(bob, "sentitems")).Subject);
    }

    [Fact]
    public async Task ReferencesGrowWithEachReplyAndCreateReplyCarriesThemToo()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Lunch", bob));
        var first = Assert.Single(sandbox.Store.Messages(bob, "inbox"));
        sandbox.Store.Reply(bob, first.Id, "Tuesday?");
        var bobsReply = Assert.Single(sandbox.Store.Messages(alice, "inbox"));

        var draft = await sandbox.Graph(alice).Users[alice].Messages[bobsReply.Id].CreateReply.PostAsync(new() { Comment = "Tuesday works" });
        await sandbox.Graph(alice).Users[alice].Messages[draft!.Id].Send.PostAsync();
        var third = sandbox.Store.Messages(bob, "inbox").Single(m => m.Id != first.Id);
        var fetched = await sandbox.Graph(bob).Users[bob].Messages[third.Id].GetAsync(c => c.QueryParameters.Select = ThreadFields);

        Assert.Equal(first.ConversationId, fetched!.ConversationId);
        Assert.Equal("RE: Lunch", fetched.Subject);
        Assert.Equal(bobsReply.InternetMessageId, Header(fetched, "In-Reply-To"));
        Assert.Equal($"{first.InternetMessageId} {bobsReply.InternetMessageId}", Header(fetched, "References"));
    }

    [Fact]
    public async Task AReplyFromAnotherMailSystemComesInANewConversationYetNamesTheMessageItAnswers()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var request = await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Intro request", bob));
        var sentRequest = await sandbox.Graph(alice).Users[alice].Messages[request.Id].GetAsync();
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));

        sandbox.Store.ReplyInNewConversation(bob, received.Id, "Meeting Sue", "Yes, happy to meet.");
        var reply = Assert.Single((await sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages
            .GetAsync(c => c.QueryParameters.Select = ThreadFields))!.Value!);

        Assert.NotEqual(sentRequest!.ConversationId, reply.ConversationId);
        Assert.Equal(("Meeting Sue", bob), (reply.Subject, reply.From!.EmailAddress!.Address));
        Assert.Equal(sentRequest.InternetMessageId, Header(reply, "In-Reply-To"));
        Assert.Equal(sentRequest.InternetMessageId, Header(reply, "References"));
        Assert.Equal("Yes, happy to meet.", reply.UniqueBody!.Content);
        Assert.Throws<KeyNotFoundException>(() => sandbox.Store.ReplyInNewConversation(alice, received.Id, "Hi", "not alice's message"));
    }

    [Fact]
    public async Task HeadersComeOnlyWhenSelectedAndOnlyOnReceivedCopies()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var sent = await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Hello", bob));
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));

        var plain = await sandbox.Graph(bob).Users[bob].Messages[received.Id].GetAsync();
        var selected = await sandbox.Graph(bob).Users[bob].Messages[received.Id].GetAsync(c => c.QueryParameters.Select = ["internetMessageHeaders"]);
        var sentItem = await sandbox.Graph(alice).Users[alice].Messages[sent.Id].GetAsync(c => c.QueryParameters.Select = ["internetMessageHeaders"]);

        Assert.Null(plain!.InternetMessageHeaders);
        Assert.Null(plain.UniqueBody);
        Assert.Contains(selected!.InternetMessageHeaders!, h => h.Name == "Subject" && h.Value == "Hello");
        Assert.Null(Header(selected, "In-Reply-To"));
        Assert.DoesNotContain(selected.InternetMessageHeaders!, h => h.Name!.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Null(sentItem!.InternetMessageHeaders);
    }

    [Fact]
    public async Task ReplyWithBothCommentAndBodyOrToAnUnknownMessageIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Hello", bob));
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));
        var messages = sandbox.Graph(bob).Users[bob].Messages;

        var both = await Assert.ThrowsAsync<ODataError>(() => messages[received.Id].Reply.PostAsync(new ReplyPostRequestBody
        {
            Comment = "one",
            Message = new Message { Body = new ItemBody { ContentType = BodyType.Text, Content = "two" } },
        }));
        var unknown = await Assert.ThrowsAsync<ODataError>(() => messages["AAMkAGnope="].Reply.PostAsync(new ReplyPostRequestBody { Comment = "hi" }));

        Assert.Equal(400, both.ResponseStatusCode);
        Assert.Equal((404, "ErrorItemNotFound"), (unknown.ResponseStatusCode, unknown.Error!.Code));
        Assert.Empty(sandbox.Store.Messages(alice, "inbox"));
        Assert.Throws<KeyNotFoundException>(() => sandbox.Store.Reply(alice, received.Id, "not alice's message"));
    }

    [Fact]
    public async Task TheMessageClassComesBackForTheExpandTheServerUsesInGraphsSpelling()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice).SendAsync(alice, Mail.Draft("Hello", bob));
        var received = Assert.Single(sandbox.Store.Messages(bob, "inbox"));

        var fetched = await sandbox.Graph(bob).Users[bob].Messages[received.Id].GetAsync(c =>
            c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{ExtendedPropertyIds.MessageClass}')"]);

        var property = Assert.Single(fetched!.SingleValueExtendedProperties!);
        Assert.Equal(("String 0x1a", "IPM.Note"), (property.Id, property.Value));
    }

    private static string? Header(Message message, string name) =>
        message.InternetMessageHeaders?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
