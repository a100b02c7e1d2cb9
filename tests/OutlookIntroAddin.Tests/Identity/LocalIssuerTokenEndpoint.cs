using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>One access token the token endpoint handed out, and for whom.</summary>
public sealed record IssuedToken(string Grant, string Tenant, string? ObjectId, string ClientId, string AccessToken);

/// <summary>
/// The token endpoint <c>/{tenant}/oauth2/v2.0/token</c>, speaking Entra ID's protocol as MSAL.NET
/// and Azure.Identity use it: the on-behalf-of exchange (<c>jwt-bearer</c> with
/// <c>requested_token_use=on_behalf_of</c>), <c>refresh_token</c> and <c>client_credentials</c>,
/// each with the client authenticated by secret or by an assertion signed with its certificate.
/// Errors are Entra's: <c>invalid_grant</c> / <c>invalid_client</c> with AADSTS codes.
/// </summary>
public sealed partial class LocalIssuer
{
    public const string GraphAudience = "https://graph.microsoft.com";
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private sealed record RefreshGrant(string Tenant, string ObjectId, string? Username, string? Name, string Scopes, string? Session);

    private readonly ConcurrentDictionary<string, RefreshGrant> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, bool> _revokedSessions = new();
    private readonly ConcurrentQueue<IssuedToken> _issued = new();

    /// <summary>Graph tokens live this long. Below 5 minutes MSAL and Azure.Identity treat them as expiring and come back every time.</summary>
    public TimeSpan GraphTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Every access token issued, oldest first.</summary>
    public IReadOnlyList<IssuedToken> Issued => _issued.ToArray();

    public int Count(string grant) => _issued.Count(t => t.Grant == grant);

    private int _tokenRequests;

