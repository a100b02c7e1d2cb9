using System.Security.Claims;

namespace OutlookIntroAddin.Identity;

/// <summary>The signed-in Outlook user: (tenant id, object id) partitions every row they own.</summary>
public sealed record Connector(string TenantId, string ObjectId, string Email, string Name)
{
    public const string TenantClaim = "tid", ObjectIdClaim = "oid", EmailClaim = "preferred_username", NameClaim = "name";

    public static Connector From(ClaimsPrincipal user) => new(
        Required(user, TenantClaim), Required(user, ObjectIdClaim), Required(user, EmailClaim),
        user.FindFirstValue(NameClaim) ?? Required(user, EmailClaim));

    public ClaimsIdentity ToIdentity(string authenticationType) => new(
        [new(TenantClaim, TenantId), new(ObjectIdClaim, ObjectId), new(EmailClaim, Email), new(NameClaim, Name)],
        authenticationType, NameClaim, "roles");

    private static string Required(ClaimsPrincipal user, string type) =>
        user.FindFirstValue(type) ?? throw new InvalidOperationException($"The signed-in user has no '{type}' claim.");
}
