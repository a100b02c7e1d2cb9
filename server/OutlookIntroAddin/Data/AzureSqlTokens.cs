using Azure.Core;
using Azure.Identity;
using Microsoft.Data.SqlClient;

namespace OutlookIntroAddin.Data;

/// <summary>
/// Azure SQL with a managed identity and no password. Microsoft.Data.SqlClient 7 serves
/// <c>Authentication=Active Directory Managed Identity</c> and <c>Active Directory Default</c> only
/// through a separate Azure extension package; the server has Azure.Identity already, so those two
/// connection strings are served here: the keyword comes off the connection string, and every new
/// connection gets its token from one credential (which caches it until shortly before it expires).
/// </summary>
public static class AzureSqlTokens
{
    private static readonly string[] Scope = ["https://database.windows.net/.default"];

    public static (string ConnectionString, Func<SqlAuthenticationParameters, CancellationToken, Task<SqlAuthenticationToken>>? Callback) From(string configured)
    {
        var builder = new SqlConnectionStringBuilder(configured);
        // As in SqlClient, User Id names a user-assigned identity by its client id.
        var clientId = string.IsNullOrEmpty(builder.UserID) ? null : builder.UserID;
        TokenCredential? credential = builder.Authentication switch
        {
#pragma warning disable CS0618 // ActiveDirectoryMSI is the older name of ActiveDirectoryManagedIdentity; connection strings still carry it.
            SqlAuthenticationMethod.ActiveDirectoryManagedIdentity or SqlAuthenticationMethod.ActiveDirectoryMSI =>
#pragma warning restore CS0618
                new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId)),
            SqlAuthenticationMethod.ActiveDirectoryDefault =>
                new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }),
            _ => null,
        };
        if (credential is null) return (configured, null);
        builder.Authentication = SqlAuthenticationMethod.NotSpecified;
        builder.Remove("User ID");
        return (builder.ConnectionString, async (_, ct) =>
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext(Scope), ct);
            return new SqlAuthenticationToken(token.Token, token.ExpiresOn);
        });
    }
}
