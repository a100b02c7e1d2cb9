using System.Net.Http.Json;
using GraphSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// The Graph sandbox on its own loopback port. Outside sandbox mode the server does not mount it,
/// so tests that run the server in Entra ID mode point <c>Graph:BaseUrl</c> here: no mail leaves the machine.
/// </summary>
public sealed class StandaloneGraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandaloneGraph(WebApplication app, Uri address)
    {
        _app = app;
        BaseUrl = new Uri(address, "v1.0").ToString();
    }

    /// <summary>The server's <c>Graph:BaseUrl</c>.</summary>
    public string BaseUrl { get; }

    public SandboxMailStore Store => _app.Services.GetRequiredService<SandboxMailStore>();

    /// <summary>Every request's caller, as the bearer token names them.</summary>
    public IReadOnlyList<SandboxCall> Calls => _app.Services.GetRequiredService<SandboxCallers>().Calls;

    public static async Task<StandaloneGraph> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphSandbox(configure);
        var app = builder.Build();
        app.MapGraphSandbox("/v1.0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StandaloneGraph(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
