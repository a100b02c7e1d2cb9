using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Outcomes;

public sealed record OutcomeRequest(string? Outcome);

/// <summary>
/// <c>POST /api/intros/{id}/outcome</c>: the connector's answer to "did they connect?";
/// <c>GET /api/intros/record</c>: the connector's own record (made, both said yes, connected).
/// </summary>
public static class OutcomesApi
{
    public static void AddOutcomes(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IntroOutcomes>();
        builder.Services.AddSingleton<ConnectorRecord>();
    }

    public static void MapOutcomes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intros").RequireAuthorization().WithTags("Intros");

        group.MapPost("/{id}/outcome", async Task<Results<Ok<IntroResponse>, ProblemHttpResult, ValidationProblem>> (
            string id, OutcomeRequest request, Connector connector, IntroOutcomes outcomes, IntroStore store) =>
        {
            if (request.Outcome is not { } outcome || !Outcome.All.Contains(outcome))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["outcome"] = ["outcome is connected, notYet, didNotConnect or dontAsk."],
                });
            }
            return await outcomes.RecordAsync(connector, id, outcome) switch
            {
                OutcomeResult.NotFound => IntrosApi.NotFound(id),
                OutcomeResult.NotIntroduced => IntrosApi.Problem(409, "This introduction was not made",
                    "Only an introduction whose final intro went out has an outcome."),
                _ => TypedResults.Ok((await store.GetAsync(connector, id))!),
            };
        });

        // A literal segment outranks /{id}, so "record" is never read as an intro id.
        group.MapGet("/record", async (Connector connector, ConnectorRecord record) => TypedResults.Ok(await record.ForAsync(connector)));
    }
}
