using GraphSandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GraphSandbox.Tests;

/// <summary>
/// The sandbox mounted in a small web app on Kestrel at a loopback port, as the main app mounts
/// it. One per test, so faults and stats never leak between tests.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    public const string GraphPrefix = "/graph/v1.0";

    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }
    public string GraphBaseUrl => new Uri(BaseAddress, GraphPrefix).ToString();
    public HttpClient Http { get; }
    public SandboxMailStore Store => _app.Services.GetRequiredService<SandboxMailStore>();
    public SandboxFaults Faults => _app.Services.GetRequiredService<SandboxFaults>();
    public SandboxStats Stats => _app.Services.GetRequiredService<SandboxStats>();
    public SandboxSubscriptions Subscriptions => _app.Services.GetRequiredService<SandboxSubscriptions>();
    public SandboxNotifications Notifications => _app.Services.GetRequiredService<SandboxNotifications>();

    /// <param name="services">What the host adds or overrides, e.g. the webhook HttpClient.</param>
    public static async Task<SandboxServer> StartAsync(
        Action<SandboxOptions>? configure = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (clock is not null)
            builder.Services.AddSingleton(clock);
        builder.Services.AddGraphSandbox(configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGraphSandbox(GraphPrefix);
        app.MapGraphSandboxControl("/_sandbox");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new SandboxServer(app, new Uri(address));
    }

    /// <summary>A real GraphServiceClient with the SDK's default middleware (retry included), signed in as <paramref name="token"/>.</summary>
    /// <summary>A Graph client as <paramref name="token"/>; like the product it asks for immutable ids unless told not to.</summary>
    public GraphServiceClient Graph(string token, bool immutableIds = true) => CreateGraphClient(GraphBaseUrl, token, immutableIds);

    /// <summary>Waits for something the sandbox does in the background; the bound guards against a hang, it is not a speed test.</summary>
    public static async Task WaitUntilAsync(Func<bool> done)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!done())
            await Task.Delay(20, guard.Token);
    }

    public static GraphServiceClient CreateGraphClient(string graphBaseUrl, string token, bool immutableIds = true)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        if (immutableIds) handlers.Add(new PreferImmutableIds());
        return new(GraphClientFactory.Create(handlers), new BearerToken(token), graphBaseUrl);
    }

    /// <summary>Adds <c>Prefer: IdType="ImmutableId"</c> to every request, as the product does where it keeps an id.</summary>
    private sealed class PreferImmutableIds : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
            return base.SendAsync(request, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// Kiota's own bearer provider refuses plain http to hosts it does not know, so tests sign
    /// requests directly: the sandbox reads the address (or a JWT) from the header.
    /// </summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request,
            Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", $"Bearer {token}");
            return Task.CompletedTask;
        }
    }
}
