using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Entra ID mode: the add-in's access token for our API (nested app authentication) is validated
/// here, against the signing keys and the issuer template of the OpenID Connect metadata.
/// </summary>
public static class EntraAuthentication
{
    public static void AddEntraBearer(this AuthenticationBuilder authentication)
    {
        authentication.AddJwtBearer();
        authentication.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityOptions>>((jwt, identity) => Configure(jwt, identity.Value));
    }

    private static void Configure(JwtBearerOptions jwt, IdentityOptions identity)
    {
        jwt.MetadataAddress = identity.EffectiveMetadataAddress;
        // IdentityOptionsValidator has already refused http anywhere but loopback.
        jwt.RequireHttpsMetadata = new Uri(jwt.MetadataAddress).Scheme == Uri.UriSchemeHttps;
        // Keep Entra's claim names (tid, oid, scp, roles) instead of the legacy WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        var v1 = new V1Issuer(identity.EffectiveV1MetadataAddress);
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = identity.EffectiveAudiences,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            IssuerValidatorUsingConfiguration = new TenantIssuerValidator(identity.AllowedTenants, () => v1.Template).Validate,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            NameClaimType = Connector.NameClaim,
            RoleClaimType = Connector.RolesClaim,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = context => v1.ReadForAsync(context.HttpContext),
            OnTokenValidated = context =>
            {
                var user = context.Principal!;
                var scopes = (user.FindFirstValue("scp") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!scopes.Contains(IdentityOptions.RequiredScope, StringComparer.Ordinal))
                {
                    context.Fail(new TokenRefusedException($"The token lacks the {IdentityOptions.RequiredScope} scope: sign in through the add-in again."));
                }
                else if (Connector.MissingClaim(user) is { } missing)
                {
                    context.Fail(new TokenRefusedException($"The token has no {missing} claim, so it names no Outlook user."));
                }
                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                // Anything that went wrong while checking a token (metadata unreachable included)
                // refuses that token; it is never a server error.
                if (context.Exception is not SecurityTokenException)
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraAuthentication))
                        .LogError(context.Exception, "A bearer token could not be checked");
                }
                context.Fail(context.Exception);
                return Task.CompletedTask;
            },
            OnChallenge = context =>
            {
                if (context.AuthenticateFailure is { } failure) context.ErrorDescription = Describe(failure);
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// A fixed sentence per failure for WWW-Authenticate: never text from the token itself, which
    /// may hold characters a header cannot carry.
    /// </summary>
    internal static string Describe(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions.Count: > 0 } all => Describe(all.InnerExceptions[0]),
        TokenRefusedException refused => refused.Message,
        TenantIssuerValidator.IssuerRefusedException refused => refused.Message,
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token is not for this API (aud).",
        SecurityTokenInvalidIssuerException => "The token's issuer is not accepted.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenMalformedException => "The token is not a well-formed JWT.",
        SecurityTokenException => "The token is not valid.",
        _ => "The token could not be checked right now.",
    };

    /// <summary>A token that is genuine but not good for this API (scope or claims missing).</summary>
    public sealed class TokenRefusedException(string message) : SecurityTokenValidationException(message);
}
