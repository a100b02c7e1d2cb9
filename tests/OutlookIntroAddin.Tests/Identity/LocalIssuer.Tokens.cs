using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>How a token is signed: correctly, or in one of the ways a validator must refuse.</summary>
public enum TokenSignature
{
    Valid,
    /// <summary>RS256 with a key the JWKS never published.</summary>
    UnknownKey,
    /// <summary>A published key's signature over different claims (the payload was altered after signing).</summary>
    Tampered,
    /// <summary><c>alg: none</c> and no signature at all.</summary>
    None,
}

/// <summary>
/// What a v2.0 access token says. The defaults are a good token for our API from a user of
/// <see cref="LocalIssuer.TenantA"/>; each knob makes one thing wrong. For Graph, set
/// <see cref="Audience"/> to Graph's and <see cref="Scopes"/> to its permissions.
/// </summary>
public sealed record TokenSpec
{
    public string Tenant { get; init; } = LocalIssuer.TenantA;
    public string ObjectId { get; init; } = "00000000-0000-4000-8000-0000000000a1";
    public string? PreferredUsername { get; init; } = "olivia@contoso.example";
    public string? Name { get; init; } = "Olivia Owner";
    public string Audience { get; init; } = LocalIssuer.ApiClientId;

    /// <summary>The <c>scp</c> claim, space-separated as Entra writes it; null leaves it out.</summary>
    public string? Scopes { get; init; } = "access_as_user";

    /// <summary>App roles (<c>roles</c>); empty leaves the claim out.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Null means the issuer of <see cref="Tenant"/>.</summary>
    public string? Issuer { get; init; }

    /// <summary>The client app that asked for the token (<c>azp</c>): by default the add-in's own registration.</summary>
    public string AuthorizedParty { get; init; } = LocalIssuer.ApiClientId;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Issued two hours ago with a one-hour life: well past any clock skew.</summary>
    public bool Expired { get; init; }

    public TokenSignature Signature { get; init; } = TokenSignature.Valid;

    /// <summary>
    /// <c>"1.0"</c> makes a v1.0 token, as Entra issues for an API that did not ask for v2.0: the v1.0
    /// issuer, the sign-in name in <c>upn</c> and the client in <c>appid</c>.
    /// </summary>
    public string Version { get; init; } = "2.0";

    /// <summary>Any other claim, added as is (e.g. <c>idtyp</c>, <c>appid</c>, <c>upn</c>).</summary>
    public IReadOnlyDictionary<string, object> ExtraClaims { get; init; } = new Dictionary<string, object>();
}

public sealed partial class LocalIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A compact JWS, as the add-in would send it in <c>Authorization: Bearer</c>.</summary>
    public string CreateToken(TokenSpec? spec = null)
    {
        spec ??= new TokenSpec();
        return spec.Signature switch
        {
            TokenSignature.Valid => Sign(spec, _signingKeys[0]),
            TokenSignature.UnknownKey => SignWithUnknownKey(spec),
            TokenSignature.Tampered => Tamper(spec),
            TokenSignature.None => Handler.CreateToken(Descriptor(spec, signingKey: null)),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Signature, "not a signature kind"),
        };
    }

    private string Sign(TokenSpec spec, RsaSecurityKey key) => Handler.CreateToken(Descriptor(spec, key));

    private string SignWithUnknownKey(TokenSpec spec)
    {
        using var rsa = RSA.Create(2048);
        return Sign(spec, new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) });
    }

    /// <summary>The header and payload of one token with the signature of another, both by a published key.</summary>
    private string Tamper(TokenSpec spec)
    {
        var genuine = Sign(spec with { ObjectId = spec.ObjectId + "-genuine" }, _signingKeys[0]).Split('.');
        var altered = Sign(spec, _signingKeys[0]).Split('.');
        return $"{altered[0]}.{altered[1]}.{genuine[2]}";
    }

    private SecurityTokenDescriptor Descriptor(TokenSpec spec, RsaSecurityKey? signingKey)
    {
        var issuedAt = DateTime.UtcNow - (spec.Expired ? TimeSpan.FromHours(2) : TimeSpan.Zero);
        var lifetime = spec.Expired ? TimeSpan.FromHours(1) : spec.Lifetime;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = spec.Tenant,
            ["oid"] = spec.ObjectId,
            ["sub"] = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(spec.Tenant + spec.ObjectId)))[..32],
            ["ver"] = spec.Version,
            ["uti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        };
        var v1 = spec.Version == "1.0";
        if (v1) claims["appid"] = spec.AuthorizedParty;
        else (claims["azp"], claims["azpacr"]) = (spec.AuthorizedParty, "0");
        if (spec.PreferredUsername is not null) claims[v1 ? "upn" : "preferred_username"] = spec.PreferredUsername;
        if (spec.Name is not null) claims["name"] = spec.Name;
        if (spec.Scopes is not null) claims["scp"] = spec.Scopes;
        if (spec.Roles.Count > 0) claims["roles"] = spec.Roles.ToArray();
        foreach (var (type, value) in spec.ExtraClaims) claims[type] = value;
        return new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer ?? (v1 ? V1IssuerFor(spec.Tenant) : IssuerFor(spec.Tenant)),
            Audience = spec.Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            Claims = claims,
            TokenType = "JWT",
            SigningCredentials = signingKey is null ? null : new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
    }
}
