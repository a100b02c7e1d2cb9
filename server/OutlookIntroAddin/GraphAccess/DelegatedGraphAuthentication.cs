using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Graph as the connector, at any time after they created an intro: MSAL's
/// AcquireTokenInLongRunningProcess returns the cached Graph token, or refreshes it with the
/// session's refresh token. When that refresh token is gone, <see cref="SignInRequiredException"/>
/// tells the dispatcher to hold the connector's mail rather than fail it.
/// </summary>
public sealed class DelegatedGraphAuthentication(ConnectorSessions sessions, ConfidentialClients clients, string[] graphHosts, AppCredentialHealth health)
    : IGraphAuthentication
{
    public IAuthenticationProvider For(string tenantId, string connectorId) =>
        new BaseBearerTokenAuthenticationProvider(new ConnectorTokens(sessions, clients, graphHosts, health, tenantId, connectorId));

    private sealed class ConnectorTokens(
        ConnectorSessions sessions, ConfidentialClients clients, string[] graphHosts, AppCredentialHealth health, string tenantId, string connectorId)
        : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(graphHosts);

        public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            // Never hand the connector's Graph token to a host that is not Graph.
            if (!AllowedHostsValidator.IsUrlHostValid(uri)) return string.Empty;
            if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback) throw new ArgumentException("Graph tokens go over https only.");

            var session = await sessions.GetAsync(tenantId, connectorId) ?? new GraphSession("", 0, null);
            if (session.SessionKey.Length == 0)
            {
                throw new SignInRequiredException(tenantId, connectorId, session.Generation, "no Graph session was ever started");
            }
            var request = clients.LongRunning(tenantId).AcquireTokenInLongRunningProcess(GraphScopes.Delegated, session.SessionKey);
            // Graph's continuous access evaluation may answer 401 with a claims challenge; only a refresh with those claims satisfies it.
            if (additionalAuthenticationContext?.GetValueOrDefault("claims") is string { Length: > 0 } claims)
            {
                request = request.WithClaims(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(claims)));
            }
            try
            {
                var token = (await request.ExecuteAsync(cancellationToken)).AccessToken;
                health.Accepted();
                return token;
            }
            catch (MsalServiceException e) when (AppCredentialHealth.RefusedCode(e) is { } code)
            {
                health.Refused(code);
                throw new AppCredentialRefusedException(code, e);
            }
            catch (MsalUiRequiredException e)
            {
                throw new SignInRequiredException(tenantId, connectorId, session.Generation, e.ErrorCode, e);
            }
            catch (MsalClientException e) when (e.ErrorCode == MsalError.OboCacheKeyNotInCacheError)
            {
                throw new SignInRequiredException(tenantId, connectorId, session.Generation, e.ErrorCode, e);
            }
        }
    }
}
