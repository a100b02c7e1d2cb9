using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Identity;

/// <summary>
/// Entra ID mode on Microsoft.Identity.Web: the add-in's access token for our API (nested app
/// authentication) is validated against the signing keys of the OpenID Connect metadata and held
/// to the issuer of its own tenant, v2.0 and v1.0 tokens alike; then our rules (the
/// <c>access_as_user</c> scope, a named user, the allowed tenants) and our WWW-Authenticate texts.
/// The same registration acquires tokens for Graph (on the connector's behalf or as the app) with
/// the app's credentials.
/// </summary>
public static class EntraAuthentication
{
    public static void AddEntraBearer(this AuthenticationBuilder authentication)
    {
        var services = authentication.Services;
        const string scheme = JwtBearerDefaults.AuthenticationScheme;
        // Ours first: Microsoft.Identity.Web's own configuration runs after it and chains onto our events.
        services.AddOptions<JwtBearerOptions>(scheme).Configure<IOptions<IdentityOptions>>((jwt, identity) => Configure(jwt, identity.Value));
        services.AddOptions<MicrosoftIdentityOptions>(scheme).Configure<IOptions<IdentityOptions>>((entra, identity) => Configure(entra, identity.Value));
        authentication.AddMicrosoftIdentityWebApi(_ => { }, _ => { }, scheme, subscribeToJwtBearerMiddlewareDiagnosticsEvents: false)
            // CAE-capable: Graph may then revoke a token at once (a disabled user, a policy change) and
            // answer 401 with a claims challenge, which the Graph clients satisfy.
            .EnableTokenAcquisitionToCallDownstreamApi(client => client.ClientCapabilities = ["cp1"]);
        // Its issuer and signing-key checks (set while it configures) then sit behind our tenant rules.
        services.AddOptions<JwtBearerOptions>(scheme).PostConfigure<IOptions<IdentityOptions>>((jwt, identity) =>
        {
            var parameters = jwt.TokenValidationParameters;
            if (parameters.IssuerValidator?.Target is TenantIssuerValidator) return;
            var tenants = new TenantIssuerValidator(identity.Value.AllowedTenants,
                parameters.IssuerValidator ?? throw new InvalidOperationException("Microsoft.Identity.Web set no issuer validator."),
                parameters.IssuerSigningKeyValidatorUsingConfiguration);
            parameters.IssuerValidator = tenants.Validate;
            parameters.IssuerSigningKeyValidatorUsingConfiguration = tenants.ValidateSigningKey;
        });
    }

    private static void Configure(MicrosoftIdentityOptions entra, IdentityOptions identity)
    {
        entra.Instance = identity.Instance;
        entra.TenantId = IdentityOptions.Organizations;
        entra.ClientId = identity.ClientId;
        entra.ClientCredentials = identity.EffectiveClientCredentials;
    }

    private static void Configure(JwtBearerOptions jwt, IdentityOptions identity)
    {
        jwt.MetadataAddress = identity.EffectiveMetadataAddress;
        // IdentityOptionsValidator has already refused http anywhere but loopback.
        jwt.RequireHttpsMetadata = new Uri(jwt.MetadataAddress).Scheme == Uri.UriSchemeHttps;
        // Keep Entra's claim names (tid, oid, scp, roles) instead of the legacy WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = identity.EffectiveAudiences,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            NameClaimType = Connector.NameClaim,
            RoleClaimType = Connector.RolesClaim,
        };
        jwt.Events = new JwtBearerEvents
        {
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
                if (context.Exception is not (SecurityTokenException or SecurityTokenMalformedException))
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
