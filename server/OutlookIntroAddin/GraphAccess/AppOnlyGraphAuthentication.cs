using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Graph as the app itself (an admin's alternative to on-behalf-of): Graph application
/// permissions, which Exchange Online RBAC for Applications limits to the connectors' mailboxes.
/// Tokens come from Microsoft.Identity.Web, per tenant, with the app's credentials or, when
/// <c>Identity:ManagedIdentity</c> is set, as that managed identity (which lives in one tenant only).
/// </summary>
public sealed class AppOnlyGraphAuthentication(IServiceScopeFactory scopes, string[] graphHosts, string? managedIdentity, AppCredentialHealth health)
    : IGraphAuthentication
{
    /// <summary>Identity:ManagedIdentity's value for the App Service's system-assigned identity.</summary>
    public const string SystemAssigned = "system";

    public IAuthenticationProvider For(string tenantId, string connectorId) =>
        new BaseBearerTokenAuthenticationProvider(new AppTokens(scopes, graphHosts, managedIdentity, health, tenantId));

    private sealed class AppTokens(IServiceScopeFactory scopes, string[] graphHosts, string? managedIdentity, AppCredentialHealth health, string tenantId)
        : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(graphHosts);

        public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            if (!AllowedHostsValidator.IsUrlHostValid(uri)) return string.Empty;
            if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback) throw new ArgumentException("Graph tokens go over https only.");
            var options = new TokenAcquisitionOptions { CancellationToken = cancellationToken };
            if (managedIdentity is { } identity)
            {
                options.ManagedIdentity = new ManagedIdentityOptions
                {
                    UserAssignedClientId = identity.Equals(SystemAssigned, StringComparison.OrdinalIgnoreCase) ? null : identity,
                };
            }
            if (additionalAuthenticationContext?.GetValueOrDefault("claims") is string { Length: > 0 } claims)
            {
                options.Claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(claims));
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var token = await scope.ServiceProvider.GetRequiredService<ITokenAcquisition>()
                    .GetAccessTokenForAppAsync(GraphScopes.AppOnly[0], tenant: tenantId, tokenAcquisitionOptions: options);
                health.Accepted();
                return token;
            }
            catch (MsalServiceException e) when (AppCredentialHealth.RefusedCode(e) is { } code)
            {
                health.Refused(code);
                throw new AppCredentialRefusedException(code, e);
            }
        }
    }
}
