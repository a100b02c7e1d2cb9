using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Checks at start that this app can prove itself to Entra ID, with the setting at fault named: a
/// certificate (preferred: nothing secret travels; a file, Key Vault or the certificate store), a
/// client secret, or for app-only access a managed identity. A certificate file is loaded here, so a
/// missing or unreadable one stops the app instead of the first follow-up days later.
/// </summary>
public sealed class AppCredentialValidator(GraphMode mode) : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId)) return ValidateOptionsResult.Success;
        var given = new[] { options.ClientCertificatePath, options.ClientSecret, options.ManagedIdentity }.Count(s => s.Length > 0)
            + (options.ClientCredentials.Length > 0 ? 1 : 0);
        if (given != 1)
        {
            return ValidateOptionsResult.Fail(
                "Set exactly one of Identity:ClientCertificatePath, Identity:ClientSecret, Identity:ClientCredentials or (Graph:Mode=AppOnly only) Identity:ManagedIdentity, so the server can call Microsoft Graph.");
        }
        if (options.ManagedIdentity.Length > 0 && mode != GraphMode.AppOnly)
        {
            return ValidateOptionsResult.Fail("Identity:ManagedIdentity is for Graph:Mode=AppOnly; on-behalf-of access needs Identity:ClientCertificatePath, Identity:ClientSecret or Identity:ClientCredentials.");
        }
        if (options.ClientCredentials.FirstOrDefault(c => c.SourceType == CredentialSource.Path) is { } file && file.CertificateDiskPath is { Length: > 0 } path)
        {
            return CertificateProblem(path, file.CertificatePassword ?? "", "Identity:ClientCredentials") is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
        }
        if (options.ClientCertificatePath.Length > 0 && CertificateProblem(options.ClientCertificatePath, options.ClientCertificatePassword, "Identity:ClientCertificatePath") is { } fileProblem)
        {
            return ValidateOptionsResult.Fail(fileProblem);
        }
        return ValidateOptionsResult.Success;
    }

    private static string? CertificateProblem(string path, string password, string setting)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password.Length > 0 ? password : null);
            return certificate.HasPrivateKey ? null : $"The certificate in {path} ({setting}) has no private key; a PFX with its key is needed.";
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            return $"{setting} '{path}' could not be loaded (check its password): {e.Message}";
        }
    }
}
