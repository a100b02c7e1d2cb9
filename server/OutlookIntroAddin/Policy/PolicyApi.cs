using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Policy;

public static class PolicyApi
{
    public static void MapPolicy(this IEndpointRouteBuilder routes)
    {
        // Everyone in the tenant reads it: the add-in needs the send check, the task pane the defaults.
        routes.MapGet("/api/policy", async (Connector connector, PolicyStore store) =>
                TypedResults.Ok(await store.GetAsync(connector.TenantId)))
            .RequireAuthorization().AllowAddinOrigin().WithTags("Policy");

        // The same policy, for admins only: the task pane shows its admin page to whoever this lets in.
        routes.MapGet("/api/admin/policy", async (Connector admin, PolicyStore store) =>
                TypedResults.Ok(await store.GetAsync(admin.TenantId)))
            .RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Policy");

        routes.MapPut("/api/admin/policy", async Task<Results<Ok<TenantPolicy>, ValidationProblem>> (
                PolicyRequest request, Connector admin, PolicyStore store) =>
            {
                var errors = request.Validate();
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
                return TypedResults.Ok(await store.SetAsync(admin.TenantId, request.ToPolicy(), admin.ObjectId));
            })
            .RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Policy");
    }
}