    /// <summary>Every request to the token endpoint, refused ones included.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>
    /// As an admin's "revoke sessions" or a password reset does: every refresh token of this user
    /// stops working, and so does any token of the sign-in sessions (<c>sid</c>) they came from,
    /// so only a fresh sign-in's token can start over.
    /// </summary>
    public void RevokeRefreshTokens(string tenant, string objectId)
    {
        foreach (var (token, grant) in _refreshTokens)
        {
            if (grant.Tenant != tenant || grant.ObjectId != objectId) continue;
            _refreshTokens.TryRemove(token, out _);
            if (grant.Session is { } sid) _revokedSessions[sid] = true;
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _clientClaims = new();

    /// <summary>The <c>claims</c> parameters clients sent to the token endpoint (client capabilities such as CAE's cp1, or a challenge's claims).</summary>
    public IReadOnlyList<string> ClientClaims => _clientClaims.ToArray();

    /// <summary>Maps the token endpoint; call before <see cref="StartAsync"/>.</summary>
    public LocalIssuer WithTokenEndpoint()
    {
        App.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpContext http) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            var form = await http.Request.ReadFormAsync();
            if (form.TryGetValue("claims", out var asked)) _clientClaims.Enqueue(asked.ToString());
            if (await AuthenticateClientAsync(tenant, form) is { } refused) return refused;
            var clientId = form["client_id"].ToString();
            return form["grant_type"].ToString() switch
            {
                JwtBearerGrant when form["requested_token_use"] == "on_behalf_of" => await OnBehalfOfAsync(tenant, clientId, form),
                "refresh_token" => Refresh(tenant, clientId, form),
                "client_credentials" => ClientCredentials(tenant, clientId, form),
                var grant => Error(400, "unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grant}'."),
            };
        });
        return this;
    }

    private async Task<IResult> OnBehalfOfAsync(string tenant, string clientId, IFormCollection form)
    {
        var validation = await Handler.ValidateTokenAsync(form["assertion"].ToString(), new TokenValidationParameters
        {
            IssuerSigningKeys = _signingKeys,
            ValidIssuer = IssuerFor(tenant),
            // Only the API the user's token was issued to may exchange it.
            ValidAudiences = [clientId, $"api://{clientId}"],
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        if (!validation.IsValid)
        {
            return Error(400, "invalid_grant", 50013, $"Assertion failed signature, issuer, audience or lifetime validation: {validation.Exception?.Message}");
        }
        var claims = validation.ClaimsIdentity;
        if (claims.FindFirst("scp") is null)
        {
            return Error(400, "invalid_grant", 50058, "The assertion is not a user's delegated token.");
        }
        // Conditional access on Graph that this sign-in has not met (an authentication context the
        // user's token does not carry): Entra's claims challenge, for the client to satisfy interactively.
        if (RequiredAuthenticationContext is { } context && claims.FindAll("acrs").All(c => c.Value != context))
        {
            return Results.Json(new Dictionary<string, object>
            {
                ["error"] = "interaction_required", ["suberror"] = "basic_action",
                ["error_description"] = "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.",
                ["error_codes"] = new[] { 50076 },
                ["claims"] = JsonSerializer.Serialize(new { access_token = new { acrs = new { essential = true, value = context } } }),
            }, statusCode: 400);
        }
        var session = claims.FindFirst("sid")?.Value;
        if (session is not null && _revokedSessions.ContainsKey(session))
        {
            return Error(400, "invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed.");
        }
        var grant = new RefreshGrant(tenant, claims.FindFirst("oid")!.Value, claims.FindFirst("preferred_username")?.Value,
            claims.FindFirst("name")?.Value, GraphScopes(form["scope"].ToString()), session);
        return UserTokens("on_behalf_of", clientId, grant);
    }

    private IResult Refresh(string tenant, string clientId, IFormCollection form)
    {
        // As in Entra ID, redeeming a refresh token does not end it (two instances may redeem the same one); revocation does.
        if (!_refreshTokens.TryGetValue(form["refresh_token"].ToString(), out var grant) || grant.Tenant != tenant)
        {
            return Error(400, "invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed.");
        }
        return UserTokens("refresh_token", clientId, grant);
    }

    private IResult ClientCredentials(string tenant, string clientId, IFormCollection form)
    {
        if (form["scope"] != $"{GraphAudience}/.default")
        {
            return Error(400, "invalid_scope", 1002012, "The provided value for scope is not valid: client credentials take {resource}/.default.");
        }
        var token = CreateToken(new TokenSpec
        {
            Tenant = tenant, ObjectId = ServicePrincipalId(tenant, clientId), PreferredUsername = null, Name = null,
            Audience = GraphAudience, Scopes = null, Roles = ["Mail.Send", "Mail.ReadWrite", "MailboxSettings.Read"],
            AuthorizedParty = clientId, Lifetime = GraphTokenLifetime,
            ExtraClaims = new Dictionary<string, object> { ["idtyp"] = "app", ["appid"] = clientId },
        });
        _issued.Enqueue(new IssuedToken("client_credentials", tenant, null, clientId, token));
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer", ["expires_in"] = (int)GraphTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)GraphTokenLifetime.TotalSeconds, ["access_token"] = token,
        });
    }

    private IResult UserTokens(string grantName, string clientId, RefreshGrant grant)
    {
        var accessToken = CreateToken(new TokenSpec
        {
            Tenant = grant.Tenant, ObjectId = grant.ObjectId, PreferredUsername = grant.Username, Name = grant.Name,
            Audience = GraphAudience, Scopes = grant.Scopes, AuthorizedParty = clientId, Lifetime = GraphTokenLifetime,
            ExtraClaims = new Dictionary<string, object> { ["idtyp"] = "user", ["appid"] = clientId },
        });
        // Each redemption also hands out a new refresh token, which MSAL keeps instead.
        var refreshToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _refreshTokens[refreshToken] = grant;
        _issued.Enqueue(new IssuedToken(grantName, grant.Tenant, grant.ObjectId, clientId, accessToken));
        var idToken = CreateToken(new TokenSpec
        {
            Tenant = grant.Tenant, ObjectId = grant.ObjectId, PreferredUsername = grant.Username, Name = grant.Name,
            Audience = clientId, Scopes = null, AuthorizedParty = clientId,
        });
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = grant.Scopes.Split(' ').Select(s => $"{GraphAudience}/{s}").Append("openid profile offline_access").Aggregate((a, b) => a + " " + b),
            ["expires_in"] = (int)GraphTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)GraphTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["refresh_token"] = refreshToken,
            ["id_token"] = idToken,
            ["client_info"] = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { uid = grant.ObjectId, utid = grant.Tenant })),
        });
    }

    /// <summary>The Graph permissions asked for, as Graph's <c>scp</c> writes them (without the resource).</summary>
    private static string GraphScopes(string requested) => string.Join(' ', requested.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(s => s.StartsWith(GraphAudience + "/", StringComparison.OrdinalIgnoreCase))
        .Select(s => s[(GraphAudience.Length + 1)..]));

    private static string ServicePrincipalId(string tenant, string clientId) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes(tenant + clientId))).ToString();
}
