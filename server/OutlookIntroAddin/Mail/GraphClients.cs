using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// The real Microsoft.Graph SDK client for a mailbox, over one shared HttpClient whose pipeline is
/// the SDK's own middleware (retry, redirect, …) plus <see cref="MailboxGate"/> innermost.
/// </summary>
public sealed class GraphClients : IDisposable
{
    private readonly HttpClient _http;
    private readonly Lazy<string> _baseUrl;
    private readonly IAuthenticationProvider _auth;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public GraphClients(GraphOptions options, IAuthenticationProvider auth, IServer server)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new MailboxGate(options));
        _http = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _http.Timeout = options.RequestTimeout;
        _auth = auth;
        _baseUrl = new(() => string.IsNullOrEmpty(options.BaseUrl) ? OwnOrigin(server) + GraphOptions.SandboxPath : options.BaseUrl.TrimEnd('/'));
    }

    public GraphServiceClient For(string mailbox) =>
        _clients.GetOrAdd(mailbox, _ => new GraphServiceClient(_http, _auth, _baseUrl.Value));

    public void Dispose() => _http.Dispose();

    /// <summary>The sandbox is mounted in this very server: reach it over loopback HTTP like any Graph endpoint.</summary>
    private static string OwnOrigin(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address yet, so the in-process Graph sandbox cannot be reached.");
        var uri = new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"));
        return uri.GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>Sandbox mode: the Graph sandbox accepts any bearer token and names the mailbox in the URL.</summary>
public sealed class SandboxGraphAuthentication : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd("Authorization", "Bearer sandbox");
        return Task.CompletedTask;
    }
}
