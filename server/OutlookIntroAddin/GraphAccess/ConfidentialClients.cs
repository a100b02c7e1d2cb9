using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// One MSAL confidential client per tenant (authority <c>{Instance}{tenant id}</c>), since a
/// connector's on-behalf-of exchange and refreshes happen in their own tenant. All share the
/// database token cache. MSAL's HTTP client is its default unless an <see cref="IMsalHttpClientFactory"/>
/// is registered (a proxy, or a private CA in front of the authority).
/// </summary>
public sealed class ConfidentialClients(AppCredential credential, TokenCacheTable cache, IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, IConfidentialClientApplication> _apps = new(StringComparer.OrdinalIgnoreCase);

    public IConfidentialClientApplication For(string tenantId) => _apps.GetOrAdd(tenantId, Build);

    /// <summary>The long-running on-behalf-of calls live on this interface, not on the client itself.</summary>
    public ILongRunningWebApi LongRunning(string tenantId) => (ILongRunningWebApi)For(tenantId);

    private IConfidentialClientApplication Build(string tenantId)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(credential.ClientId)
            .WithAuthority(credential.Authority(tenantId), validateAuthority: !credential.IsLocalAuthority)
            .WithInstanceDiscovery(!credential.IsLocalAuthority)
            .WithLegacyCacheCompatibility(false)
            // CAE-capable: Graph may then revoke a token at once (a disabled user, a policy change) and
            // answer 401 with a claims challenge, which DelegatedGraphAuthentication satisfies.
            .WithClientCapabilities(["cp1"]);
        builder = credential.Certificate is { } certificate
            ? builder.WithCertificate(certificate)
            : builder.WithClientSecret(credential.Secret ?? throw new InvalidOperationException("On-behalf-of access needs a client certificate or secret."));
        if (services.GetService<IMsalHttpClientFactory>() is { } http) builder = builder.WithHttpClientFactory(http);
        var app = builder.Build();
        cache.Attach(app.UserTokenCache);
        return app;
    }
}
