using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Intros;

/// <summary>The id Outlook opens a message by, converted from REST format by the add-in.</summary>
public sealed record FinalDraftResponse(string RestId, bool IsDraft);

/// <summary>
/// <c>GET /api/intros/{id}/final-draft</c>, for the pane's "Open the final draft": we keep the draft's
/// immutable id, but Outlook's <c>displayMessageForm</c> takes an EWS id, and <c>convertToEwsId</c>
/// converts REST ids only. So Graph is asked now for the draft's REST id, which holds while it stays
/// in its folder (https://learn.microsoft.com/graph/outlook-immutable-id). The same read tells whether
/// the connector has sent it: then the intro is introduced as of its sent time (the pane asks after an
/// intro in review, so this is how a final intro the connector sent becomes known).
/// </summary>
public static class FinalDraft
{
    public static async Task<Results<Ok<FinalDraftResponse>, ProblemHttpResult>> HandleAsync(
        string id, Connector connector, IntroStore store, GraphClients graph, MailboxCalendars calendars, IntroTimeline timeline,
        TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (await store.GetAsync(connector, id) is not { } intro)
            return IntrosApi.NotFound(id);
        if (intro.FinalDraftId is not { } draftId)
            return IntrosApi.Problem(409, "No final draft yet", "The final introduction is drafted once both people have said yes.");
        MessageStatus? found;
        try
        {
            var client = graph.For(connector.TenantId, connector.ObjectId, connector.Email);
            found = await GraphMail.RestIdAsync(client, connector.Email, draftId, ct);
            if (found is { IsDraft: false } && intro.State == IntroState.Ready)
            {
                // Graph's sent time, never one in our future (its clock is not ours).
                var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                var sentAt = Math.Min(found.SentAt?.ToUnixTimeMilliseconds() ?? now, now);
                await timeline.OnFinalDraftSentAsync(intro.Id, draftId, sentAt, await calendars.GetAsync(client, connector.Email));
            }
        }
        catch (SignInRequiredException)
        {
            return IntrosApi.Problem(403, "Sign in again to open the draft", "This app cannot read your mailbox until you sign in again; the final draft is in your Drafts folder.");
        }
        catch (Exception e) when (e is ODataError or HttpRequestException or MsalException or AppCredentialRefusedException
                                  or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logs.CreateLogger(typeof(FinalDraft)).LogWarning(e, "Could not look up the final draft of intro {Intro}", id);
            return IntrosApi.Problem(503, "Your mailbox could not be reached", "The final draft could not be looked up right now; it is in your Drafts folder.");
        }
        return found is null
            ? IntrosApi.Problem(404, "The final draft is no longer in your mailbox", "It was deleted in Outlook.")
            : TypedResults.Ok(new FinalDraftResponse(found.Id, found.IsDraft));
    }
}
