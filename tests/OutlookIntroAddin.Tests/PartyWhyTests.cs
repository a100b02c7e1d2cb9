using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// Each party is told what they gain from meeting the other, not one sentence shared by both: their
/// own "why" in the request the server drafts and on their consent page; the shared reason stays for
/// the final intro and for a party without a "why" of their own.
/// </summary>
public class PartyWhyTests
{
    private const string JuansWhy = "Sue rebuilt the pricing of a marketplace like yours last year.";
    private const string SuesWhy = "Juan is hiring the kind of team you said you'd like to advise.";

    private static JsonObject Body(string? suesWhy)
    {
        var sue = new JsonObject { ["name"] = "Sue Lee", ["email"] = Sue, ["about"] = "expert in XYZ" };
        if (suesWhy is not null) sue["why"] = suesWhy;
        return new JsonObject
        {
            ["parties"] = new JsonArray(
                new JsonObject { ["name"] = "Juan Perez", ["email"] = Juan, ["about"] = "runs XYZ at Contoso", ["why"] = "  " + JuansWhy + " " },
                sue),
            ["reason"] = "you are both deep into XYZ",
        };
    }

    [Fact]
    public async Task EachPartysRequestAndConsentPageGiveTheirOwnWhyAndTheFinalIntroTheSharedReason()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(SuesWhy));
        Assert.Equal([JuansWhy, SuesWhy], intro.Parties.Select(p => p.Why));
        Assert.Equal([JuansWhy, SuesWhy], (await client.GetIntroAsync(intro.Id)).Parties.Select(p => p.Why));

        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any());
        var toJuan = mail.Inbox(Juan).Single();
        var toSue = mail.Inbox(Sue).Single();
        Assert.Contains("Sue rebuilt the pricing of a marketplace like yours last year.", toJuan.Body);
        Assert.DoesNotContain("hiring the kind of team", toJuan.Body);
        Assert.DoesNotContain("deep into XYZ", toJuan.Body);
        Assert.Contains("hiring the kind of team you", toSue.Body);
        Assert.DoesNotContain("rebuilt the pricing", toSue.Body);

        var juansPage = await PageTextAsync(client, toJuan.ConsentPath());
        Assert.Contains("Sue rebuilt the pricing of a marketplace like yours last year.", juansPage);
        Assert.DoesNotContain("deep into XYZ", juansPage);
        Assert.Contains("hiring the kind of team you", await PageTextAsync(client, toSue.ConsentPath()));

        await client.AnswerAsync(toJuan.ConsentPath(), "yes");
        await client.AnswerAsync(toSue.ConsentPath(), "yes");
        var final = (await app.MailWhenAsync(m => m.Sent().Count() == 3)).Sent().Single(m => m.Subject.Contains("Juan Perez") && m.Subject.Contains("Sue Lee"));
        Assert.Contains("you are both deep into XYZ", final.Body);
        Assert.DoesNotContain("rebuilt the pricing", final.Body);
    }

    [Fact]
    public async Task APartyWithoutAWhyOfTheirOwnIsGivenTheSharedReason()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(Body(suesWhy: null));
        Assert.Equal("", intro.Parties[1].Why);

        var mail = await app.MailWhenAsync(m => m.Inbox(Sue).Any());
        var toSue = mail.Inbox(Sue).Single();
        Assert.Contains("you are both deep into XYZ", toSue.Body);
        Assert.Contains("you are both deep into XYZ", await PageTextAsync(client, toSue.ConsentPath()));
        Assert.DoesNotContain("rebuilt the pricing", toSue.Body);
    }

    private static async Task<string> PageTextAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return new HtmlParser().ParseDocument(html).Body!.TextContent;
    }
}
