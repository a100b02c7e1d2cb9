using System.Net;
using Microsoft.Extensions.Time.Testing;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Tests.Mail;

/// <summary>
/// Graph's limits are per mailbox, whichever instance asks: 4 requests in flight, nothing before a
/// Retry-After, Exchange's 30 sends a minute. Two instances on one database keep them together.
/// </summary>
public class MailboxGateTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task TwoInstancesTogetherNeverHaveMoreThanFourRequestsInFlightToOneMailbox(string provider)
    {
        await using var instances = await GateInstances.StartAsync(provider);
        var (first, second, graph) = (instances.Start(), instances.Start(), instances.Graph);
        graph.Holding = true;

        var requests = Enumerable.Range(0, 4).Select(_ => first.GetAsync()).ToList();
        await instances.UntilAsync(() => graph.InFlight >= 4);
        requests.AddRange(Enumerable.Range(0, 4).Select(_ => second.GetAsync()));
        for (var answered = 1; answered <= 4; answered++)
        {
            graph.AnswerOldest();
            // The second instance learns of a freed permit only by looking again, on its clock.
            await instances.UntilAsync(() => graph.Arrivals.Count >= 4 + answered, step: TimeSpan.FromMilliseconds(250));
        }
        graph.AnswerAll();

        Assert.All(await Task.WhenAll(requests), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(8, graph.Arrivals.Count);
        Assert.Equal(4, graph.MostInFlight);
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task TwoInstancesTogetherSendNoMoreThanThirtyMailsInAMinute(string provider)
    {
        await using var instances = await GateInstances.StartAsync(provider);
        var (first, second, graph) = (instances.Start(), instances.Start(), instances.Graph);

        var sends = Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? first : second).SendDraftAsync(i)).ToList();
        // Each instance may wait for the other's requests to end, a quarter of a second at a time.
        await instances.UntilAsync(() => graph.Arrivals.Count >= 30, step: TimeSpan.FromMilliseconds(250));
        Assert.InRange(await second.Gate.SendWaitAsync(GateInstances.Mailbox), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        await instances.UntilAsync(() => graph.Arrivals.Count >= 50, step: TimeSpan.FromSeconds(5));

        Assert.All(await Task.WhenAll(sends), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var times = graph.Arrivals.Select(a => a.At).ToList();
        Assert.All(times, at => Assert.InRange(times.Count(other => other > at - TimeSpan.FromMinutes(1) && other <= at), 1, 30));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ARetryAfterGivenToOneInstanceHoldsTheOtherBackFromThatMailboxOnly(string provider)
    {
        await using var instances = await GateInstances.StartAsync(provider);
        var (first, second, graph) = (instances.Start(), instances.Start(), instances.Graph);
        var start = instances.Clock.GetUtcNow();

        graph.RefuseNext(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync()).StatusCode);
        Assert.InRange(await second.Gate.SendWaitAsync(GateInstances.Mailbox), TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("sam.second@contoso.example")).StatusCode);
        var held = second.GetAsync();
        await instances.UntilAsync(() => graph.Arrivals.Count >= 3, step: TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
        Assert.True(graph.Arrivals[^1].At >= start + TimeSpan.FromSeconds(10), $"A request went at {graph.Arrivals[^1].At:O}, inside the Retry-After");
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task ACrashedInstancesPermitsFreeWhenTheirLeaseRunsOut(string provider)
    {
        await using var instances = await GateInstances.StartAsync(provider);
        var start = instances.Clock.GetUtcNow();
        // Its clock never moves again: it neither renews its permits nor gives them back.
        var crashed = instances.Start(new FakeTimeProvider(start));
        var (survivor, graph) = (instances.Start(), instances.Graph);
        graph.Holding = true;

        var stuck = Enumerable.Range(0, 4).Select(_ => crashed.GetAsync()).ToList();
        await instances.UntilAsync(() => graph.InFlight >= 4);
        var waiting = survivor.GetAsync();
        await instances.UntilAsync(() => graph.Arrivals.Count >= 5, step: TimeSpan.FromSeconds(1));

        Assert.True(graph.Arrivals[^1].At >= start + MailboxGate.PermitLease, $"The survivor's request went at {graph.Arrivals[^1].At:O}, while the crashed instance's permits were alive");
        graph.AnswerAll();
        await Task.WhenAll(stuck.Append(waiting));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task EndedPermitsAndRetryAftersAreForgottenSoNoAddressStaysBehind(string provider)
    {
        await using var instances = await GateInstances.StartAsync(provider);
        var (instance, graph) = (instances.Start(), instances.Graph);
        await instance.SendDraftAsync(1);
        graph.RefuseNext(TimeSpan.FromSeconds(30));
        await instance.GetAsync();
        await instance.Gate.ForgetEndedAsync(CancellationToken.None);
        var kept = await instances.QueryAsync<string>("SELECT mailbox FROM mailbox_permits UNION ALL SELECT mailbox FROM mailbox_backoff");

        instances.Clock.Advance(TimeSpan.FromHours(2));
        await instance.Gate.ForgetEndedAsync(CancellationToken.None);
        var left = await instances.QueryAsync<string>("SELECT mailbox FROM mailbox_permits UNION ALL SELECT mailbox FROM mailbox_backoff");

        Assert.Equal(2, kept.Count);
        Assert.Empty(left);
    }

    [Fact]
    public void ARequestToMeCountsForTheMailboxItsClientTaggedAndTheTagNeverReachesGraph()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=x");
        request.Headers.Add(MailboxTagging.Header, "Olivia.Owner@contoso.example");

        Assert.Equal("olivia.owner@contoso.example", MailboxGate.MailboxOf(request));
        Assert.False(request.Headers.Contains(MailboxTagging.Header));
        // Asked again, as for a retry of the same request, it still counts for that mailbox.
        Assert.Equal("olivia.owner@contoso.example", MailboxGate.MailboxOf(request));
        Assert.Equal("me", MailboxGate.MailboxOf(new Uri("https://graph.microsoft.com/v1.0/me/messages")));
        Assert.Equal("sue@example.org", MailboxGate.MailboxOf(new Uri("https://graph.microsoft.com/v1.0/users/Sue%40example.org/messages")));
    }

    [Fact]
    public void OnTheConnectorsBehalfAUsersUrlGoesToMeWithItsPathAndQuery()
    {
        Assert.Equal("https://graph.microsoft.com/v1.0/me/messages/AAk%2Fx/send",
            MeAddressing.ToMe(new Uri("https://graph.microsoft.com/v1.0/users/olivia%40contoso.example/messages/AAk%2Fx/send"))!.AbsoluteUri);
        Assert.Equal("https://graph.microsoft.com/v1.0/me?$select=mail",
            MeAddressing.ToMe(new Uri("https://graph.microsoft.com/v1.0/users/olivia%40contoso.example?$select=mail"))!.ToString());
        Assert.Null(MeAddressing.ToMe(new Uri("https://graph.microsoft.com/v1.0/subscriptions")));
    }
}
