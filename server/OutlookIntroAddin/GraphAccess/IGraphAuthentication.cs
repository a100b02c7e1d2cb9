using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Signs the Graph requests made for one connector's mailbox. Three implementations, one per
/// mode: the sandbox's, on the connector's behalf (long-running on-behalf-of) and as the app
/// itself, both with tokens from Microsoft.Identity.Web.
/// </summary>
public interface IGraphAuthentication
{
    IAuthenticationProvider For(string tenantId, string connectorId);
}
