using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Outcomes;
using OutlookIntroAddin.Tests.Replies.Hearing;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Outcomes;

/// <summary>
/// What came of an introduction: the final intro asks the two to tell the connector, a party writing to
/// the other in its thread (with the connector copied) records "connected", and otherwise the pane asks
/// the connector once, the tenant's business days later. Nothing of this goes to the parties.
/// </summary>
public class OutcomeTests
{
    /// <summary>Both say yes by link; returns the intro once the final intro is in both Inboxes.</summary>
    private static async Task<(IntroResponse Intro, MailItem FinalToJuan, MailItem FinalToSue)> IntroducedAsync(IntroApp app)
    {
        var (intro, toJuan, toSue) = await app.SentIntroAsync();
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(toJuan.ConsentPath(), "yes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.AnswerAsync(toSue.ConsentPath(), "yes")).StatusCode);
        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Count() == 2 && m.Inbox(Sue).Count() == 2);
        var introduced = await app.IntroWhenAsync(intro.Id, i => i.IntroducedAt is not null);
        return (introduced, mail.Inbox(Juan).Single(m => m.Subject.StartsWith("Introduction:")), mail.Inbox(Sue).Single(m => m.Subject.StartsWith("Introduction:")));
    }

    /// <summary>A party replies in the final intro's thread, to whom they choose, through Graph's reply action.</summary>
    private static async Task ReplyAsync(IntroApp app, string from, MailItem final, string comment, params string[][] recipients)
    {
        using var client = app.Client();
        var response = await client.PostAsJsonAsync($"/graph/v1.0/users/{from}/messages/{final.Id}/reply", new
        {
            comment,
            message = new
            {
                toRecipients = recipients[0].Select(a => new { emailAddress = new { address = a } }),
                ccRecipients = recipients.Length > 1 ? recipients[1].Select(a => new { emailAddress = new { address = a } }) : [],
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task TheFinalIntroAsksTheTwoToTellTheConnectorHowItWent()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (_, final, _) = await IntroducedAsync(app);
        Assert.Contains(Wordings.English.FinalLetMeKnow, WebUtility.HtmlDecode(final.Body));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task APartyWritingToTheOtherWithTheConnectorCopiedRecordsConnected(string provider)
    {
        await using var app = new IntroApp(provider, settings: Hearing.Poll());
        var (intro, finalToJuan, finalToSue) = await IntroducedAsync(app);
        Assert.Null(intro.Outcome);

        // Juan thanks only the connector first: that is mail for the connector to read, not the two connecting.
        await ReplyAsync(app, Juan, finalToJuan, "Thanks Alex, will do!", [Connector]);
        await app.MailWhenAsync(m => m.Inbox(Connector).Any(x => x.From?.Address == Juan));
        await app.AdvanceAsync(days: 1);

        // A day later Sue writes to Juan and keeps the connector in copy.
        await ReplyAsync(app, Sue, finalToSue, "Lovely to meet you Juan, does Tuesday work for a call?", [Juan], [Connector]);
        var mail = await app.MailWhenAsync(m => m.Inbox(Connector).Any(x => x.From?.Address == Sue));
        var sueWrote = mail.Inbox(Connector).Single(x => x.From?.Address == Sue).SentAt!.Value;

        var heard = await app.IntroWhenAsync(intro.Id, i => i.Outcome is not null);
        Assert.Equal((Outcome.Connected, Outcome.ByReply), (heard.Outcome, heard.OutcomeBy));
        Assert.Equal(sueWrote.ToUnixTimeSeconds(), heard.OutcomeAt!.Value.ToUnixTimeSeconds());
        // Nothing else waits: the connector's Inbox is no longer watched.
        await app.WatchWhenAsync(w => w is null);
        // The parties got nothing more than the requests and the final intro.
        var after = await app.MailAsync();
        Assert.Equal(2, after.Inbox(Juan).Count(m => m.From?.Address == Connector));
        Assert.Single(after.Inbox(Sue), m => m.From?.Address == Connector && m.Subject.StartsWith("Introduction:"));
    }

    [Fact]
    public async Task AnErasedPartysFinalIntroIsNoLongerListenedTo()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, _, finalToSue) = await IntroducedAsync(app);
        await app.WatchWhenAsync(w => w is not null);
        using var admin = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/admin/subject/erase", new { email = Juan })).StatusCode);

        // The connector's Inbox is no longer watched for the two: nothing else waits.
        await app.WatchWhenAsync(w => w is null);
        await ReplyAsync(app, Sue, finalToSue, "Hi Juan, shall we talk?", [Juan], [Connector]);
        await app.MailWhenAsync(m => m.Inbox(Connector).Any(x => x.From?.Address == Sue));
        await app.AdvanceAsync(days: 1);
        Assert.Null(await app.WatchAsync());
        Assert.Null((await admin.GetIntroAsync(intro.Id)).Outcome);
    }

    [Fact]
    public async Task ThePaneAsksAfterTheTenantsBusinessDaysAndTheConnectorsAnswerIsKept()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, _, _) = await IntroducedAsync(app);
        using var client = app.Client();
        // Introduced on Wednesday 25 November: 14 business days later is Tuesday 15 December, at the same time of day.
        // The question's date is given once it has come, by the product's clock.
        Assert.Null(intro.OutcomeAskedAt);
        await app.AdvanceAsync(days: 19);
        Assert.Null((await client.GetIntroAsync(intro.Id)).OutcomeAskedAt);
        await app.AdvanceAsync(days: 1);
        Assert.Equal(intro.IntroducedAt!.Value.AddDays(20), (await client.GetIntroAsync(intro.Id)).OutcomeAskedAt);

        var notYet = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/outcome", new { outcome = "notYet" });
        Assert.Equal(HttpStatusCode.OK, notYet.StatusCode);
        var saved = (await notYet.Content.ReadFromJsonAsync<IntroResponse>())!;
        Assert.Equal((Outcome.NotYet, Outcome.ByConnector), (saved.Outcome, saved.OutcomeBy));

        var connected = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/outcome", new { outcome = "connected" });
        Assert.Equal(Outcome.Connected, (await connected.Content.ReadFromJsonAsync<IntroResponse>())!.Outcome);
        var record = await client.GetFromJsonAsync<ConnectorRecordResponse>("/api/intros/record");
        Assert.Equal((1, 1, 1), (record!.Made, record.BothSaidYes, record.Connected));
    }

