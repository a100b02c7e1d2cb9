using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Entra ID issues v1.0 access tokens for an API unless its registration sets
/// <c>requestedAccessTokenVersion</c> to 2 (https://learn.microsoft.com/entra/identity-platform/access-tokens),
/// and a v1.0 token's issuer is the v1.0 metadata's (<c>https://sts.windows.net/{tenantid}/</c> in the
/// global cloud), not the v2.0 one. Both are accepted: the v1.0 issuer template is read from the v1.0
/// metadata beside the v2.0 one, fetched when the first v1.0 token comes and cached like it. The
/// signing keys are the same for both versions.
/// </summary>
public sealed class V1Issuer(string? metadataAddress)
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata = metadataAddress is null ? null
        : new(metadataAddress, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = new Uri(metadataAddress).Scheme == Uri.UriSchemeHttps });

    private volatile string? _template;

    /// <summary>The v1.0 issuer template, once read; until then v1.0 tokens are refused as of an unknown issuer.</summary>
    public string? Template => _template;

    /// <summary>Reads the v1.0 metadata if the request's bearer token is a v1.0 one (cached: usually no request at all).</summary>
    public async Task ReadForAsync(HttpContext http)
    {
        if (_metadata is null || !IsVersion1(http.Request.Headers.Authorization.ToString())) return;
        try
        {
            _template = (await _metadata.GetConfigurationAsync(http.RequestAborted)).Issuer;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The token is then refused for its issuer, like any token whose metadata cannot be read.
            http.RequestServices.GetRequiredService<ILogger<V1Issuer>>().LogError(e, "The v1.0 OpenID Connect metadata could not be read");
        }
    }

    private static bool IsVersion1(string authorization)
    {
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            return new JsonWebToken(authorization[Bearer.Length..].Trim()).TryGetPayloadValue<string>("ver", out var ver) && ver == "1.0";
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
