using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using OutlookIntroAddin.Intros;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

public class DoubleOptInFlowTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task BothSayYesAndGetExactlyOneIntroWithTheConnectorOutOfTheThread(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        Assert.Equal("requested", intro.State);

        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var toJuan = Assert.Single(mail.Inbox(Juan));
        var toSue = Assert.Single(mail.Inbox(Sue));
        foreach (var (request, other) in new[] { (toJuan, Sue), (toSue, Juan) })
        {
            Assert.Single(request.To);
            Assert.Empty(request.Cc);
            Assert.DoesNotContain(other, request.Body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("you are both deep into XYZ", request.Body);
        }
        Assert.Contains("Sue Lee", toJuan.Body);
        Assert.Contains("expert in XYZ", toJuan.Body);

        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(toJuan.ConsentPath(), "yes")).StatusCode);
        Assert.Equal("requested", (await client.GetIntroAsync(intro.Id)).State);
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(toSue.ConsentPath(), "yes")).StatusCode);

        mail = await app.MailWhenAsync(m => m.Sent().Count() == 3);
        var final = Assert.Single(mail.Sent(), m => m.Subject.StartsWith("Introduction:"));
        Assert.Equal([Juan, Sue], final.To.Select(p => p.Address));
        Assert.Equal([Juan, Sue], final.ReplyTo.Select(p => p.Address));
        Assert.Equal([Connector], final.Bcc.Select(p => p.Address));
        Assert.Contains("stepping out", final.Body);
        Assert.Single(mail.Inbox(Connector));

        await app.AdvanceAsync(days: 30);
        Assert.Equal(3, (await app.MailAsync()).Sent().Count());
        var done = await client.GetIntroAsync(intro.Id);
        Assert.Equal("introduced", done.State);
        Assert.NotNull(done.IntroducedAt);
        Assert.All(done.Parties, p => Assert.Equal("yes", p.Answer));
    }

    [Fact]
    public async Task APartyWhoAlreadyAgreedGetsNoRequest()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(IntroBody(juanAgreed: true));
        var mail = await app.MailWhenAsync(m => m.Sent().Any());
        Assert.Empty(mail.Inbox(Juan));
        var toSue = Assert.Single(mail.Inbox(Sue));
        Assert.Equal("yes", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);

        await client.AnswerAsync(toSue.ConsentPath(), "yes");
        mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var final = mail.Sent().Last();
        Assert.Contains("Juan, would you take it from here", final.Body);
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ADeclineTellsTheOtherPartyNothingAndCancelsTheirFollowUp(string provider)
    {
        await using var app = new IntroApp(provider);
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "no");

        await app.AdvanceAsync(days: 40);
        mail = await app.MailAsync();
        Assert.Single(mail.Inbox(Sue));
        Assert.Single(mail.Inbox(Juan));
        var declined = await client.GetIntroAsync(intro.Id);
        Assert.Equal("declined", declined.State);
        Assert.Equal(["no", "pending"], declined.Parties.Select(p => p.Answer));
        Assert.All(declined.Parties, p => Assert.Null(p.FollowedUpAt));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task SilentPartyGetsExactlyOneFollowUpAfterSevenBusinessDaysThenExpires(string provider)
    {
        await using var app = new IntroApp(provider);
        app.SetWorkingWeek(Connector, "Pacific Standard Time");
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "yes");

        // Sent Wednesday 09:00 in Seattle: seven business days later is Friday of next week, nine calendar days.
        await app.AdvanceAsync(days: 8);
        Assert.Single((await app.MailAsync()).Inbox(Sue));
        await app.AdvanceAsync(days: 1);
        mail = await app.MailWhenAsync(m => m.Inbox(Sue).Count() == 2);
        var followUp = mail.Inbox(Sue).OrderBy(m => m.SentAt).Last();
        Assert.Equal(mail.Inbox(Sue).First().ConversationId, followUp.ConversationId);
        Assert.StartsWith("RE:", followUp.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Single(followUp.To);
        Assert.Equal(Sue, followUp.To[0].Address);
        Assert.Single(mail.Inbox(Juan));

        // The follow-up left on a Friday: seven business days later is the Tuesday after next.
        await app.AdvanceAsync(days: 10);
        Assert.Equal("requested", (await client.GetIntroAsync(intro.Id)).State);
        await app.AdvanceAsync(days: 1);
        var expired = await client.GetIntroAsync(intro.Id);
        Assert.Equal("expired", expired.State);
        Assert.Equal("expired", expired.Parties[1].Answer);

        // The connector alone is told who did not answer; nothing more goes to the parties.
        await app.AdvanceAsync(days: 60);
        mail = await app.MailAsync();
        Assert.Equal(2, mail.Inbox(Sue).Count());
        Assert.Single(mail.Inbox(Juan));
        Assert.Equal(4, mail.Sent().Count());
        var notice = Assert.Single(mail.Inbox(Connector));
        Assert.Equal("No answer: your introduction of Juan Perez and Sue Lee has closed", notice.Subject);
        Assert.Equal([Connector], notice.To.Select(p => p.Address));
        Assert.Contains("Sue Lee did not answer your request", notice.Body);
    }

    [Fact]
    public async Task NotNowWithoutADateDeclines()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "notNow")).StatusCode);
        var declined = await client.GetIntroAsync(intro.Id);
        Assert.Equal("declined", declined.State);
        Assert.Equal(("notNow", null, null), (declined.Parties[1].Answer, declined.Parties[1].NotNowUntil, declined.Parties[1].AskAgainAt));
        await app.AdvanceAsync(days: 30);
        Assert.Equal(2, (await app.MailAsync()).Sent().Count());
    }

    [Fact]
    public async Task CancelStopsEverything()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/intros/{intro.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/intros/{intro.Id}/cancel", null)).StatusCode);

        var page = await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "yes");
        Assert.Contains("closed", await page.Content.ReadAsStringAsync());
        await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "yes");
        await app.AdvanceAsync(days: 40);

        Assert.Equal(2, (await app.MailAsync()).Sent().Count());
        var cancelled = await client.GetIntroAsync(intro.Id);
        Assert.Equal("cancelled", cancelled.State);
        Assert.All(cancelled.Parties, p => Assert.Equal("pending", p.Answer));
    }

    [Fact]
    public async Task ReviewModeLeavesTheFinalIntroAsADraftForTheConnector()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(IntroBody(juanAgreed: true, finalIntro: "review"));
        var mail = await app.MailWhenAsync(m => m.Sent().Any());
        await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "yes");

        mail = await app.MailWhenAsync(m => m.Any(x => x.Folder == "drafts"));
        var draft = Assert.Single(mail, m => m.Folder == "drafts");
        Assert.StartsWith("Introduction:", draft.Subject);
        Assert.Single(mail.Sent());
        var ready = await client.GetIntroAsync(intro.Id);
        Assert.Equal("ready", ready.State);
        Assert.Equal(draft.Id, ready.FinalDraftId);
    }

    [Fact]
    public async Task TheFinalDraftIsOpenedByTheRestIdGraphGivesForItNow()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(IntroBody(juanAgreed: true, finalIntro: "review"));
        var mail = await app.MailWhenAsync(m => m.Sent().Any());
        var path = $"/api/intros/{intro.Id}/final-draft";
        var early = await client.GetAsync(path);
        await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "yes");
        var draft = Assert.Single(await app.MailWhenAsync(m => m.Any(x => x.Folder == "drafts")), m => m.Folder == "drafts");

        var found = await client.GetFromJsonAsync<FinalDraftResponse>(path);
        var someoneElse = await app.Client("tenant-b", "user-1", "owner@fabrikam.example").GetAsync(path);
        // Deleted for good in Outlook: nothing to open.
        using (var graph = app.Client())
        using (var delete = new HttpRequestMessage(HttpMethod.Post, $"/graph/v1.0/users/{Connector}/messages/{Uri.EscapeDataString(draft.RestId)}/permanentDelete"))
        {
            delete.Headers.Authorization = new("Bearer", Connector);
            Assert.True((await graph.SendAsync(delete)).IsSuccessStatusCode);
        }
        var gone = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        // Outlook converts REST ids to the EWS ids it opens items by; an immutable id would open nothing.
        Assert.Equal(draft.RestId, found!.RestId);
        Assert.NotEqual(draft.Id, found.RestId);
        Assert.True(found.IsDraft);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("The final draft is no longer in your mailbox", (await gone.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Fact]
    public async Task TheConnectorRecordsAnAnswerThatCameByReply()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        foreach (var party in intro.Parties)
        {
            var response = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{party.Id}/answer", new { answer = "yes" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var mail = await app.MailWhenAsync(m => m.Sent().Any(x => x.Subject.StartsWith("Introduction:")));
        Assert.Equal("introduced", (await client.GetIntroAsync(intro.Id)).State);
        Assert.Single(mail.Sent(), m => m.Subject.StartsWith("Introduction:"));
    }

    [Fact]
    public async Task ListsOpenAndClosedIntrosNewestFirst()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var first = await client.CreateIntroAsync();
        await Task.Delay(5); // two intros in one millisecond are a tie, in any order
        var second = await client.CreateIntroAsync();
        await client.PostAsync($"/api/intros/{first.Id}/cancel", null);

        var all = await client.GetFromJsonAsync<List<IntroResponse>>("/api/intros?state=all");
        Assert.Equal([second.Id, first.Id], all!.Select(i => i.Id));
        Assert.Equal([second.Id], (await client.GetFromJsonAsync<List<IntroResponse>>("/api/intros?state=open"))!.Select(i => i.Id));
        Assert.Equal([first.Id], (await client.GetFromJsonAsync<List<IntroResponse>>("/api/intros?state=closed"))!.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/intros?state=later")).StatusCode);
    }
}
