using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;

namespace OutlookIntroAddin.Health;

public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/healthz", async (Db db, AppCredentialHealth credential, ILogger<Db> logger, CancellationToken ct) =>
        {
            try
            {
                await using var connection = await db.OpenAsync(ct);
                await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", commandTimeout: 5, cancellationToken: ct));
                // Degraded, not down: the API and the consent pages work, mail waits. A 200 keeps a load
                // balancer from recycling instances that a new credential, not a restart, will cure.
                if (credential.Current is { } refused)
                {
                    return Results.Ok(new
                    {
                        status = "degraded", database = db.Provider.ToString(),
                        problems = new[] { new { code = refused.Code, since = refused.Since, detail = "Microsoft Entra ID refuses this app's client secret or certificate; renew it. Mail waits until then." } },
                    });
                }
                return Results.Ok(new { status = "ok", database = db.Provider.ToString() });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Health check could not reach the database");
                return Results.Problem(statusCode: 503, title: "Database unavailable", detail: "The database did not answer.");
            }
        }).AllowAnonymous().ExcludeFromDescription();
}
