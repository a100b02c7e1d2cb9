using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Graph;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// The real Microsoft.Graph SDK client for a mailbox, over one shared HttpClient whose pipeline is
/// the SDK's own middleware (retry, redirect, …) plus <see cref="MailboxGate"/> innermost. Each
/// connector's client signs its requests as that connector (or as the app, in app-only mode).
/// </summary>
public sealed class GraphClients : IDisposable
{
    private readonly HttpClient _http;
    private readonly MailboxGate _gate;
    private readonly Lazy<string> _baseUrl;
    private readonly IGraphAuthentication _auth;
    private readonly ConcurrentDictionary<(string, string, string), GraphServiceClient> _clients = new();

    public GraphClients(GraphOptions options, IGraphAuthentication auth, IServer server, IConfiguration configuration, Db db, ILogger<MailboxGate> gateLogger)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        // Real time, not the product's clock: Retry-After and Exchange's minute are Graph's, and the sandbox clock jumps days.
        _gate = new MailboxGate(options, new MailboxPermits(db), TimeProvider.System, gateLogger);
        handlers.Add(_gate);
        var sandbox = IdentityOptions.IsSandbox(configuration);
        AddressesMe = !sandbox && options.Mode == GraphMode.Delegated;
        if (AddressesMe) handlers.Add(new MeAddressing());
        _http = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _http.Timeout = options.RequestTimeout;
        _auth = auth;
        _baseUrl = new(() => options.BaseUrl.Length > 0 ? options.BaseUrl.TrimEnd('/')
            : sandbox ? OwnOrigin(server) + GraphOptions.SandboxPath : GraphOptions.MicrosoftGraph);
    }

    /// <summary>The client for a connector's own mailbox, authenticated for that connector.</summary>
    public GraphServiceClient For(string tenantId, string connectorId, string mailbox) =>
        _clients.GetOrAdd((tenantId, connectorId, mailbox.ToLowerInvariant()),
            key => new GraphServiceClient(_http, new MailboxTagging(_auth.For(key.Item1, key.Item2), key.Item3), _baseUrl.Value));

    /// <summary>Requests reach the connector's mailbox as <c>/me</c> (delegated mode; see <see cref="MeAddressing"/>).</summary>
    public bool AddressesMe { get; }

    /// <summary>How long a send from <paramref name="mailbox"/> would have to wait now, whichever instance sends it.</summary>
    public Task<TimeSpan> SendWaitAsync(string mailbox) => _gate.SendWaitAsync(mailbox.ToLowerInvariant());

    /// <summary>Deletes the ended rows of Graph's limits (at most hourly): no address outlives its use there.</summary>
    public Task ForgetEndedLimitsAsync(CancellationToken ct) => _gate.ForgetEndedAsync(ct);

    public void Dispose() => _http.Dispose();

    /// <summary>The sandbox is mounted in this very server: reach it over loopback HTTP like any Graph endpoint.</summary>
    public static string OwnOrigin(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address yet, so the in-process Graph sandbox cannot be reached.");
        var uri = new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"));
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
