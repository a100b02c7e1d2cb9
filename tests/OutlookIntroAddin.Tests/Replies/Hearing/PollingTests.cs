using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>Replies heard by delta query alone (<c>Graph:ReplyDetection=poll</c>), with no subscription.</summary>
public class PollingTests
{
    [Fact]
    public async Task AYesByReplyIsRecordedLikeALinkAnswerAndStopsTheFollowUp()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();

        app.Store().Reply(Juan, toJuan.Id, "Yes, happy to meet Sue! Send over the intro.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");

        var juan = heard.Party(Juan);
        Assert.Equal("reply", juan.AnsweredBy);
        var reply = Assert.Single(juan.Replies);
        Assert.Equal(("yes", "recorded"), (reply.Understood, reply.Status));
        Assert.StartsWith("Yes, happy to meet Sue!", reply.Excerpt);
        Assert.Contains(heard.Events, e => e.What == "answeredByReply" && e.PartyId == juan.Id);

        await app.AdvanceAsync(days: 10);
        var mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);
        Assert.Single(mail.Inbox(Juan));
    }

    [Fact]
    public async Task TheBodyOfUnrelatedInboxMailIsNeverRead()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();
        await app.SendToConnectorAsync("bob@example.net", "Lunch?", "Are you free for lunch on Friday?");

        app.Store().Reply(Juan, toJuan.Id, "Sounds great, yes please.");
        await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");

        var lunch = app.Store().Messages(Connector, "inbox").Single(m => m.Subject == "Lunch?");
        Assert.Equal(0, app.Store().BodyReads(lunch.Id));
    }
}
