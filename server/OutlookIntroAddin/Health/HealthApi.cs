using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Health;

public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/healthz", async (Db db, ILogger<Db> logger, CancellationToken ct) =>
        {
            try
            {
                await using var connection = await db.OpenAsync(ct);
                await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", commandTimeout: 5, cancellationToken: ct));
                return Results.Ok(new { status = "ok", database = db.Provider.ToString() });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Health check could not reach the database");
                return Results.Problem(statusCode: 503, title: "Database unavailable", detail: "The database did not answer.");
            }
        }).AllowAnonymous().ExcludeFromDescription();
}
