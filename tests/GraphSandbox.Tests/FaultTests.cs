using Microsoft.Kiota.Abstractions;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphSandbox.Tests;

public class FaultTests
{
    [Fact]
    public async Task ThrottledRequestCarriesRetryAfterAndTheSdkRetrySucceedsAfterIt()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        sandbox.Faults.Set(new SandboxFaultSettings { Next429 = 1, RetryAfterSeconds = 1 });

        var draft = await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org"));

        var stats = sandbox.Stats.Snapshot();
        Assert.NotNull(sandbox.Store.Find(alice, draft.Id!));
        Assert.Equal(1, stats.Throttled429);
        Assert.Equal(2, stats.RequestsByRoute["createDraft"]);
        Assert.Equal(0, stats.EarlyRetries);
    }

    [Theory]
    [InlineData(429, "TooManyRequests")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task ThrottlingAndOutagesReachTheCallerWithRetryAfterWhenRetryIsOff(int status, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        sandbox.Faults.Set(new SandboxFaultSettings { Next429 = status == 429 ? 1 : 0, Next503 = status == 503 ? 1 : 0, RetryAfterSeconds = 7 });

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Users[alice].Messages
            .GetAsync(config => config.Options.Add(Mail.NoRetry)));

        Assert.Equal(status, error.ResponseStatusCode);
        Assert.Equal(code, error.Error!.Code);
        Assert.Equal("7", Assert.Single(error.ResponseHeaders["Retry-After"]));
    }

    [Fact]
    public async Task WhenTheSdkRunsOutOfRetriesItThrowsAggregateExceptionNotODataError()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        sandbox.Faults.Set(new SandboxFaultSettings { Rate429 = 1, RetryAfterSeconds = 0 });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => sandbox.Graph(alice).Users[alice].Messages
            .GetAsync(config => config.Options.Add(new RetryHandlerOption { MaxRetry = 2 })));

        var aggregate = Assert.IsType<AggregateException>(error);
        Assert.All(aggregate.InnerExceptions, inner =>
            Assert.Equal(429, Assert.IsAssignableFrom<ApiException>(inner).ResponseStatusCode));
        Assert.Equal(3, sandbox.Stats.RequestsByRoute["listMessages"]);
    }

    [Fact]
    public async Task GatewayTimeoutAfterSendLeavesTheMessageSent()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", Mail.NewAddress("bob"), "ob-1"));
        sandbox.Faults.Set(new SandboxFaultSettings { Next504AfterSend = 1 });

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[draft.Id].Send
            .PostAsync(config => config.Options.Add(Mail.NoRetry)));

        Assert.Equal((504, "GatewayTimeout"), (error.ResponseStatusCode, error.Error!.Code));
        Assert.Equal(draft.Id, Assert.Single(await graph.FindByOutboxIdAsync(alice, "sentitems", "ob-1")).Id);
        Assert.Equal(1, sandbox.Stats.SendsTakenEffect);
    }

    [Fact]
    public async Task TheSdkRetryingASendAfterA504FailsBecauseTheMailAlreadyWent()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", Mail.NewAddress("bob")));
        sandbox.Faults.Set(new SandboxFaultSettings { Next504AfterSend = 1 });

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[alice].Messages[draft.Id].Send
            .PostAsync(config => config.Options.Add(new RetryHandlerOption { MaxRetry = 1, Delay = 0 })));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(2, sandbox.Stats.RequestsByRoute["send"]);
        Assert.Equal(1, sandbox.Stats.SendsTakenEffect);
    }

    [Fact]
    public async Task RequestsBeyondTheConcurrencyLimitOfAMailboxAreThrottled()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        sandbox.Faults.Set(new SandboxFaultSettings { LatencyMs = 1500, MaxConcurrentPerMailbox = 4 });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await graph.Users[alice].Messages.GetAsync(config => config.Options.Add(Mail.NoRetry));
                return 200;
            }
            catch (ODataError e)
            {
                return e.ResponseStatusCode;
            }
        }));

        var stats = sandbox.Stats.Snapshot();
        Assert.Contains(429, outcomes);
        Assert.True(outcomes.Count(o => o == 200) >= 4);
        Assert.InRange(stats.MaxInFlightPerMailbox, 1, 4);
        Assert.True(stats.ConcurrencyRejections >= 1);
    }

    [Fact]
    public async Task CallingAMailboxBeforeItsRetryAfterHasPassedCountsAsAnEarlyRetry()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var messages = sandbox.Graph(alice).Users[alice].Messages;
        sandbox.Faults.Set(new SandboxFaultSettings { Next429 = 1, RetryAfterSeconds = 30 });

        await Assert.ThrowsAsync<ODataError>(() => messages.GetAsync(config => config.Options.Add(Mail.NoRetry)));
        var early = await Assert.ThrowsAsync<ODataError>(() => messages.GetAsync(config => config.Options.Add(Mail.NoRetry)));
        var otherMailbox = Mail.NewAddress("bob");
        await sandbox.Graph(otherMailbox).Users[otherMailbox].Messages.GetAsync(config => config.Options.Add(Mail.NoRetry));

        Assert.Equal(429, early.ResponseStatusCode);
        Assert.InRange(int.Parse(Assert.Single(early.ResponseHeaders["Retry-After"])), 1, 30);
        Assert.Equal(1, sandbox.Stats.EarlyRetries);
    }

    [Fact]
    public async Task ASeedReplaysTheSameFaults()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var faults = new SandboxFaultSettings { Rate429 = 0.3, Rate503 = 0.3, RetryAfterSeconds = 0, Seed = 7 };

        async Task<int[]> RunAsync()
        {
            sandbox.Faults.Set(faults);
            var statuses = new List<int>();
            for (var i = 0; i < 12; i++)
                statuses.Add(await StatusOfAsync(graph.Users[alice].MailboxSettings.GetAsync(c => c.Options.Add(Mail.NoRetry))));
            return [.. statuses];
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(first, s => s != 200);
    }

    private static async Task<int> StatusOfAsync(Task call)
    {
        try
        {
            await call;
            return 200;
        }
        catch (ODataError e)
        {
            return e.ResponseStatusCode;
        }
    }
}
