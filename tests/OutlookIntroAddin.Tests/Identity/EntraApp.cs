using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using GraphSandbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// The real server in Entra ID mode: tokens from a <see cref="LocalIssuer"/> (which also runs the
/// token endpoint the server's MSAL uses for on-behalf-of), mail to a <see cref="StandaloneGraph"/>
/// that lets a user's token reach only that user's mailbox, all on loopback. Nothing of sandbox
/// mode is mounted.
/// </summary>
public sealed class EntraApp : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly List<IntroApp> _instances = [];

    private readonly TimeProvider? _clock;
    private string? _pfx;
    private const string PfxPassword = "local-pfx-password";
    private const string LocalIssuerClient = "local-issuer";

    private readonly Action<IServiceCollection>? _services;

    private EntraApp(LocalIssuer issuer, StandaloneGraph graph, Dictionary<string, string?> settings, string provider, TimeProvider? clock,
        Action<IServiceCollection>? services)
    {
        Issuer = issuer;
        Graph = graph;
        _settings = settings;
        _clock = clock;
        _services = services;
        App = StartInstance(provider, sharedDatabase: null);
    }

    public LocalIssuer Issuer { get; }
    public StandaloneGraph Graph { get; }
    public IntroApp App { get; }

    /// <param name="settings">Override the defaults; a null value removes a setting (e.g. the client secret, to use a certificate).</param>
    /// <param name="clock">The server's clock, to let days pass (MSAL keeps to real time for token lifetimes).</param>
    /// <param name="certificate">The app proves itself with its certificate (a PFX file) instead of the client secret.</param>
    /// <param name="asCredentialDescription">The certificate is given as Microsoft.Identity.Web's credential description, not by its own setting.</param>
    /// <param name="services">More services for every instance (a log sink, say).</param>
    public static async Task<EntraApp> StartAsync(string provider = "Sqlite", Dictionary<string, string?>? settings = null,
        Action<SandboxOptions>? graphOptions = null, TimeProvider? clock = null, bool certificate = false, bool asCredentialDescription = false,
        Action<IServiceCollection>? services = null)
    {
        var issuer = new LocalIssuer().WithTokenEndpoint();
        await issuer.StartAsync();
        var graph = await StandaloneGraph.StartAsync(o =>
        {
            o.RequireMailboxOwner = true;
            graphOptions?.Invoke(o);
        });
        var all = new Dictionary<string, string?>
        {
            ["Identity:ClientId"] = LocalIssuer.ApiClientId,
            ["Identity:MetadataAddress"] = issuer.MetadataAddress,
            ["Identity:Instance"] = issuer.HttpsAuthority.ToString(),
            ["Identity:ClientSecret"] = LocalIssuer.ClientSecret,
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Intros:PublicBaseUrl"] = "https://intros.contoso.example",
        };
        string? pfx = null;
        if (certificate)
        {
            pfx = Path.Combine(Path.GetTempPath(), $"intros-app-{Guid.NewGuid():N}.pfx");
            await File.WriteAllBytesAsync(pfx, issuer.ClientCertificate.Export(X509ContentType.Pfx, PfxPassword));
            all["Identity:ClientSecret"] = null;
            if (asCredentialDescription)
            {
                all["Identity:ClientCredentials:0:SourceType"] = "Path";
                all["Identity:ClientCredentials:0:CertificateDiskPath"] = pfx;
                all["Identity:ClientCredentials:0:CertificatePassword"] = PfxPassword;
            }
            else
            {
                all["Identity:ClientCertificatePath"] = pfx;
                all["Identity:ClientCertificatePassword"] = PfxPassword;
            }
        }
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new EntraApp(issuer, graph, all, provider, clock, services) { _pfx = pfx };
    }

    /// <summary>Another server instance on the same database, as a second App Service instance would be.</summary>
    public IntroApp StartAnotherInstance() => StartInstance(App.Provider, App.DatabaseConnectionString);

    /// <summary>A client whose requests carry a token the issuer made from <paramref name="spec"/>.</summary>
    public HttpClient Client(TokenSpec? spec = null) => Client(Issuer.CreateToken(spec));

    public HttpClient Client(string bearerToken) => Client(App, bearerToken);

    public static HttpClient Client(IntroApp app, string bearerToken)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.BaseAddress });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    private IntroApp StartInstance(string provider, string? sharedDatabase)
    {
        var settings = _settings.Where(s => s.Value is not null).ToDictionary();
        var app = new IntroApp(provider, settings, sharedDatabase, services =>
        {
            services.AddSingleton<IMsalHttpClientFactory>(new MsalThroughLoopback(Issuer));
            // Identity.Web's issuer check reads the issuer's metadata itself, over https, with this client.
            services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = LocalIssuerClient);
            services.AddHttpClient(LocalIssuerClient).ConfigurePrimaryHttpMessageHandler(Issuer.CreateTrustingHandler);
            if (_clock is not null) services.AddSingleton(_clock);
            _services?.Invoke(services);
        });
        _instances.Add(app);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        // Newest first: the first instance owns the database file the others share.
        foreach (var app in Enumerable.Reverse(_instances)) await app.DisposeAsync();
        await Graph.DisposeAsync();
        await Issuer.DisposeAsync();
        if (_pfx is not null) File.Delete(_pfx);
    }
}
