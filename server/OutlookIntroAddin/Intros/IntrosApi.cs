using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Intros;

public static class IntrosApi
{
    public static RouteGroupBuilder MapIntros(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intros").RequireAuthorization().WithTags("Intros")
            .AddEndpointFilter<ResumeHeldMailFilter>();

        group.MapPost("/", CreateIntro.HandleAsync);

        group.MapGet("/", async Task<Results<Ok<IReadOnlyList<IntroResponse>>, ValidationProblem>> (string? state, Connector connector, IntroStore store) =>
        {
            if (state is not (null or "open" or "closed" or "all"))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["state is open, closed or all."] });
            }
            return TypedResults.Ok(await store.ListAsync(connector, state ?? "all"));
        });

        // A literal segment outranks /{id}, so "history" is never read as an intro id.
        group.MapGet("/history", IntroHistory.HandleAsync);

        group.MapGet("/{id}", async Task<Results<Ok<IntroResponse>, ProblemHttpResult>> (string id, Connector connector, IntroStore store) =>
            await store.GetAsync(connector, id) is { } intro ? TypedResults.Ok(intro) : NotFound(id));

        group.MapGet("/{id}/final-draft", FinalDraft.HandleAsync);

        group.MapPost("/{id}/parties/{partyId}/answer", async Task<Results<Ok<IntroResponse>, ProblemHttpResult, ValidationProblem>> (
            string id, string partyId, AnswerRequest request, Connector connector, IntroStore store, IntroTransitions transitions) =>
        {
            if (await store.GetAsync(connector, id) is not { } intro || intro.Parties.All(p => p.Id != partyId)) return NotFound(id);
            if (request.Answer is not { } answer || !Answer.Givable.Contains(answer))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = ["answer is yes, notNow, no or alreadyConnected."] });
            }
            if (request.Until is not null && answer != Answer.NotNow)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["until"] = ["until goes only with notNow."] });
            }
            var outcome = await transitions.AnswerAsync(id, partyId, answer, request.Until, connector);
            if (outcome == AnswerOutcome.NotFound) return NotFound(id);
            if (outcome == AnswerOutcome.Closed)
            {
                return Problem(409, "This introduction is closed", $"The introduction is {intro.State}; answers no longer change it.");
            }
            return TypedResults.Ok((await store.GetAsync(connector, id))!);
        });

        group.MapPost("/{id}/cancel", async Task<Results<Ok<IntroResponse>, ProblemHttpResult>> (
            string id, Connector connector, IntroStore store, IntroTransitions transitions) =>
            await transitions.CancelAsync(connector, id) switch
            {
                CancelOutcome.NotFound => NotFound(id),
                CancelOutcome.AlreadyClosed => Problem(409, "This introduction is already closed", "Only an open introduction can be cancelled."),
                _ => TypedResults.Ok((await store.GetAsync(connector, id))!),
            });

        return group;
    }

    internal static ProblemHttpResult NotFound(string id) =>
        Problem(404, "Introduction not found", $"There is no introduction '{id}' of yours.");

    internal static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
