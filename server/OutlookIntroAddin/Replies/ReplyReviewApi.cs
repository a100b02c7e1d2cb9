using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Replies;

/// <param name="Answer">yes, notNow, no, alreadyConnected, or ignore (the reply was no answer).</param>
public sealed record ReplyDecision(string? Answer, DateOnly? Until);

/// <summary>The connector decides what a reply that waits for them means.</summary>
public static class ReplyReviewApi
{
    public const string Ignore = "ignore";

    public static void MapReplyReview(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intros").RequireAuthorization().WithTags("Intros").AddEndpointFilter<ResumeHeldMailFilter>();
        group.MapPost("/{id}/parties/{partyId}/replies/{replyId}", async Task<Results<Ok<IntroResponse>, ProblemHttpResult, ValidationProblem>> (
            string id, string partyId, string replyId, ReplyDecision decision, Connector connector, IntroStore store, IntroTransitions transitions, Db db) =>
        {
            if (await store.GetAsync(connector, id) is not { } intro
                || intro.Parties.FirstOrDefault(p => p.Id == partyId) is not { } party
                || party.Replies.All(r => r.Id != replyId))
            {
                return TypedResults.Problem(statusCode: 404, title: "Reply not found", detail: $"There is no such reply in an introduction '{id}' of yours.");
            }
            if (decision.Answer is not { } answer || !(answer == Ignore || Answer.Givable.Contains(answer)))
                return Invalid("answer", "answer is yes, notNow, no, alreadyConnected or ignore.");
            if (decision.Until is not null && answer != Answer.NotNow) return Invalid("until", "until goes only with notNow.");
            // A decline we read in this party's reply is the connector's to correct; any other closed intro stays closed.
            var correcting = party.AnsweredBy == AnsweredBy.Reply && answer != Ignore;
            if (!IntroRules.AcceptsAnswers(intro.State) && !correcting) return Closed(intro.State);

            if (answer != Ignore)
            {
                var outcome = await transitions.AnswerAsync(id, partyId, answer, decision.Until, connector, correctingReply: correcting);
                if (outcome == AnswerOutcome.NotFound) return TypedResults.Problem(statusCode: 404, title: "Reply not found");
                if (outcome == AnswerOutcome.Closed) return Closed(intro.State);
            }
            await using (var connection = await db.OpenAsync())
            {
                await connection.ExecuteAsync("UPDATE party_replies SET status = @status WHERE id = @replyId AND party_id = @partyId",
                    new { replyId, partyId, status = answer == Ignore ? ReplyStatus.Ignored : ReplyStatus.Recorded });
            }
            return TypedResults.Ok((await store.GetAsync(connector, id))!);
        });
    }

    private static ProblemHttpResult Closed(string state) =>
        TypedResults.Problem(statusCode: 409, title: "This introduction is closed",
            detail: $"The introduction is {state}; replies no longer change it. A decline read in a party's reply can be corrected while its links still work, unless another answer closed it or a request never went out.");

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
