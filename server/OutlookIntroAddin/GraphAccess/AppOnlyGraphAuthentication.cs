using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Graph as the app itself (an admin's alternative to on-behalf-of): Graph application
/// permissions, which Exchange Online RBAC for Applications limits to the connectors' mailboxes.
/// One Azure.Identity credential per tenant, each with its own token cache; a managed identity
/// lives in one tenant only.
/// </summary>
public sealed class AppOnlyGraphAuthentication(AppCredential credential, string[] graphHosts, IServiceProvider services) : IGraphAuthentication
{
    private readonly ConcurrentDictionary<string, IAuthenticationProvider> _providers = new(StringComparer.OrdinalIgnoreCase);

    public IAuthenticationProvider For(string tenantId, string connectorId) =>
        _providers.GetOrAdd(tenantId, t => new AzureIdentityAuthenticationProvider(Credential(t), graphHosts, null, isCaeEnabled: true, scopes: GraphScopes.AppOnly));

    private TokenCredential Credential(string tenantId)
    {
        if (credential.ManagedIdentity is { } identity)
        {
            var id = identity.Equals(AppCredential.SystemAssigned, StringComparison.OrdinalIgnoreCase)
                ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(identity);
            return new ManagedIdentityCredential(id);
        }
        if (credential.Certificate is { } certificate)
        {
            return new ClientCertificateCredential(tenantId, credential.ClientId, certificate, Configure(new ClientCertificateCredentialOptions()));
        }
        return new ClientSecretCredential(tenantId, credential.ClientId, credential.Secret, Configure(new ClientSecretCredentialOptions()));
    }

    private T Configure<T>(T options) where T : TokenCredentialOptions
    {
        options.AuthorityHost = credential.Instance;
        if (options is ClientCertificateCredentialOptions c) c.DisableInstanceDiscovery = credential.IsLocalAuthority;
        if (options is ClientSecretCredentialOptions s) s.DisableInstanceDiscovery = credential.IsLocalAuthority;
        // The same HTTP seam as the on-behalf-of client, so one registration reaches both.
        if (services.GetService<IMsalHttpClientFactory>() is { } http) options.Transport = new HttpClientTransport(http.GetHttpClient());
        return options;
    }
}
