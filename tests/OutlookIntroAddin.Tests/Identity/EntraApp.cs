using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// The real server in Entra ID mode: tokens from a <see cref="LocalIssuer"/>, mail to a
/// <see cref="StandaloneGraph"/>, both on loopback. Nothing of sandbox mode is mounted.
/// </summary>
public sealed class EntraApp : IAsyncDisposable
{
    private EntraApp(LocalIssuer issuer, StandaloneGraph graph, IntroApp app)
    {
        Issuer = issuer;
        Graph = graph;
        App = app;
    }

    public LocalIssuer Issuer { get; }
    public StandaloneGraph Graph { get; }
    public IntroApp App { get; }

    public static async Task<EntraApp> StartAsync(string provider = "Sqlite", Dictionary<string, string?>? settings = null)
    {
        var issuer = await LocalIssuer.StartNewAsync();
        var graph = await StandaloneGraph.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Identity:ClientId"] = LocalIssuer.ApiClientId,
            ["Identity:MetadataAddress"] = issuer.MetadataAddress,
            ["Graph:BaseUrl"] = graph.BaseUrl,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new EntraApp(issuer, graph, new IntroApp(provider, all));
    }

    /// <summary>A client whose requests carry a token the issuer made from <paramref name="spec"/>.</summary>
    public HttpClient Client(TokenSpec? spec = null) => Client(Issuer.CreateToken(spec));

    public HttpClient Client(string bearerToken)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = App.BaseAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Graph.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
