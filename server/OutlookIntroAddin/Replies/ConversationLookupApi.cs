using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Which of the connector's intros a mail conversation belongs to: the task pane opened on a
/// party's reply (read mode) shows that intro. A conversation is a request's thread in the
/// connector's mailbox, learnt when the reply loop first reads the sent request.
/// </summary>
public static class ConversationLookupApi
{
    /// <summary>Graph's conversation ids are about 140 characters; anything far longer is not one.</summary>
    public const int MaxConversationIdLength = 512;

    private const string IntroIdsSql = """
        SELECT i.id FROM intros i
        WHERE i.tenant_id = @TenantId AND i.connector_id = @ObjectId
          AND EXISTS (SELECT 1 FROM parties p WHERE p.intro_id = i.id AND p.request_conversation_id = @conversationId)
        ORDER BY i.created_at DESC, i.id DESC
        """;

    public static void MapConversationLookup(this IEndpointRouteBuilder routes)
    {
        // A literal segment outranks /api/intros/{id}, so this route is never read as an intro id.
        routes.MapGroup("/api/intros").RequireAuthorization().WithTags("Intros").AddEndpointFilter<ResumeHeldMailFilter>()
            .MapGet("/by-conversation", async Task<Results<Ok<List<IntroResponse>>, ValidationProblem>> (
                string? conversationId, Connector connector, IntroStore store, Db db) =>
            {
                if (string.IsNullOrWhiteSpace(conversationId) || conversationId.Length > MaxConversationIdLength)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["conversationId"] = [$"conversationId is the message's conversation id, 1 to {MaxConversationIdLength} characters."],
                    });
                }
                IReadOnlyList<string> ids;
                await using (var connection = await db.OpenAsync())
                {
                    ids = (await connection.QueryAsync<string>(IntroIdsSql, new { conversationId, connector.TenantId, connector.ObjectId })).AsList();
                }
                var intros = new List<IntroResponse>(ids.Count);
                foreach (var id in ids)
                {
                    // Purged between the two reads: it is simply no longer one of the connector's intros.
                    if (await store.GetAsync(connector, id) is { } intro) intros.Add(intro);
                }
                return TypedResults.Ok(intros);
            });
    }
}
