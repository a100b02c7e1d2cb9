using Microsoft.AspNetCore.Authentication;

namespace OutlookIntroAddin.Identity;

public static class IdentityServices
{
    public static void AddIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityOptions>().BindConfiguration("Identity");
        if (!IdentityOptions.IsSandbox(builder.Configuration))
        {
            // Known gap: validating Entra ID tokens and acting on the connector's behalf is the
            // identity feature's work. Until it lands, refusing to start beats serving unauthenticated.
            throw new InvalidOperationException(
                "Identity:ClientId is set, but Entra ID sign-in is not available in this build. Leave Identity:ClientId empty to run in sandbox mode.");
        }
        builder.Services.AddAuthentication(SandboxAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SandboxAuthenticationHandler>(SandboxAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
    }
}
