using System.Net.Http.Json;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>Which Inbox messages count as a party's answer: the request's thread, and the party's own address.</summary>
public class ThreadMatchingTests
{
    private const string Assistant = "ana.assistant@example.com";

    [Fact]
    public async Task SomeoneElseAnsweringInTheRequestsThreadWaitsForTheConnectorAndThePartyStaysPending()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();

        // Juan's assistant answers from his mailbox as herself: Graph's reply with another "from".
        using var client = app.Client();
        var response = await client.PostAsJsonAsync($"/graph/v1.0/users/{Juan}/messages/{Uri.EscapeDataString(toJuan.Id)}/reply", new
        {
            comment = "Yes, Juan would be glad to meet Sue. Ana, assistant to Juan",
            message = new { from = new { emailAddress = new { address = Assistant, name = "Ana" } } },
        });
        response.EnsureSuccessStatusCode();
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);

        var assistantsMail = app.Store().Messages(Connector, "inbox").Single();
        Assert.Equal((Assistant, toJuan.ConversationId), (assistantsMail.From!.Address, assistantsMail.ConversationId));
        var juan = heard.Party(Juan);
        Assert.Equal(("pending", "needsReview"), (juan.Answer, juan.Replies[0].Status));
        Assert.Null(juan.AnsweredBy);
    }

    [Fact]
    public async Task AReplyInANewConversationIsMatchedToTheRequestByInReplyTo()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();

        app.Store().ReplyInNewConversation(Juan, toJuan.Id, "Meeting Sue", "Yes, happy to meet Sue.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);

        var reply = app.Store().Messages(Connector, "inbox").Single();
        Assert.NotEqual(toJuan.ConversationId, reply.ConversationId);
        var juan = heard.Party(Juan);
        Assert.Equal(("yes", "reply"), (juan.Answer, juan.AnsweredBy));
        Assert.Equal(("yes", "recorded"), (juan.Replies[0].Understood, juan.Replies[0].Status));
    }
}
