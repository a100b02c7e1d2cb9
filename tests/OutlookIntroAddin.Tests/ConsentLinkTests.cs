using System.Net;
using AngleSharp.Html.Parser;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

public class ConsentLinkTests
{
    [Fact]
    public async Task OpeningALinkChangesNothingOnlyTheButtonRecords()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var link = mail.Inbox(Juan).Single().ConsentPath();

        foreach (var answer in new[] { "yes", "no", "notNow", "alreadyConnected" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{link}?answer={answer}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{link}?answer={answer}"))).StatusCode);
        }
        var untouched = await client.GetIntroAsync(intro.Id);
        Assert.All(untouched.Parties, p => Assert.Equal("pending", p.Answer));
        Assert.Equal(["created"], untouched.Events.Select(e => e.What).Where(w => w != "requestSent"));

        await client.AnswerAsync(link, "yes");
        await client.AnswerAsync(link, "yes");
        var answered = await client.GetIntroAsync(intro.Id);
        Assert.Equal("yes", answered.Parties[0].Answer);
        Assert.Single(answered.Events, e => e.What == "answeredYes");
    }

    [Fact]
    public async Task ThePageSaysWhoAsksAndWhyWithFourLabelledAnswers()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var response = await client.GetAsync(mail.Inbox(Juan).Single().ConsentPath());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Contains("Alex Demo", page.Body!.TextContent);
        Assert.Contains("Sue Lee", page.Body.TextContent);
        Assert.Contains("you are both deep into XYZ", page.Body.TextContent);
        Assert.DoesNotContain(Sue, html);
        var form = page.QuerySelector("form[method=post]")!;
        Assert.NotNull(form.QuerySelector("fieldset > legend"));
        Assert.Equal(["yes", "notNow", "no", "alreadyConnected"], form.QuerySelectorAll("button[name=answer]").Select(b => b.GetAttribute("value")));
        var date = form.QuerySelector("input[type=date]#until")!;
        Assert.NotNull(page.QuerySelector($"label[for={date.Id}]"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/consent/not-a-token")]
    [InlineData("/consent/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnInvalidLinkSaysSoAndChangesNothing(string path)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        await app.MailWhenAsync(m => m.Sent().Count() == 2);

        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Contains("This link is not valid", await get.Content.ReadAsStringAsync());
        var post = await client.AnswerAsync(path, "yes");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.All((await client.GetIntroAsync(intro.Id)).Parties, p => Assert.Equal("pending", p.Answer));
    }

    [Fact]
    public async Task AnAlteredLinkIsNotValid()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var link = mail.Inbox(Juan).Single().ConsentPath();
        var altered = link[..^1] + (link[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(HttpStatusCode.NotFound, (await client.AnswerAsync(altered, "yes")).StatusCode);
    }

    [Fact]
    public async Task AnAnswerAfterTheIntroEndedChangesNothingAndThePageSaysSo()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), "no");

        var late = await client.AnswerAsync(mail.Inbox(Sue).Single().ConsentPath(), "yes");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("closed", html);
        Assert.DoesNotContain("Juan", html);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[1].Answer);
    }

    [Fact]
    public async Task LinksStopWorkingAMonthAfterTheIntroCloses()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        await client.PostAsync($"/api/intros/{intro.Id}/cancel", null);
        var link = mail.Inbox(Juan).Single().ConsentPath();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        await app.AdvanceAsync(days: 31);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);
    }

    [Theory]
    [InlineData("maybe", null)]
    [InlineData("notNow", "next tuesday")]
    [InlineData("notNow", "2020-01-01")]
    public async Task AFormThatMakesNoSenseIsRefused(string answer, string? until)
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var response = await client.AnswerAsync(mail.Inbox(Juan).Single().ConsentPath(), answer, until);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
    }

    [Fact]
    public async Task Issue7_AFormWithANullCharacterGotA500()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Sent().Count() == 2);
        var body = new StringContent("answer=yes&until=%00", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await client.PostAsync(mail.Inbox(Juan).Single().ConsentPath(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (await client.GetIntroAsync(intro.Id)).Parties[0].Answer);
    }
}
