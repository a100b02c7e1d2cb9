using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;

namespace OutlookIntroAddin.Identity;

public sealed class IdentityOptions
{
    /// <summary>The Entra ID app (client) id. Empty means sandbox mode.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The accepted <c>aud</c>; empty accepts both forms Entra ID writes for our API.</summary>
    public string Audience { get; set; } = "";

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Empty means the multi-tenant v2.0 metadata of <see cref="Instance"/>.</summary>
    public string MetadataAddress { get; set; } = "";

    /// <summary>Tenant ids whose users may sign in; empty allows any tenant that consented to the app.</summary>
    public string[] AllowedTenants { get; set; } = [];

    public string ClientCertificatePath { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string ClientCertificatePassword { get; set; } = "";

    /// <summary>
    /// The app's credentials as Microsoft.Identity.Web describes them (a certificate in Key Vault or
    /// in the certificate store, a federated managed identity, …), tried in order; the three
    /// settings above are shorter ways to give one.
    /// </summary>
    public CredentialDescription[] ClientCredentials { get; set; } = [];

    /// <summary>The credentials Microsoft.Identity.Web signs in with: <see cref="ClientCredentials"/>, else the certificate file or the secret.</summary>
    public IReadOnlyList<CredentialDescription> EffectiveClientCredentials =>
        ClientCredentials.Length > 0 ? ClientCredentials
        : ClientCertificatePath.Length > 0 ? [new CredentialDescription
        {
            SourceType = CredentialSource.Path, CertificateDiskPath = ClientCertificatePath,
            CertificatePassword = ClientCertificatePassword.Length > 0 ? ClientCertificatePassword : null,
        }]
        : ClientSecret.Length > 0 ? [new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = ClientSecret }]
        : [];

    /// <summary>The multi-tenant segment of the authority: any work or school account, each held to its own tenant's issuer.</summary>
    public const string Organizations = "organizations";

    /// <summary>App-only Graph through a managed identity: "system", or a user-assigned identity's client id.</summary>
    public string ManagedIdentity { get; set; } = "";

    /// <summary>The scope the add-in asks for (<c>api://{ClientId}/access_as_user</c>); a token without it is refused.</summary>
    public const string RequiredScope = "access_as_user";

    /// <summary>
    /// Sandbox mode runs only when asked: <c>Sandbox:Enabled=true</c> (the run script sets it) or the
    /// Development environment, and never beside an Entra ID app. A server with neither refuses to
    /// start (<see cref="EnsureModeIsChosen"/>) rather than fall into it, since in sandbox mode
    /// anyone acts as the demo admin and can reset the database.
    /// </summary>
    public static bool IsSandbox(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Identity:ClientId"])
        && (SandboxAsked(configuration)
            || string.Equals(configuration[HostDefaults.EnvironmentKey], Environments.Development, StringComparison.OrdinalIgnoreCase));

    private static bool SandboxAsked(IConfiguration configuration) =>
        bool.TryParse(configuration["Sandbox:Enabled"], out var asked) && asked;

    public static void EnsureModeIsChosen(IConfiguration configuration)
    {
        var entra = !string.IsNullOrWhiteSpace(configuration["Identity:ClientId"]);
        if (entra && SandboxAsked(configuration))
        {
            throw new InvalidOperationException(
                "Sandbox:Enabled=true and Identity:ClientId are both set. Choose one: sandbox mode (a demo connector, no sign-in) or Entra ID.");
        }
        if (entra || IsSandbox(configuration)) return;
        throw new InvalidOperationException(
            "No identity is configured. Set Identity:ClientId (the Entra ID app's client id) and Intros:PublicBaseUrl to run for real, "
            + "or Sandbox:Enabled=true to try the product with a demo connector and the Graph sandbox (./scripts/run.sh does this).");
    }

    public string EffectiveMetadataAddress => MetadataAddress.Length > 0
        ? MetadataAddress
        : $"{Instance.TrimEnd('/')}/{Organizations}/v2.0/.well-known/openid-configuration";

    public string[] EffectiveAudiences => Audience.Length > 0 ? [Audience] : [$"api://{ClientId}", ClientId];

    /// <summary>https, or http on a loopback address (a local issuer in tests and development).</summary>
    internal static bool IsSafeAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>Refuses to start with identity settings that would accept forged tokens or never accept any.</summary>
public sealed class IdentityOptionsValidator : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.ClientId)) return ValidateOptionsResult.Success;
        var problems = new List<string>();
        if (!IdentityOptions.IsSafeAddress(o.Instance))
        {
            problems.Add($"Identity:Instance '{o.Instance}' must be an absolute https URL such as https://login.microsoftonline.com/ (plain http only on a loopback address).");
        }
        if (!IdentityOptions.IsSafeAddress(o.EffectiveMetadataAddress))
        {
            problems.Add($"Identity:MetadataAddress '{o.EffectiveMetadataAddress}' must be an absolute https URL; plain http is accepted only for a loopback address such as 127.0.0.1, since signing keys fetched over http could be forged.");
        }
        if (o.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Identity:AllowedTenants has an empty entry; list tenant ids, or leave it out to allow any tenant.");
        }
        if (o.ClientId.Trim() != o.ClientId || o.Audience.Trim() != o.Audience)
        {
            problems.Add("Identity:ClientId and Identity:Audience must not have leading or trailing spaces.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
