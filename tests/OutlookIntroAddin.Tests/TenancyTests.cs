using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Tests;

public class TenancyTests
{
    [Fact]
    public async Task AnotherConnectorsOrTenantsIntroIsNotFound()
    {
        await using var app = new IntroApp();
        using var owner = app.Client("tenant-a", "user-1", "owner@contoso.example", "Olivia Owner");
        var intro = await owner.CreateIntroAsync();

        foreach (var stranger in new[]
        {
            app.Client("tenant-a", "user-2", "colleague@contoso.example"),
            app.Client("tenant-b", "user-1", "owner@fabrikam.example"),
            app.Client(),
        })
        {
            using (stranger)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/intros/{intro.Id}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/intros/{intro.Id}/cancel", null)).StatusCode);
                var answer = await stranger.PostAsJsonAsync($"/api/intros/{intro.Id}/parties/{intro.Parties[0].Id}/answer", new { answer = "yes" });
                Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
                Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
                Assert.Empty((await stranger.GetFromJsonAsync<List<IntroResponse>>("/api/intros"))!);
            }
        }
        var mine = await owner.GetIntroAsync(intro.Id);
        Assert.Equal("requested", mine.State);
        Assert.All(mine.Parties, p => Assert.Equal("pending", p.Answer));
    }

    [Fact]
    public async Task RequestsGoOutFromTheConnectorsOwnMailbox()
    {
        await using var app = new IntroApp();
        using var owner = app.Client("tenant-a", "user-1", "owner@contoso.example", "Olivia Owner");
        await owner.CreateIntroAsync();
        var mail = await app.MailWhenAsync(m => m.Count(x => x.Folder == "sentitems") == 2);
        Assert.All(mail.Where(m => m.Folder == "sentitems"), m => Assert.Equal("owner@contoso.example", m.Mailbox));
        Assert.All(mail.Where(m => m.Folder == "inbox"), m => Assert.Contains("Olivia Owner", m.Body));
    }
}
