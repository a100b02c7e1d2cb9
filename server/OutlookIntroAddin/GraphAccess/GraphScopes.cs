namespace OutlookIntroAddin.GraphAccess;

/// <summary>What the product asks Graph for: sending and finding its own mail, and reading the connector's working week.</summary>
public static class GraphScopes
{
    public const string Resource = "https://graph.microsoft.com";

    /// <summary>Delegated scopes; MSAL adds openid, profile and offline_access (the refresh token that lasts for days).</summary>
    public static readonly string[] Delegated = [$"{Resource}/Mail.Send", $"{Resource}/Mail.ReadWrite", $"{Resource}/MailboxSettings.Read"];

    /// <summary>App-only: the application permissions an admin granted (Mail.Send, Mail.ReadWrite, MailboxSettings.Read).</summary>
    public static readonly string[] AppOnly = [$"{Resource}/.default"];
}
