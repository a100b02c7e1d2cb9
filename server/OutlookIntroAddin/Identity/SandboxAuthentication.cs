using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Sandbox mode only (no Entra ID configured): a request without a token acts as the demo
/// connector (a tenant admin), and <c>Authorization: Sandbox tenant/objectId/address[/name[/admin]]</c>
/// acts as another one, so several connectors and tenants can be tried on one machine. Never
/// registered otherwise.
/// </summary>
public sealed class SandboxAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Sandbox";

    public static readonly Connector Demo = new("sandbox-tenant", "demo-connector", "alex.demo@contoso.example", "Alex Demo");

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Task.FromResult(Success(Demo, admin: true));
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("Sandbox mode takes 'Authorization: Sandbox tenant/objectId/address[/name[/admin]]' or none."));
        }
        var parts = header[(SchemeName.Length + 1)..].Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 5 || parts.Any(p => p.Length is 0 or > 254) || (parts.Length == 5 && parts[4] != "admin"))
        {
            return Task.FromResult(AuthenticateResult.Fail("Sandbox identity is tenant/objectId/address[/name[/admin]]."));
        }
        var connector = new Connector(parts[0], parts[1], parts[2], parts.Length >= 4 ? parts[3] : parts[2]);
        return Task.FromResult(Success(connector, admin: parts.Length == 5));
    }

    private AuthenticateResult Success(Connector connector, bool admin) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(connector.ToIdentity(SchemeName, admin ? [Connector.AdminRole] : null)), SchemeName));
}
