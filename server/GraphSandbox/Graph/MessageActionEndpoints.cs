namespace GraphSandbox;

/// <summary>Message actions beyond drafting and sending: reply, move, delete (to Deleted Items, or for good).</summary>
internal static class MessageActionEndpoints
{
    /// <param name="user"><c>/users/{user}</c> or <c>/me</c>.</param>
    public static void Map(RouteGroupBuilder group, string user)
    {
        group.MapPost($"{user}/messages/{{messageId}}/reply", Reply).WithMetadata(new SandboxRoute("reply"));
        group.MapPost($"{user}/messages/{{messageId}}/move", Move).WithMetadata(new SandboxRoute("moveMessage"));
        group.MapDelete($"{user}/messages/{{messageId}}", (HttpContext http, SandboxMailStore store, string messageId) =>
        {
            store.Delete(MessageEndpoints.Mailbox(http), messageId);
            return Results.NoContent();
        }).WithMetadata(new SandboxRoute("deleteMessage"));
        group.MapPost($"{user}/messages/{{messageId}}/permanentDelete", (HttpContext http, SandboxMailStore store, string messageId) =>
        {
            store.PermanentDelete(MessageEndpoints.Mailbox(http), messageId);
            return Results.NoContent();
        }).WithMetadata(new SandboxRoute("permanentDelete"));
    }

    /// <summary>201 with the message in its new folder; the sandbox's ids are immutable, so the id stays.</summary>
    private static async Task<IResult> Move(HttpContext http, SandboxMailStore store, string messageId)
    {
        var body = await GraphJson.ReadBodyAsync(http.Request);
        var destination = GraphJson.String(body, "destinationId")
            ?? throw GraphErrors.BadRequest("move needs a 'destinationId'.");
        var moved = store.Move(MessageEndpoints.Mailbox(http), messageId, MessageEndpoints.Folder(destination));
        return GraphJson.Result(GraphMessageJson.Write(moved, MessageQuery.Parse(http.Request, collection: false)), 201);
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
