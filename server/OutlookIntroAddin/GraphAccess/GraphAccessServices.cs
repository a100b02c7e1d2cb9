using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>Protects the Data Protection key ring at rest in the database; empty leaves it to the database's own access control.</summary>
public sealed class KeyRingOptions
{
    /// <summary>A PFX whose public key encrypts each new key (its private key decrypts them).</summary>
    public string CertificatePath { get; set; } = "";
    public string CertificatePassword { get; set; } = "";

    /// <summary>Certificates replaced by a rotation, kept so keys encrypted with them still open. Same password.</summary>
    public string[] PreviousCertificatePaths { get; set; } = [];
}

public static class GraphAccessServices
{
    /// <summary>Fixed, so every instance (and every deployment slot) reads the same protected data.</summary>
    public const string ApplicationName = "OutlookIntroAddin";

    public static void AddGraphAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>().BindConfiguration("Graph")
            .Validate(o => o.BaseUrl.Length == 0 || Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Graph:BaseUrl is an absolute URL.")
            .Validate(o => o.MaxConcurrentPerMailbox is >= 1 and <= 4, "Graph:MaxConcurrentPerMailbox is between 1 and 4 (Graph's own limit).")
            .Validate(o => o.DispatchParallelism is >= 1 and <= 256, "Graph:DispatchParallelism is between 1 and 256.")
            .Validate(o => o.SendGrace >= TimeSpan.Zero && o.SendGrace <= TimeSpan.FromHours(1), "Graph:SendGrace is between 0 and one hour.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.Options<GraphOptions>());
        services.AddSingleton<ConnectorSessions>();
        services.AddSingleton<AppCredentialHealth>();
        if (IdentityOptions.IsSandbox(builder.Configuration))
        {
            services.AddSingleton<IGraphAuthentication, SandboxGraphAuthentication>();
            services.AddSingleton(sp => new GraphSignIn(sp.GetRequiredService<ConnectorSessions>(), false, sp.GetRequiredService<WorkSignal>(), sp.GetRequiredService<ILogger<GraphSignIn>>()));
            return;
        }

        // Tokens come from Microsoft.Identity.Web (registered with the bearer scheme, Identity/); their
        // caches live in the database, encrypted with the shared key ring, with no copy in memory, so
        // every instance sees a refresh another one made.
        var mode = builder.Configuration.GetValue<GraphMode?>("Graph:Mode") ?? GraphMode.Delegated;
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IdentityOptions>>(new AppCredentialValidator(mode));
        AddKeyRing(builder);
        services.AddDistributedTokenCaches();
        services.AddSingleton<IDistributedCache>(sp => new TokenCacheStore(sp.GetRequiredService<Db>()));
        services.Configure<MsalDistributedTokenCacheAdapterOptions>(o =>
        {
            o.DisableL1Cache = true;
            o.Encrypt = true;
        });
        var graphHosts = new[] { new Uri(GraphHome(builder.Configuration)).Host };
        if (mode == GraphMode.AppOnly)
        {
            services.AddSingleton<IGraphAuthentication>(sp => new AppOnlyGraphAuthentication(sp.GetRequiredService<IServiceScopeFactory>(), graphHosts,
                sp.Options<IdentityOptions>().ManagedIdentity is { Length: > 0 } identity ? identity : null, sp.GetRequiredService<AppCredentialHealth>()));
            services.AddSingleton(sp => new GraphSignIn(sp.GetRequiredService<ConnectorSessions>(), false, sp.GetRequiredService<WorkSignal>(), sp.GetRequiredService<ILogger<GraphSignIn>>()));
            return;
        }

        services.AddSingleton<IGraphAuthentication>(sp => new DelegatedGraphAuthentication(
            sp.GetRequiredService<ConnectorSessions>(), sp.GetRequiredService<IServiceScopeFactory>(), graphHosts, sp.GetRequiredService<AppCredentialHealth>()));
        services.AddSingleton(sp => new GraphSignIn(sp.GetRequiredService<ConnectorSessions>(), true,
            sp.GetRequiredService<WorkSignal>(), sp.GetRequiredService<ILogger<GraphSignIn>>(), sp.GetRequiredService<AppCredentialHealth>()));
    }

    /// <summary>Graph's root outside sandbox mode: Graph:BaseUrl, else Microsoft Graph itself.</summary>
    public static string GraphHome(IConfiguration configuration) =>
        configuration["Graph:BaseUrl"] is { Length: > 0 } url ? url : GraphOptions.MicrosoftGraph;

    private static void AddKeyRing(WebApplicationBuilder builder)
    {
        var keyRing = builder.Configuration.GetSection("DataProtection").Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddSingleton<DataProtectionKeyTable>();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeyTable>((options, table) => options.XmlRepository = table);
        if (keyRing.CertificatePath.Length == 0) return;
        var password = keyRing.CertificatePassword.Length > 0 ? keyRing.CertificatePassword : null;
        var current = X509CertificateLoader.LoadPkcs12FromFile(keyRing.CertificatePath, password);
        var all = keyRing.PreviousCertificatePaths.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, password)).Prepend(current).ToArray();
        dataProtection.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate(all);
    }
}
