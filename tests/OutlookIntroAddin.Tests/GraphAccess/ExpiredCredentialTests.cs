using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphSandbox;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

/// <summary>
/// An expired client secret (Entra's invalid_client, AADSTS7000222) is the admin's to fix, not an
/// outage to retry: the connector is told so, /healthz says degraded, and mail waits without using up retries.
/// </summary>
public class ExpiredCredentialTests
{
    [Fact]
    public async Task ACreateWithAnExpiredSecretSaysSoStoresNothingAndHealthShowsIt()
    {
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Work:Enabled"] = "false" });
        using var client = entra.Client(Owner());
        entra.Issuer.SecretExpired = true;

        var refused = await client.PostAsJsonAsync("/api/intros", IntroForSue());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("This app's credential was refused by Microsoft Entra ID", problem.GetProperty("title").GetString());
        Assert.Equal("AADSTS7000222", problem.GetProperty("errorCode").GetString());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/intros?state=all")).EnumerateArray());
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal("AADSTS7000222", health.GetProperty("problems")[0].GetProperty("code").GetString());

        entra.Issuer.SecretExpired = false;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/intros", IntroForSue())).StatusCode);
        Assert.Equal("ok", (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MailWaitsForARenewedSecretWithoutUsingUpItsRetries()
    {
        var clock = new SandboxClock(IntroApp.Wednesday);
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Work:Enabled"] = "false" }, clock: clock);
        // Shorter than MSAL's 5-minute margin: the follow-up days later needs Entra again.
        entra.Issuer.GraphTokenLifetime = TimeSpan.FromMinutes(1);
        using var client = entra.Client(Owner());
        await client.CreateIntroAsync(IntroForSue());
        await entra.App.RunDueWorkAsync();
        Assert.Single(entra.SentBy(Olivia));

        entra.Issuer.SecretExpired = true;
        clock.Advance(TimeSpan.FromDays(12));
        await entra.App.RunDueWorkAsync();
        await entra.App.RunDueWorkAsync();

        var row = Assert.Single(await entra.App.QueryAsync<(string State, long Attempts, string LastError)>(
            "SELECT state, CAST(attempts AS BIGINT), last_error FROM outbox WHERE kind = 'followUp'"));
        Assert.Equal(("pending", 0L, "appCredentialRefused AADSTS7000222"), (row.State, row.Attempts, row.LastError));
        Assert.Single(entra.SentBy(Olivia));
        Assert.Equal("degraded", (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("status").GetString());
        // The connector's pane is told too, in words for them.
        var onHold = (await client.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("mailOnHold");
        Assert.Equal("AADSTS7000222", onHold.GetProperty("code").GetString());
        Assert.Equal("Mail is on hold for everyone", onHold.GetProperty("title").GetString());
        Assert.Contains("Your admin must renew it", onHold.GetProperty("detail").GetString());

        entra.Issuer.SecretExpired = false;
        clock.Advance(AppCredentialRetry);
        await entra.App.RunDueWorkAsync();
        Assert.Equal(2, entra.SentBy(Olivia).Count);
        Assert.Equal("ok", (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, (await client.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("mailOnHold").ValueKind);
    }

    private static readonly TimeSpan AppCredentialRetry = OutlookIntroAddin.GraphAccess.AppCredentialHealth.RetryAfter;
}
