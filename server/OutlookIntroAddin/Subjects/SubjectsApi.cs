using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Subjects;

/// <summary>
/// Access and erasure requests by address, for a tenant's admins, over their own tenant only.
/// <c>GET /api/admin/subject?email=…</c> and <c>POST /api/admin/subject/erase</c> with <c>{ "email": "…" }</c>.
/// </summary>
public static class SubjectsApi
{
    public static void MapSubjects(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin/subject").RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Subjects");

        admin.MapGet("/", async Task<Results<Ok<SubjectResponse>, ValidationProblem>> (string? email, Connector connector, SubjectAccess access) =>
            Normal(email) is { } address
                ? TypedResults.Ok(await access.GetAsync(connector.TenantId, address))
                : Invalid(email));

        admin.MapPost("/erase", async Task<Results<Ok<ErasureCounts>, ValidationProblem>> (EraseRequest request, Connector connector, SubjectErasure erasure) =>
            Normal(request.Email) is { } address
                ? TypedResults.Ok(await erasure.EraseAsync(connector.TenantId, connector.ObjectId, address))
                : Invalid(request.Email));
    }

    /// <summary>The address as parties are matched by it (trimmed, lower case), or null when it is not one.</summary>
    private static string? Normal(string? email)
    {
        var valid = true;
        IntroValidation.Address(email, "email", (_, _) => valid = false);
        return valid ? email!.Trim().ToLowerInvariant() : null;
    }

    private static ValidationProblem Invalid(string? email)
    {
        var errors = new Dictionary<string, string[]>();
        IntroValidation.Address(email, "email", (field, message) => errors.TryAdd(field, [message]));
        return TypedResults.ValidationProblem(errors);
    }
}
