namespace GraphSandbox;

/// <summary>Message actions beyond drafting and sending: reply.</summary>
internal static class MessageActionEndpoints
{
    /// <param name="user"><c>/users/{user}</c> or <c>/me</c>.</param>
    public static void Map(RouteGroupBuilder group, string user)
    {
        group.MapPost($"{user}/messages/{{messageId}}/reply", Reply).WithMetadata(new SandboxRoute("reply"));
    }

    /// <summary>Sends at once and answers 202 with no body, as Graph's reply does.</summary>
    private static async Task<IResult> Reply(HttpContext http, SandboxMailStore store, string messageId)
    {
        var body = await GraphJson.ReadBodyAsync(http.Request);
        var fields = GraphJson.Property(body, "message") is { } message
            ? GraphMessageJson.ReadFields(message)
            : MessageFields.None;
        store.ReplyNow(MessageEndpoints.Mailbox(http), messageId, fields, GraphJson.String(body, "comment"));
        return Results.Accepted();
    }
}
