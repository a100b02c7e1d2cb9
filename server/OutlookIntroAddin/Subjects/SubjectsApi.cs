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
            Refused(email) is { } problem
                ? problem
                : TypedResults.Ok(await access.GetAsync(connector.TenantId, IntroValidation.AddressKey(email!))));

        admin.MapPost("/erase", async Task<Results<Ok<ErasureCounts>, ValidationProblem>> (EraseRequest request, Connector connector, SubjectErasure erasure) =>
            Refused(request.Email) is { } problem
                ? problem
                : TypedResults.Ok(await erasure.EraseAsync(connector.TenantId, connector.ObjectId, IntroValidation.AddressKey(request.Email!))));
    }

    /// <summary>The 400 for something that is not an address, naming <c>email</c>; null when it is one.</summary>
    private static ValidationProblem? Refused(string? email)
    {
        var errors = new Dictionary<string, string[]>();
        IntroValidation.Address(email, "email", (field, message) => errors.TryAdd(field, [message]));
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }
}
