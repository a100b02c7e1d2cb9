using System.Net.Http.Json;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

public class AppOnlyTests
{
    [Fact]
    public async Task AppOnlySendsWithAClientCredentialsTokenFromTheAppsCertificate()
    {
        // The RBAC scope lets the app reach Olivia's mailbox only, as an Exchange admin would set it.
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Graph:Mode"] = "AppOnly" },
            graphOptions: o => o.AppMailboxScope = [Olivia], certificate: true);
        using var olivia = entra.Client(Owner());
        var intro = await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);

        var appTokens = entra.Issuer.Issued.Where(t => t.Grant == "client_credentials").Select(t => t.AccessToken).ToHashSet();
        var calls = entra.Graph.Calls.Where(c => c.Mailbox == Olivia).ToList();
        Assert.NotEmpty(appTokens);
        Assert.Contains(calls, c => c.Method == "POST" && c.Path.EndsWith("/send"));
        Assert.All(calls, c => Assert.Contains(c.Token, appTokens));
        Assert.All(calls, c => Assert.Equal(("app", LocalIssuer.TenantA), (c.IdentityType, c.TenantId)));
        Assert.Equal(0, entra.Issuer.Count("on_behalf_of"));
        Assert.Empty(await entra.App.QueryAsync<string>("SELECT session_key FROM graph_sessions"));
        Assert.False((await olivia.IntroAsync(intro.Id)).NeedsSignIn);
        Assert.Empty(entra.Issuer.OffLoopback);
    }

    [Fact]
    public async Task AppOnlyOutsideItsRbacScopeIsRefusedByGraphAndNothingIsSent()
    {
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Graph:Mode"] = "AppOnly" },
            graphOptions: o => o.AppMailboxScope = ["someone.else@contoso.example"]);
        using var olivia = entra.Client(Owner());
        await olivia.CreateIntroAsync();
        await entra.App.RunDueWorkAsync();

        Assert.Contains(entra.Graph.Calls, c => c.Mailbox == Olivia && c.IdentityType == "app");
        Assert.Empty(entra.SentBy(Olivia));
        var intros = (await olivia.GetFromJsonAsync<List<IntroResponse>>("/api/intros"))!;
        Assert.DoesNotContain(intros.SelectMany(i => i.Events), e => e.What == "requestSent");
    }
}
