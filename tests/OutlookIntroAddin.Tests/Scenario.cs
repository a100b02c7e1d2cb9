using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests;

/// <summary>What the flow tests need, named for what they do.</summary>
public static partial class Scenario
{
    public const string Juan = "juan@example.com", Sue = "sue@example.org";
    public const string Connector = "alex.demo@contoso.example";

    public static object IntroBody(bool juanAgreed = false, string finalIntro = "send", string language = "en") => new
    {
        parties = new object[]
        {
            new { name = "Juan Perez", email = Juan, about = "runs XYZ at Contoso", alreadyAgreed = juanAgreed },
            new { name = "Sue Lee", email = Sue, about = "expert in XYZ", alreadyAgreed = false },
        },
        reason = "you are both deep into XYZ",
        finalIntro,
        language,
    };

    public static async Task<IntroResponse> CreateIntroAsync(this HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/intros", body ?? IntroBody());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IntroResponse>())!;
    }

    public static async Task<IntroResponse> GetIntroAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<IntroResponse>($"/api/intros/{id}"))!;

    public static IEnumerable<MailItem> Inbox(this IEnumerable<MailItem> mail, string address) =>
        mail.Where(m => m.Folder == "inbox" && m.Mailbox.Equals(address, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<MailItem> Sent(this IEnumerable<MailItem> mail) =>
        mail.Where(m => m.Folder == "sentitems" && m.Mailbox.Equals(Connector, StringComparison.OrdinalIgnoreCase));

    /// <summary>The consent link in a request or follow-up, without the answer hint.</summary>
    public static string ConsentPath(this MailItem mail)
    {
        var match = ConsentLink().Match(mail.Body);
        Assert.True(match.Success, "The mail has no consent link: " + mail.Body);
        return new Uri(match.Groups[1].Value).AbsolutePath;
    }

    public static async Task<HttpResponseMessage> AnswerAsync(this HttpClient client, string consentPath, string answer, string? until = null)
    {
        var form = new Dictionary<string, string> { ["answer"] = answer };
        if (until is not null) form["until"] = until;
        return await client.PostAsync(consentPath, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("href=\"(http[^\"?]+/consent/[^\"?]+)\\?answer=yes\"")]
    private static partial Regex ConsentLink();
}
