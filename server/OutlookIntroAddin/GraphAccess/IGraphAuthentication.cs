using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Signs the Graph requests made for one connector's mailbox. Three implementations, one per
/// mode: the sandbox's, on the connector's behalf (MSAL long-running on-behalf-of) and as the
/// app itself (Azure.Identity).
/// </summary>
public interface IGraphAuthentication
{
    IAuthenticationProvider For(string tenantId, string connectorId);
}
