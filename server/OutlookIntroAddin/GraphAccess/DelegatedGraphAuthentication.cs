using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Graph as the connector, at any time after they created an intro: Microsoft.Identity.Web's
/// long-running on-behalf-of returns the cached Graph token of the connector's session, or refreshes
/// it with the session's refresh token. When that refresh token is gone,
/// <see cref="SignInRequiredException"/> tells the dispatcher to hold the connector's mail rather
/// than fail it. Only <see cref="GraphSignIn"/> starts or renews a session.
/// </summary>
public sealed class DelegatedGraphAuthentication(ConnectorSessions sessions, IServiceScopeFactory scopes, string[] graphHosts, AppCredentialHealth health)
    : IGraphAuthentication
{
    public IAuthenticationProvider For(string tenantId, string connectorId) =>
        new BaseBearerTokenAuthenticationProvider(new ConnectorTokens(sessions, scopes, graphHosts, health, tenantId, connectorId));

    private sealed class ConnectorTokens(
        ConnectorSessions sessions, IServiceScopeFactory scopes, string[] graphHosts, AppCredentialHealth health, string tenantId, string connectorId)
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
            var options = new TokenAcquisitionOptions { LongRunningWebApiSessionKey = session.SessionKey, CancellationToken = cancellationToken };
            // Graph's continuous access evaluation may answer 401 with a claims challenge; only a refresh with those claims satisfies it.
            if (additionalAuthenticationContext?.GetValueOrDefault("claims") is string { Length: > 0 } claims)
            {
                options.Claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(claims));
            }
            try
            {
                var token = await WithoutRequest(() => AcquireAsync(options));
                health.Accepted();
                return token;
            }
            catch (MsalServiceException e) when (AppCredentialHealth.RefusedCode(e) is { } code)
            {
                health.Refused(code);
                throw new AppCredentialRefusedException(code, e);
            }
            catch (MicrosoftIdentityWebChallengeUserException e)
            {
                throw new SignInRequiredException(tenantId, connectorId, session.Generation, e.MsalUiRequiredException.ErrorCode, e);
            }
            catch (MsalClientException e) when (e.ErrorCode == MsalError.OboCacheKeyNotInCacheError)
            {
                throw new SignInRequiredException(tenantId, connectorId, session.Generation, e.ErrorCode, e);
            }
        }

        private async Task<string> AcquireAsync(TokenAcquisitionOptions options)
        {
            // ITokenAcquisition is scoped: one scope per token.
            await using var scope = scopes.CreateAsyncScope();
            var tokens = scope.ServiceProvider.GetRequiredService<ITokenAcquisition>();
            return await tokens.GetAccessTokenForUserAsync(GraphScopes.Delegated, tenantId: tenantId, tokenAcquisitionOptions: options);
        }

        /// <summary>
        /// Runs outside any request's context. Inside one, Identity.Web would take the request's own
        /// bearer token and exchange it into this session; whoever made the request, the connector
        /// acted for here gets only the tokens of their own session.
        /// </summary>
        private static Task<T> WithoutRequest<T>(Func<Task<T>> work)
        {
            using (ExecutionContext.SuppressFlow()) return Task.Run(work);
        }
    }
}
