using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// The app registration's credentials as Entra ID knows them (a client secret and an uploaded
/// certificate), how the token endpoint checks them, and Entra's error bodies.
/// </summary>
public sealed partial class LocalIssuer
{
    public const string ClientSecret = "local-issuer-client-secret";
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private readonly X509Certificate2 _clientCertificate = ClientCertificateFor(ApiClientId);

    /// <summary>The app's certificate as registered with Entra ID, with its private key (the server's <c>Identity:ClientCertificatePath</c>).</summary>
    public X509Certificate2 ClientCertificate => _clientCertificate;

    /// <summary>
    /// A conditional-access policy on Graph that asks for this authentication context (<c>acrs</c>):
    /// an on-behalf-of exchange for a token without it gets Entra's claims challenge.
    /// </summary>
    public string? RequiredAuthenticationContext { get; set; }

    /// <summary>The registration's secret has passed its end date: Entra refuses it with AADSTS7000222 until a new one is set.</summary>
    public bool SecretExpired { get; set; }

    /// <summary>The client proves itself with its secret, or an assertion its certificate signed for this token endpoint.</summary>
    private async Task<IResult?> AuthenticateClientAsync(string tenant, IFormCollection form)
    {
        if (form["client_id"] != ApiClientId) return Error(400, "unauthorized_client", 700016, "Application not found in the directory.");
        if (form.ContainsKey("client_secret"))
        {
            if (form["client_secret"] != ClientSecret) return Error(401, "invalid_client", 7000215, "Invalid client secret provided.");
            return SecretExpired ? Error(401, "invalid_client", 7000222, $"The provided client secret keys for app '{ApiClientId}' are expired.") : null;
        }
        if (form["client_assertion_type"] != AssertionType) return Error(401, "invalid_client", 7000218, "The request body must contain client_assertion or client_secret.");
        var endpoint = $"{HttpsAuthority.GetLeftPart(UriPartial.Authority)}/{tenant}/oauth2/v2.0/token";
        var validation = await Handler.ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(_clientCertificate),
            ValidIssuer = ApiClientId,
            ValidAudiences = [endpoint, IssuerFor(tenant), $"{HttpsAuthority.GetLeftPart(UriPartial.Authority)}/{tenant}/v2.0"],
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        if (!validation.IsValid || validation.ClaimsIdentity.FindFirst("sub")?.Value != ApiClientId)
        {
            return Error(401, "invalid_client", 700027, $"Client assertion failed signature validation: {validation.Exception?.Message}");
        }
        return null;
    }

    private static IResult Error(int status, string error, int code, string description) => Results.Json(new Dictionary<string, object>
    {
        ["error"] = error, ["error_description"] = $"AADSTS{code}: {description}", ["error_codes"] = new[] { code },
        ["timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ssZ"), ["trace_id"] = Guid.NewGuid().ToString(),
        ["correlation_id"] = Guid.NewGuid().ToString(),
    }, statusCode: status);

    private static X509Certificate2 ClientCertificateFor(string clientId)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={clientId}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
