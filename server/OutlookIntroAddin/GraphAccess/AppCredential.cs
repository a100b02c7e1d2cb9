using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// How this app proves itself to Entra ID: a certificate (preferred: nothing secret travels), a
/// client secret, or for app-only access a managed identity. Loaded once at start, so a missing or
/// unreadable certificate stops the app instead of the first follow-up days later.
/// </summary>
public sealed class AppCredential
{
    public const string SystemAssigned = "system";

    private AppCredential(string clientId, Uri instance, X509Certificate2? certificate, string? secret, string? managedIdentity)
    {
        ClientId = clientId;
        Instance = instance;
        Certificate = certificate;
        Secret = secret;
        ManagedIdentity = managedIdentity;
    }

    public string ClientId { get; }

    /// <summary>The authority host, with a trailing slash; the tenant id is appended per request.</summary>
    public Uri Instance { get; }

    public X509Certificate2? Certificate { get; }
    public string? Secret { get; }
    public string? ManagedIdentity { get; }

    /// <summary>
    /// A loopback authority is only ever the local stand-in for Entra ID: there is no instance
    /// metadata to discover there, and no list of known clouds it could be validated against.
    /// </summary>
    public bool IsLocalAuthority => Instance.IsLoopback;

    public string Authority(string tenantId) => new Uri(Instance, Uri.EscapeDataString(tenantId) + "/").ToString();

    public static AppCredential Load(IdentityOptions options, GraphMode mode)
    {
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("Identity:Instance is an https URL such as https://login.microsoftonline.com/.");
        }
        if (!instance.AbsoluteUri.EndsWith('/')) instance = new Uri(instance.AbsoluteUri + "/");
        var hasCertificate = options.ClientCertificatePath.Length > 0;
        var hasSecret = options.ClientSecret.Length > 0;
        var hasManagedIdentity = options.ManagedIdentity.Length > 0;
        if ((hasCertificate ? 1 : 0) + (hasSecret ? 1 : 0) + (hasManagedIdentity ? 1 : 0) != 1)
        {
            throw new InvalidOperationException(
                "Set exactly one of Identity:ClientCertificatePath, Identity:ClientSecret or (Graph:Mode=AppOnly only) Identity:ManagedIdentity, so the server can call Microsoft Graph.");
        }
        if (hasManagedIdentity && mode != GraphMode.AppOnly)
        {
            throw new InvalidOperationException("Identity:ManagedIdentity is for Graph:Mode=AppOnly; on-behalf-of access needs Identity:ClientCertificatePath or Identity:ClientSecret.");
        }
        var certificate = hasCertificate ? LoadCertificate(options.ClientCertificatePath, options.ClientCertificatePassword) : null;
        return new AppCredential(options.ClientId, instance, certificate, hasSecret ? options.ClientSecret : null,
            hasManagedIdentity ? options.ManagedIdentity : null);
    }

    private static X509Certificate2 LoadCertificate(string path, string password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password.Length > 0 ? password : null);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} (Identity:ClientCertificatePath) has no private key; a PFX with its key is needed.");
        }
        return certificate;
    }
}

/// <summary>Checks at start that the app's credential for Graph is configured and loads, with the setting at fault named.</summary>
public sealed class AppCredentialValidator(GraphMode mode) : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId)) return ValidateOptionsResult.Success;
        try
        {
            AppCredential.Load(options, mode);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is InvalidOperationException or CryptographicException or IOException)
        {
            return ValidateOptionsResult.Fail(e is InvalidOperationException ? e.Message
                : $"Identity:ClientCertificatePath '{options.ClientCertificatePath}' could not be loaded (check Identity:ClientCertificatePassword): {e.Message}");
        }
    }
}
