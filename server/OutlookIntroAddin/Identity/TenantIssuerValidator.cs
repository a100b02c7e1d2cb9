using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Our rules in front of Microsoft.Identity.Web's multi-tenant issuer check (<c>AadIssuerValidator</c>,
/// which holds a token to the issuer of the very tenant its <c>tid</c> names, for v2.0 and v1.0
/// tokens alike): the tenant id is a GUID and, when <c>Identity:AllowedTenants</c> lists tenants,
/// one of them. Every refusal says in a fixed sentence which rule the token broke. Identity.Web's
/// check that the signing key belongs to that issuer too (Entra publishes each key's issuer) sits
/// behind the same rules.
/// </summary>
public sealed class TenantIssuerValidator(
    IReadOnlyCollection<string> allowedTenants, IssuerValidator entraIssuers, IssuerSigningKeyValidatorUsingConfiguration? entraKeys)
{
    private readonly HashSet<string> _allowed = new(allowedTenants.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);

    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenant = AllowedTenant(token);
        try
        {
            return entraIssuers(issuer, token, parameters);
        }
        catch (SecurityTokenInvalidIssuerException e)
        {
            throw new IssuerRefusedException($"The token's issuer is not the issuer of tenant {tenant}.", issuer, e);
        }
    }

    public bool ValidateSigningKey(SecurityKey key, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration configuration)
    {
        var tenant = AllowedTenant(token);
        try
        {
            return entraKeys?.Invoke(key, token, parameters, configuration) ?? true;
        }
        catch (SecurityTokenInvalidIssuerException e)
        {
            throw new IssuerRefusedException($"The token's issuer is not the issuer of tenant {tenant}.", token.Issuer, e);
        }
    }

    private string AllowedTenant(SecurityToken token)
    {
        if (token is not JsonWebToken jwt || !jwt.TryGetPayloadValue<string>(Connector.TenantClaim, out var tenant) || !IsTenantId(tenant))
        {
            throw new IssuerRefusedException("The token names no valid tenant (tid).", token.Issuer);
        }
        if (_allowed.Count > 0 && !_allowed.Contains(tenant))
        {
            throw new IssuerRefusedException($"Tenant {tenant} may not use this app (Identity:AllowedTenants).", token.Issuer);
        }
        return tenant;
    }

    /// <summary>Entra tenant ids are GUIDs; anything else is refused before it reaches a message or a query.</summary>
    private static bool IsTenantId([NotNullWhen(true)] string? value) => Guid.TryParseExact(value, "D", out _);

    public sealed class IssuerRefusedException(string message, string issuer, Exception? inner = null)
        : SecurityTokenInvalidIssuerException(message, inner)
    {
        public new string InvalidIssuer { get; } = issuer;
    }
}
