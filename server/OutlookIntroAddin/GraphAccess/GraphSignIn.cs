using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Starts the connector's long-running on-behalf-of session from the token they called us with:
/// Microsoft.Identity.Web exchanges it once for Graph tokens plus a refresh token, kept in the
/// database cache under the connector's session key, so the dispatcher can act for them days later.
/// Does nothing when Graph is not called on the connector's behalf (sandbox, app-only).
/// </summary>
public sealed class GraphSignIn(ConnectorSessions sessions, bool onBehalfOfConnector, WorkSignal work, ILogger<GraphSignIn> logger,
    AppCredentialHealth? health = null)
{
    public bool OnBehalfOfConnector => onBehalfOfConnector;

    /// <summary>On create: without a session nothing could be sent, so a failure is the request's problem (and nothing is stored).</summary>
    public async Task<ProblemHttpResult?> StartAsync(HttpContext http, Connector connector)
    {
        if (!onBehalfOfConnector) return null;
        try
        {
            await SignInAsync(http, connector);
            return null;
        }
        catch (MicrosoftIdentityWebChallengeUserException challenge) when (!string.IsNullOrEmpty(challenge.MsalUiRequiredException.Claims))
        {
            var e = challenge.MsalUiRequiredException;
            // Conditional access (MFA, an authentication context): only the add-in can satisfy it, by asking
            // for a token with these claims. The challenge goes back as Entra documents it for web APIs.
            logger.LogInformation("Entra ID asks connector {Tenant}/{Connector} to satisfy a claims challenge ({Code})", connector.TenantId, connector.ObjectId, e.ErrorCode);
            var claims = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(e.Claims));
            http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_claims\", error_description=\"Your organization's policy needs you to sign in again.\", claims=\"{claims}\"";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Your organization's policy needs you to sign in again",
                detail: "Microsoft Entra ID asks for a sign-in that meets your organization's conditional access policy (for example multi-factor authentication) before this app may send mail for you. Nothing was created.",
                extensions: new Dictionary<string, object?> { ["errorCode"] = e.ErrorCode, ["claims"] = claims });
        }
        catch (MicrosoftIdentityWebChallengeUserException challenge)
        {
            var e = challenge.MsalUiRequiredException;
            logger.LogWarning(e, "Entra ID refused to let us act for connector {Tenant}/{Connector}: {Code}", connector.TenantId, connector.ObjectId, e.ErrorCode);
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Microsoft Graph access needs your consent or sign-in",
                detail: $"Entra ID did not let this app send mail for you ({e.ErrorCode}). Sign in again, or ask your admin to grant the app's permissions.",
                extensions: new Dictionary<string, object?> { ["errorCode"] = e.ErrorCode, ["needsSignIn"] = true });
        }
        catch (MsalServiceException e) when (AppCredentialHealth.RefusedCode(e) is { } code)
        {
            health?.Refused(code);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "This app's credential was refused by Microsoft Entra ID",
                detail: $"The introduction was not created: Entra ID refused the app's client secret or certificate ({code}), which usually means it expired. Your admin must renew it.",
                extensions: new Dictionary<string, object?> { ["errorCode"] = code });
        }
        catch (Exception e) when (e is MsalException or HttpRequestException or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not start a Graph session for connector {Tenant}/{Connector}", connector.TenantId, connector.ObjectId);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Microsoft Entra ID is not reachable",
                detail: "The introduction was not created, because this app could not get access to your mailbox right now. Try again in a minute.");
        }
    }

    /// <summary>
    /// Any later request of a connector whose mail is held renews the session with the fresh token
    /// and releases the mail. A failure changes nothing: the mail stays held, the request goes on.
    /// </summary>
    public async Task ResumeIfHeldAsync(HttpContext http, Connector connector)
    {
        if (!onBehalfOfConnector || !await sessions.NeedsSignInAsync(connector)) return;
        try
        {
            await SignInAsync(http, connector);
            logger.LogInformation("Connector {Tenant}/{Connector} signed in again; their held mail goes out", connector.TenantId, connector.ObjectId);
        }
        catch (Exception e) when (e is MsalException or MicrosoftIdentityWebChallengeUserException or HttpRequestException or TaskCanceledException
            && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "Connector {Tenant}/{Connector} is still signed out of Graph", connector.TenantId, connector.ObjectId);
        }
    }

    private async Task SignInAsync(HttpContext http, Connector connector)
    {
        var key = await sessions.GetAsync(connector.TenantId, connector.ObjectId) is { SessionKey.Length: > 0 } session
            ? session.SessionKey : Data.Ids.New();
        // The request's own bearer token (kept by Identity.Web when it validated it) is exchanged; with
        // our own session key the tokens are filed under it instead of under a hash of this one token.
        var options = new TokenAcquisitionOptions { LongRunningWebApiSessionKey = key, CancellationToken = http.RequestAborted };
        await http.RequestServices.GetRequiredService<ITokenAcquisition>()
            .GetAccessTokenForUserAsync(GraphScopes.Delegated, tenantId: connector.TenantId, user: http.User, tokenAcquisitionOptions: options);
        health?.Accepted();
        await sessions.SignedInAsync(connector, key);
        work.Wake();
    }
}
