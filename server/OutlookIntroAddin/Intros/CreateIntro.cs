using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Graph.Models.ODataErrors;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

/// <summary>POST /api/intros: checks everything, then stores the intro and queues its requests in one transaction.</summary>
public static class CreateIntro
{
    public static async Task<Results<Created<IntroResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateIntroRequest request, Connector connector, HttpContext http, IntroTransitions transitions, IntrosOptions options,
        PolicyStore policies, GraphSignIn signIn, IdempotencyKeys keys, IntroStore store, ConnectorMailboxes mailboxes, ILogger<IntroStore> logger)
    {
        if (!IdempotencyKeys.TryRead(http.Request, out var key))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyKeys.Header] = [IdempotencyKeys.Rule] });
        }
        var fingerprint = key is null ? null : IdempotencyKeys.Fingerprint(request);
        if (key is not null && await ReplayAsync(connector, key, fingerprint!, keys, store) is { } earlier) return earlier;

        var errors = IntroValidation.Validate(request, connector);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Nothing is stored unless the mail can later be sent as the connector.
        if (await signIn.StartAsync(http, connector) is { } problem) return problem;
        try
        {
            connector = connector with { Email = await mailboxes.AddressAsync(connector, http.RequestAborted) };
        }
        catch (Exception e) when (e is ODataError or HttpRequestException or SignInRequiredException or AppCredentialRefusedException
                                  or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read the mail address of connector {Tenant}/{Connector}", connector.TenantId, connector.ObjectId);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Your mailbox could not be reached",
                detail: "The introduction was not created, because Microsoft Graph did not say which mailbox is yours right now. Try again in a minute.");
        }
        var linkBase = options.Origin(http.Request);
        var finalIntro = request.FinalIntro ?? (await policies.GetAsync(connector.TenantId)).FinalIntro;
        try
        {
            var intro = await transitions.CreateAsync(connector, request with { FinalIntro = finalIntro }, linkBase,
                key is null ? null : keys.Record(connector, key, fingerprint!));
            return TypedResults.Created($"/api/intros/{intro.Id}", intro);
        }
        catch (IdempotencyKeys.TakenException)
        {
            // A concurrent request with this key committed while this one ran; by now it has completed,
            // so this one is answered as its retry. Never the draft's 409 "still being processed": the key
            // becomes visible only with the committed intro.
            return await ReplayAsync(connector, key!, fingerprint!, keys, store)
                ?? throw new InvalidOperationException("An idempotency key that was taken has no intro.");
        }
    }

    /// <summary>
    /// What a key already used gets. The same request gets the intro it created, as a create answers
    /// (201 and its Location): the draft's §2.6 has a retry after the original completed answered with
    /// "the result of the previously completed operation"; the intro is read as it is now. Another
    /// request under the same key is a 409: it conflicts with the intro the key already made (our API's
    /// contract; the draft's §2.7 would answer 422). Null when the key is unused (or its intro was purged).
    /// </summary>
    private static async Task<Results<Created<IntroResponse>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        Connector connector, string key, string fingerprint, IdempotencyKeys keys, IntroStore store)
    {
        if (await keys.FindAsync(connector, key) is not { } recorded) return null;
        if (recorded.RequestHash != fingerprint)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This Idempotency-Key was used for another request",
                detail: "An Idempotency-Key names one request: send a new key for a different introduction.");
        }
        if (await store.GetAsync(connector, recorded.IntroId) is not { } intro) return null;
        return TypedResults.Created($"/api/intros/{intro.Id}", intro);
    }
}
