using System.Security.Claims;

namespace OutlookIntroAddin.Identity;

/// <summary>The signed-in Outlook user: (tenant id, object id) partitions every row they own.</summary>
public sealed record Connector(string TenantId, string ObjectId, string Email, string Name)
{
    public const string TenantClaim = "tid", ObjectIdClaim = "oid", EmailClaim = "preferred_username", NameClaim = "name", RolesClaim = "roles";

    /// <summary>The app role a tenant admin assigns (on the app registration) to those who may set the tenant's policy.</summary>
    public const string AdminRole = "Intros.Admin";

    /// <summary>
    /// Where the user's sign-in name may be: v2.0 access tokens carry preferred_username; v1.0
    /// tokens and some guest accounts carry upn or email instead.
    /// </summary>
    private static readonly string[] EmailClaims = [EmailClaim, "upn", "email"];

    /// <summary>
    /// Lets a handler take the connector as a parameter. Every route that does sits behind
    /// authorization, and authentication refuses a token without these claims.
    /// </summary>
    public static ValueTask<Connector?> BindAsync(HttpContext http) => ValueTask.FromResult<Connector?>(From(http.User));

    public static Connector From(ClaimsPrincipal user)
    {
        var email = SignInName(user) ?? throw new InvalidOperationException($"The signed-in user has no '{EmailClaim}' claim.");
        return new(Required(user, TenantClaim), Required(user, ObjectIdClaim), email, user.FindFirstValue(NameClaim) ?? email);
    }

    /// <summary>Whether a token names everything a connector needs; authentication refuses a token that does not.</summary>
    public static string? MissingClaim(ClaimsPrincipal user) =>
        string.IsNullOrWhiteSpace(user.FindFirstValue(TenantClaim)) ? TenantClaim
        : string.IsNullOrWhiteSpace(user.FindFirstValue(ObjectIdClaim)) ? ObjectIdClaim
        : SignInName(user) is null ? EmailClaim
        : null;

    public ClaimsIdentity ToIdentity(string authenticationType, IEnumerable<string>? roles = null) => new(
        [new(TenantClaim, TenantId), new(ObjectIdClaim, ObjectId), new(EmailClaim, Email), new(NameClaim, Name),
         .. (roles ?? []).Select(r => new Claim(RolesClaim, r))],
        authenticationType, NameClaim, RolesClaim);

    private static string? SignInName(ClaimsPrincipal user) =>
        EmailClaims.Select(user.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string Required(ClaimsPrincipal user, string type) =>
        user.FindFirstValue(type) ?? throw new InvalidOperationException($"The signed-in user has no '{type}' claim.");
}
