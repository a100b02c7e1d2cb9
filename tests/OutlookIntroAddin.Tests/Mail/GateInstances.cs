using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Tests.Mail;

/// <summary>
/// Server instances reduced to their Graph pipelines' innermost handler: each a <see cref="MailboxGate"/>
/// with its own <see cref="Db"/> (its own pool and writer queue, as another process has) over one
/// database, all in front of one <see cref="HeldGraph"/>, on a fake clock the test moves.
/// </summary>
public sealed class GateInstances : IAsyncDisposable
{
    public const string Mailbox = "alex.demo@contoso.example";

    private readonly IntroApp _database;
    private readonly List<HttpMessageInvoker> _invokers = [];

    private GateInstances(IntroApp database) => _database = database;

    public FakeTimeProvider Clock { get; } = new(IntroApp.Wednesday);
    public HeldGraph Graph { get; private set; } = null!;

    /// <summary>A fresh, migrated database (a SQLite file, or a PostgreSQL database) with nothing in front of it yet.</summary>
    public static async Task<GateInstances> StartAsync(string provider)
    {
        var instances = new GateInstances(new IntroApp(provider));
        instances.Graph = new HeldGraph(instances.Clock);
        await Migrator.MigrateAsync(instances.NewDb());
        return instances;
    }

    /// <summary>Another instance on the database; on <paramref name="clock"/> if given (a frozen clock is a process that stopped).</summary>
    public Instance Start(TimeProvider? clock = null)
    {
        var gate = new MailboxGate(new GraphOptions(), new MailboxPermits(NewDb()), clock ?? Clock, NullLogger<MailboxGate>.Instance)
        {
            InnerHandler = Graph,
        };
        var invoker = new HttpMessageInvoker(gate);
        _invokers.Add(invoker);
        return new Instance(gate, invoker);
    }

    /// <summary>Waits until <paramref name="done"/>, moving the clock <paramref name="step"/> at a time if given; bounded.</summary>
    public async Task UntilAsync(Func<bool> done, TimeSpan? step = null)
    {
        for (var tries = 0; !done(); tries++)
        {
            Assert.True(tries < 300, "Timed out waiting; Graph saw: " + string.Join(", ", Graph.Arrivals.Select(a => $"{a.Path} at {a.At:HH:mm:ss.fff}")));
            if (step is { } by) Clock.Advance(by);
            // Real time for the database work the clock's move set off, so the fake clock runs a few times faster than real time at most.
            await Task.Delay(100);
        }
    }

    private Db NewDb() => new(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(_database.Provider), ConnectionString = _database.DatabaseConnectionString }, Path.GetTempPath());

    /// <summary>Rows of the shared database, as a test reads them.</summary>
    public Task<List<T>> QueryAsync<T>(string sql) => OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers.QueryAsync<T>(_database, sql);

    public async ValueTask DisposeAsync()
    {
        Graph.AnswerAll();
        foreach (var invoker in _invokers) invoker.Dispose();
        await _database.DisposeAsync();
    }
}

public sealed record Instance(MailboxGate Gate, HttpMessageInvoker Invoker)
{
    public Task<HttpResponseMessage> GetAsync(string mailbox = GateInstances.Mailbox) =>
        Invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1/v1.0/users/{mailbox}/messages"), CancellationToken.None);

    public Task<HttpResponseMessage> SendDraftAsync(int draft, string mailbox = GateInstances.Mailbox) =>
        Invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1/v1.0/users/{mailbox}/messages/draft{draft}/send"), CancellationToken.None);
}

/// <summary>
/// Graph at the one boundary that cannot run here with a fake clock: it notes when each request came
/// and how many were in flight at once, holds requests while <see cref="Holding"/> until the test
/// answers them, and can refuse the next one with 429 and a Retry-After.
/// </summary>
public sealed class HeldGraph(TimeProvider clock) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _held = new();
    private readonly List<(string Path, DateTimeOffset At)> _arrivals = [];
    private TimeSpan? _refuseNext;
    private int _inFlight;
    private int _mostInFlight;

    public bool Holding { get; set; }

    public int InFlight { get { lock (_lock) return _inFlight; } }
    public int MostInFlight { get { lock (_lock) return _mostInFlight; } }
    public IReadOnlyList<(string Path, DateTimeOffset At)> Arrivals { get { lock (_lock) return [.. _arrivals]; } }

    public void RefuseNext(TimeSpan retryAfter) { lock (_lock) _refuseNext = retryAfter; }

    /// <summary>Answers the request held longest.</summary>
    public void AnswerOldest() { lock (_lock) _held.Dequeue().SetResult(); }

    public void AnswerAll()
    {
        lock (_lock)
        {
            Holding = false;
            while (_held.TryDequeue(out var held)) held.SetResult();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        TaskCompletionSource? held = null;
        TimeSpan? refuse;
        lock (_lock)
        {
            _arrivals.Add((request.RequestUri!.AbsolutePath, clock.GetUtcNow()));
            _mostInFlight = Math.Max(_mostInFlight, ++_inFlight);
            (refuse, _refuseNext) = (_refuseNext, null);
            if (Holding) _held.Enqueue(held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        try
        {
            if (held is not null) await held.Task;
            var response = new HttpResponseMessage(refuse is null ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests);
            if (refuse is { } after) response.Headers.RetryAfter = new RetryConditionHeaderValue(after);
            return response;
        }
        finally
        {
            lock (_lock) _inFlight--;
        }
    }
}
