using GraphSandbox;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

public class SignInAgainTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ARevokedConnectorsFollowUpWaitsForTheirNextSignInThenGoesOutExactlyOnce(string provider)
    {
        var clock = new SandboxClock(IntroApp.Wednesday);
        // Only the test runs due work: a background pass racing it could be mid-acquisition when it looks.
        await using var entra = await EntraApp.StartAsync(provider, settings: new() { ["Work:Enabled"] = "false" }, clock: clock);
        // Below MSAL's 5-minute margin, so the follow-up days later needs the refresh token.
        entra.Issuer.GraphTokenLifetime = TimeSpan.FromMinutes(1);
        using var oldSession = entra.Client(Owner("session-1"));
        var intro = await oldSession.CreateIntroAsync(IntroForSue());
        await entra.App.RunDueWorkAsync();
        Assert.Single(entra.SentBy(Olivia));

        entra.Issuer.RevokeRefreshTokens(LocalIssuer.TenantA, Owner().ObjectId);
        clock.Advance(TimeSpan.FromDays(12));
        await entra.App.RunDueWorkAsync();

        // The add-in's token is from the revoked session: Entra will not exchange it, so the mail stays held.
        var held = await oldSession.IntroAsync(intro.Id);
        Assert.True(held.NeedsSignIn);
        Assert.Equal("requested", held.State);
        Assert.Single(entra.Graph.Store.Messages(Scenario.Sue, "inbox"));
        var row = Assert.Single(await entra.App.QueryAsync<(string State, long Attempts, string LastError)>(
            "SELECT state, CAST(attempts AS BIGINT), last_error FROM outbox WHERE kind = 'followUp'"));
        Assert.Equal(("pending", 0L), (row.State, row.Attempts));
        Assert.StartsWith("needsSignIn", row.LastError);

        // Held means left alone: more passes neither send nor knock on Entra's door again.
        var tokenRequests = entra.Issuer.TokenRequests;
        await entra.App.RunDueWorkAsync();
        await entra.App.RunDueWorkAsync();
        Assert.Equal(tokenRequests, entra.Issuer.TokenRequests);
        Assert.Single(entra.Graph.Store.Messages(Scenario.Sue, "inbox"));

        using var signedInAgain = entra.Client(Owner("session-2"));
        Assert.False((await signedInAgain.IntroAsync(intro.Id)).NeedsSignIn);
        await entra.App.RunDueWorkAsync();
        await entra.App.RunDueWorkAsync();

        var sueInbox = entra.Graph.Store.Messages(Scenario.Sue, "inbox");
        Assert.Equal(2, sueInbox.Count);
        Assert.Equal(2, entra.SentBy(Olivia).Count);
        var after = await signedInAgain.IntroAsync(intro.Id);
        Assert.NotNull(Assert.Single(after.Parties, p => p.Email == Scenario.Sue).FollowedUpAt);
        Assert.False(after.NeedsSignIn);
        // The follow-up was sent with a token from the new session's exchange.
        var send = entra.Graph.Calls.Last(c => c.Method == "POST" && c.Path.EndsWith("/send"));
        var minted = entra.Issuer.Issued.Single(t => t.AccessToken == send.Token);
        Assert.Equal(Owner().ObjectId, minted.ObjectId);
        Assert.Equal(2, entra.Issuer.Count("on_behalf_of"));
    }

    [Fact]
    public async Task MailQueuedWithoutAnySessionWaitsQuietlyAndGoesOutAfterTheConnectorsNextRequest()
    {
        await using var entra = await EntraApp.StartAsync(settings: new() { ["Work:Enabled"] = "false" });
        using var olivia = entra.Client(Owner());
        var intro = await olivia.CreateIntroAsync(IntroForSue());
        // As if the mail had been queued before the connector ever had a session (an upgrade, a restored backup).
        await entra.App.QueryAsync<long>("DELETE FROM graph_sessions");
        await entra.App.QueryAsync<long>("DELETE FROM token_cache");

        await entra.App.RunDueWorkAsync();
        // Held, so no later pass claims it again.
        Assert.Equal(["no Graph session was ever started"], await entra.App.QueryAsync<string>(
            "SELECT sign_in_error FROM graph_sessions WHERE needs_sign_in_since IS NOT NULL"));
        Assert.Empty(entra.SentBy(Olivia));
        Assert.Equal(["pending"], await entra.App.QueryAsync<string>("SELECT state FROM outbox"));

        Assert.False((await olivia.IntroAsync(intro.Id)).NeedsSignIn);
        await entra.App.RunDueWorkAsync();
        Assert.Single(entra.SentBy(Olivia));
    }
}
