using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>Sandbox mode: the Graph sandbox accepts any bearer token and names the mailbox in the URL.</summary>
public sealed class SandboxGraphAuthentication : IAuthenticationProvider, IGraphAuthentication
{
    public IAuthenticationProvider For(string tenantId, string connectorId) => this;

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd("Authorization", "Bearer sandbox");
        return Task.CompletedTask;
    }
}
