namespace OutlookIntroAddin.Identity;

public sealed class IdentityOptions
{
    /// <summary>The Entra ID app (client) id. Empty means sandbox mode.</summary>
    public string ClientId { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
    public string MetadataAddress { get; set; } = "";
    public string[] AllowedTenants { get; set; } = [];
    public string ClientCertificatePath { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string ClientCertificatePassword { get; set; } = "";

    /// <summary>App-only Graph through a managed identity: "system", or a user-assigned identity's client id.</summary>
    public string ManagedIdentity { get; set; } = "";

    public static bool IsSandbox(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Identity:ClientId"]);
}
