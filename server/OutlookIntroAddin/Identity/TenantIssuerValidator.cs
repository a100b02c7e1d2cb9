using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Multi-tenant issuer check, as Entra ID defines it: the metadata's issuer is a template
/// (<c>https://login.microsoftonline.com/{tenantid}/v2.0</c>) and a token is valid only from the
/// issuer of the very tenant its <c>tid</c> names, so a token from one tenant cannot pass as
/// another's. Single-tenant metadata has no placeholder and so accepts its one issuer only. The
/// v1.0 issuer template (<see cref="V1Issuer"/>), once known, is held to the same rule.
/// </summary>
public sealed class TenantIssuerValidator(IReadOnlyCollection<string> allowedTenants, Func<string?>? v1Template = null)
{
    public const string Placeholder = "{tenantid}";

    private readonly HashSet<string> _allowed = new(allowedTenants.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);

    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration? configuration)
    {
        if (token is not JsonWebToken jwt || !jwt.TryGetPayloadValue<string>(Connector.TenantClaim, out var tenant) || !IsTenantId(tenant))
        {
            throw new IssuerRefusedException("The token names no valid tenant (tid).", issuer);
        }
        if (_allowed.Count > 0 && !_allowed.Contains(tenant))
        {
            throw new IssuerRefusedException($"Tenant {tenant} may not use this app (Identity:AllowedTenants).", issuer);
        }
        IEnumerable<string?> templates = [configuration?.Issuer, parameters.ValidIssuer, .. parameters.ValidIssuers ?? [], v1Template?.Invoke()];
        if (templates.Any(t => !string.IsNullOrEmpty(t) && string.Equals(t.Replace(Placeholder, tenant, StringComparison.OrdinalIgnoreCase), issuer, StringComparison.Ordinal)))
        {
            return issuer;
        }
        throw new IssuerRefusedException($"The token's issuer is not the issuer of tenant {tenant}.", issuer);
    }

    /// <summary>Entra tenant ids are GUIDs; anything else is refused before it reaches a message or a query.</summary>
    private static bool IsTenantId([NotNullWhen(true)] string? value) => Guid.TryParseExact(value, "D", out _);

    public sealed class IssuerRefusedException(string message, string issuer) : SecurityTokenInvalidIssuerException(message)
    {
        public new string InvalidIssuer { get; } = issuer;
    }
}
