using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace OutlookIntroAddin.Identity;

public static class IdentityServices
{
    /// <summary>Tenant admins: the token's roles claim holds <see cref="Connector.AdminRole"/>.</summary>
    public const string AdminPolicy = "TenantAdmin";

    public static void AddIdentity(this WebApplicationBuilder builder)
    {
        IdentityOptions.EnsureModeIsChosen(builder.Configuration);
        builder.Services.AddOptions<IdentityOptions>().BindConfiguration("Identity").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidator>();
        if (IdentityOptions.IsSandbox(builder.Configuration))
        {
            builder.Services.AddAuthentication(SandboxAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, SandboxAuthenticationHandler>(SandboxAuthenticationHandler.SchemeName, null);
        }
        else
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddEntraBearer();
        }
        builder.Services.AddAuthorization(o => o.AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(Connector.AdminRole)));
    }
}