    [Fact]
    public async Task AFinalIntroTheConnectorSentFromReviewCountsFromWhenItWent()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(IntroBody(finalIntro: "review"));
        var requests = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any());
        await client.AnswerAsync(requests.Inbox(Juan).Single().ConsentPath(), "yes");
        await client.AnswerAsync(requests.Inbox(Sue).Single().ConsentPath(), "yes");
        var ready = await app.IntroWhenAsync(intro.Id, i => i.State == "ready" && i.FinalDraftId is not null);

        // While it is a draft, looking it up changes nothing.
        var draft = await client.GetFromJsonAsync<FinalDraftResponse>($"/api/intros/{intro.Id}/final-draft");
        Assert.True(draft!.IsDraft);
        Assert.Equal("ready", (await client.GetIntroAsync(intro.Id)).State);

        // A day later the connector sends it from Outlook; the pane looks it up again.
        await app.AdvanceAsync(days: 1);
        var send = await client.PostAsync($"/graph/v1.0/users/{Connector}/messages/{ready.FinalDraftId}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, send.StatusCode);
        var mail = await app.MailWhenAsync(m => m.Sent().Any(x => x.Subject.StartsWith("Introduction:")));
        var went = mail.Sent().Single(x => x.Subject.StartsWith("Introduction:")).SentAt!.Value;
        Assert.False((await client.GetFromJsonAsync<FinalDraftResponse>($"/api/intros/{intro.Id}/final-draft"))!.IsDraft);

        var introduced = await client.GetIntroAsync(intro.Id);
        Assert.Equal("introduced", introduced.State);
        Assert.Equal(went.ToUnixTimeSeconds(), introduced.IntroducedAt!.Value.ToUnixTimeSeconds());
        Assert.Contains(introduced.Events, e => e.What == "introduced");
        await app.AdvanceAsync(days: 20);
        Assert.Equal(introduced.IntroducedAt.Value.AddDays(20), (await client.GetIntroAsync(intro.Id)).OutcomeAskedAt);
    }

    [Fact]
    public async Task AThreadWhoseMessageIsGoneIsUnknownAndTheConnectorStillAnswers()
    {
        await using var app = new IntroApp(settings: Hearing.Poll());
        var (intro, _, _) = await IntroducedAsync(app);
        var demo = OutlookIntroAddin.Identity.SandboxAuthenticationHandler.Demo;
        var graph = app.Services.GetRequiredService<GraphClients>().For(demo.TenantId, demo.ObjectId, Connector);
        // The connector deleted the sent copy for good: Graph answers 404, and the thread is simply unknown.
        var sent = (await app.MailAsync()).Sent().Single(m => m.Subject.StartsWith("Introduction:"));
        using var client = app.Client();
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsync($"/graph/v1.0/users/{Connector}/messages/{sent.Id}/permanentDelete", null)).StatusCode);
        Assert.Equal(new MessageThread(null, null), await GraphMail.ThreadAsync(graph, Connector, sent.Id));
        // As if the first catch-up after the final intro came only after that (it may have read the thread
        // already): with no thread to know it by, nothing is left to listen to, and the watch ends.
        var db = new Db(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE intros SET final_conversation_id = NULL WHERE id = @Id", new { intro.Id });
        }
        await app.WatchWhenAsync(w => w is null);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/intros/{intro.Id}/outcome", new { outcome = "connected" })).StatusCode);
    }

    [Fact]
    public async Task ATenantThatNeverAsksHasNoQuestionDate()
    {
        await using var app = new IntroApp(settings: new(Hearing.Poll()) { ["Intros:OutcomeAfterBusinessDays"] = "0" });
        var (intro, _, _) = await IntroducedAsync(app);
        await app.AdvanceAsync(days: 60);
        using var client = app.Client();
        Assert.Null((await client.GetIntroAsync(intro.Id)).OutcomeAskedAt);
    }

    [Theory]
    [InlineData("""{"outcome":"met"}""")]
    [InlineData("""{"outcome":"Connected"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"outcome":null}""")]
    public async Task AnOutcomeNotOfTheFourIsRefusedNamingItAndChangesNothing(string body)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var response = await client.PostAsync($"/api/intros/{intro.Id}/outcome", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("outcome", out _), problem.ToString());
        Assert.Null((await client.GetIntroAsync(intro.Id)).Outcome);
    }

    [Fact]
    public async Task OnlyTheConnectorsOwnIntroducedIntroTakesAnOutcome()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();

        var open = await client.PostAsJsonAsync($"/api/intros/{intro.Id}/outcome", new { outcome = "connected" });
        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        using var other = app.Client(tenant: "sandbox-tenant", objectId: "someone-else", email: "kim@contoso.example");
        var notTheirs = await other.PostAsJsonAsync($"/api/intros/{intro.Id}/outcome", new { outcome = "connected" });
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Null((await client.GetIntroAsync(intro.Id)).Outcome);

        var record = await other.GetFromJsonAsync<ConnectorRecordResponse>("/api/intros/record");
        Assert.Equal((0, 0, 0, (DateTimeOffset?)null), (record!.Made, record.BothSaidYes, record.Connected, record.Since));
    }
}
