using System.Net;
using System.Net.Http.Json;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>The connector decides what a reply that waits for them means.</summary>
public class ReplyReviewTests
{
    private static async Task<(IntroApp App, Intros.IntroResponse Intro, string PartyId, string ReplyId)> UnclearReplyAsync()
    {
        var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, _) = await app.SentIntroAsync();
        app.Store().Reply(Juan, toJuan.Id, "Who is Sue exactly? What would we talk about?");
        var heard = await app.IntroWhenAsync(intro.Id, i => i.Party(Juan).Replies.Count == 1);
        return (app, heard, heard.Party(Juan).Id, heard.Party(Juan).Replies[0].Id);
    }

    [Fact]
    public async Task TheConnectorRecordsAnUnclearReplyAsYes()
    {
        var (app, intro, partyId, replyId) = await UnclearReplyAsync();
        await using var _ = app;
        using var client = app.Client();

        var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{partyId}/replies/{replyId}", new { answer = "yes" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var juan = (await response.Content.ReadFromJsonAsync<Intros.IntroResponse>())!.Party(Juan);
        Assert.Equal(("yes", "connector", "recorded"), (juan.Answer, juan.AnsweredBy, juan.Replies[0].Status));
    }

    [Fact]
    public async Task TheConnectorIgnoresAReplyAndBadInputOthersIntrosAndClosedOnesAreRefused()
    {
        var (app, intro, partyId, replyId) = await UnclearReplyAsync();
        await using var _ = app;
        using var client = app.Client();
        var path = $"/api/intros/{intro.Id}/parties/{partyId}/replies/{replyId}";

        var bad = await client.PostAsJsonAsync(path, new { answer = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"answer\"", await bad.Content.ReadAsStringAsync());
        var badUntil = await client.PostAsJsonAsync(path, new { answer = "yes", until = "2027-01-04" });
        Assert.Contains("\"until\"", await badUntil.Content.ReadAsStringAsync());
        using var other = app.Client("other-tenant", "other-oid", "eve@fabrikam.example");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(path, new { answer = "yes" })).StatusCode);

        var ignored = await client.PostAsJsonAsync(path, new { answer = "ignore" });
        var juan = (await ignored.Content.ReadFromJsonAsync<Intros.IntroResponse>())!.Party(Juan);
        Assert.Equal(("pending", "ignored"), (juan.Answer, juan.Replies[0].Status));

        await client.PostAsync($"/api/intros/{intro.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(path, new { answer = "no" })).StatusCode);
    }

    [Fact]
    public async Task ADeclineReadInAReplyIsCorrectedAndTheIntroOpensAgainAsItWas()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, toJuan, toSue) = await app.SentIntroAsync();
        app.Store().Reply(Juan, toJuan.Id, "No thanks, I'm not interested.");
        var declined = await app.IntroWhenAsync(intro.Id, i => i.State == "declined");
        var juan = declined.Party(Juan);
        Assert.Equal(("no", "reply"), (juan.Answer, juan.AnsweredBy));
        using var client = app.Client();

        var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{juan.Id}/replies/{juan.Replies[0].Id}", new { answer = "yes" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reopened = (await response.Content.ReadFromJsonAsync<Intros.IntroResponse>())!;
        Assert.Equal(("requested", "yes", "connector"), (reopened.State, reopened.Party(Juan).Answer, reopened.Party(Juan).AnsweredBy));
        Assert.Contains(reopened.Events, e => e.What == "reopened");
        // Sue's follow-up comes as it would have, and her first link still answers.
        await app.AdvanceAsync(days: 10);
        await app.IntroWhenAsync(intro.Id, i => i.Party(Sue).FollowedUpAt is not null);
        await client.AnswerAsync(toSue.ConsentPath(), "yes");
        await app.IntroWhenAsync(intro.Id, i => i.State == "introduced");
    }

    [Fact]
    public async Task ADeclineByLinkIsThePartysOwnAndCannotBeCorrected()
    {
        var (app, intro, partyId, replyId) = await UnclearReplyAsync();
        await using var _ = app;
        using var client = app.Client();
        var toJuan = (await app.MailAsync()).Inbox(Juan).Single();
        await client.AnswerAsync(toJuan.ConsentPath(), "no");

        var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{partyId}/replies/{replyId}", new { answer = "yes" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var after = await client.GetIntroAsync(intro.Id);
        Assert.Equal(("declined", "no", "link"), (after.State, after.Party(Juan).Answer, after.Party(Juan).AnsweredBy));
    }
}
