using System.Net.Http.Json;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>What each kind of reply does to the party, heard by delta query (poll mode keeps these independent of webhooks).</summary>
public class WhatRepliesChangeTests
{
    [Fact]
    public async Task AGermanNoByReplyDeclinesTheIntro()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync(language: "de");

        app.Store().Reply(Juan, toJuan.Id, "Vielen Dank, aber ich möchte leider nicht. Kein Interesse.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.State == "declined");

        Assert.Equal(("no", "reply"), (heard.Party(Juan).Answer, heard.Party(Juan).AnsweredBy));
        Assert.Equal("recorded", Assert.Single(heard.Party(Juan).Replies).Status);
    }

    [Fact]
    public async Task AnOutOfOfficeIsNoAnswerAndMovesTheFollowUpPastTheReturnDate()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, toSue) = await app.SentIntroAsync();
        using var client = app.Client();
        await client.AnswerAsync(toSue.ConsentPath(), "yes");

        app.Store().AutoReply(toJuan.Id, "I am out of the office and back on Monday 14 December 2026.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);
        var reply = heard.Party(Juan).Replies[0];
        Assert.Equal(("autoReply", "ignored", "2026-12-14"), (reply.Understood, reply.Status, reply.Until));
        Assert.Equal("pending", heard.Party(Juan).Answer);

        // The follow-up was due on 4 December; it now waits for the first business day after the 14th.
        await app.AdvanceAsync(days: 10);
        Assert.Null((await client.GetIntroAsync(intro.Id)).Party(Juan).FollowedUpAt);
        await app.AdvanceAsync(days: 11);
        await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).FollowedUpAt is not null);
    }

    [Fact]
    public async Task ABounceMarksThePartyUndeliverableAndTellsTheConnectorAtOnce()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();

        app.Store().Bounce(toJuan.Id);
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "undeliverable");
        var reply = Assert.Single(heard.Party(Juan).Replies);
        Assert.Equal(("bounce", "recorded"), (reply.Understood, reply.Status));
        Assert.Equal("requested", heard.State);
        Assert.Contains(heard.Events, e => e.What == "undeliverable" && e.PartyId == heard.Party(Juan).Id);

        // The non-delivery report itself is in the connector's Inbox too; the note is the one they sent themselves.
        var mail = await app.MailWhenAsync(m => m.Inbox(Connector).Any(n => n.From?.Address == Connector));
        var notice = Assert.Single(mail.Inbox(Connector), n => n.From?.Address == Connector);
        Assert.Equal("Undeliverable: your request to Juan Perez", notice.Subject);
        Assert.Contains($"Your request to Juan Perez ({Juan}) about Sue Lee could not be delivered", notice.Body);

        // No follow-up to an address that bounces; the connector may still record an answer they got another way.
        await app.AdvanceAsync(days: 10);
        var later = await app.IntroWhenAsync(intro.Id, i => i.Party(Sue).FollowedUpAt is not null);
        Assert.Null(later.Party(Juan).FollowedUpAt);
        using var client = app.Client();
        var recorded = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{later.Party(Juan).Id}/answer", new { answer = "yes" });
        Assert.Equal(System.Net.HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("yes", (await client.GetIntroAsync(intro.Id)).Party(Juan).Answer);
    }

    [Fact]
    public async Task ANotNowWithADateByReplyKeepsTheIntroOpenUntilThen()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, _, toSue) = await app.SentIntroAsync();

        app.Store().Reply(Sue, toSue.Id, "Not right now, I'm swamped. Could you ask me again after 15 January?");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Sue).Answer == "notNow");
        Assert.Equal(("requested", "2027-01-15", "reply"), (heard.State, heard.Party(Sue).NotNowUntil, heard.Party(Sue).AnsweredBy));
        Assert.NotNull(heard.Party(Sue).AskAgainAt);
        Assert.True(heard.Party(Sue).AskAgainAt > new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task AnUnclearReplyWaitsForTheConnectorAndStopsTheFollowUp()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();

        app.Store().Reply(Juan, toJuan.Id, "Who is Sue exactly? What would we talk about?");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);
        Assert.Equal(("unclear", "needsReview", "pending"), (heard.Party(Juan).Replies[0].Understood, heard.Party(Juan).Replies[0].Status, heard.Party(Juan).Answer));

        await app.AdvanceAsync(days: 10);
        var later = await app.IntroWhenAsync(intro.Id, i => i.Party(Sue).FollowedUpAt is not null);
        Assert.Null(later.Party(Juan).FollowedUpAt);
    }

    [Fact]
    public async Task APartyWritingInANewThreadWaitsForTheConnectorUnread()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, _, _) = await app.SentIntroAsync();

        await app.SendToConnectorAsync(Juan, "About Sue", "Yes, I would like to meet her.");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);
        Assert.Equal(("needsReview", "pending"), (heard.Party(Juan).Replies[0].Status, heard.Party(Juan).Answer));
        var mail = app.Store().Messages(Connector, "inbox").Single(m => m.Subject == "About Sue");
        Assert.Equal(0, app.Store().BodyReads(mail.Id));
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabaseRecordAReplyOnce()
    {
        await using var first = new IntroApp(settings: Hearing.Poll());
        await using var second = new IntroApp(settings: new(Hearing.Poll()) { ["Graph:BaseUrl"] = new Uri(first.BaseAddress, "/graph/v1.0").ToString() },
            sharedDatabase: first.DatabaseConnectionString);
        var (intro, toJuan, _) = await first.SentIntroAsync();

        first.Store().Reply(Juan, toJuan.Id, "Yes, gladly!");
        await first.IntroWhenAsync(intro.Id, i => i.Party(Juan).Answer == "yes");
        await second.AdvanceAsync();
        await first.AdvanceAsync();

        var heard = await first.IntroWhenAsync(intro.Id, _ => true);
        Assert.Single(heard.Party(Juan).Replies);
        Assert.Single(heard.Events, e => e.What == "answeredByReply");
    }
}
