namespace GraphSandbox;

/// <summary>
/// Control routes about mail: how often a message's text was read, an automatic reply or a bounce
/// for a message, and expiring every delta token (the next use answers 410). Public so a host that
/// mounts the sandbox in-process can offer them beside its own sandbox routes.
/// </summary>
public static class MailControlEndpoints
{
    public static RouteGroupBuilder MapMailControl(this RouteGroupBuilder group)
    {
        group.MapGet("/body-reads", (SandboxMailStore store) => Results.Json(store.BodyReadCounts(), ControlEndpoints.Json));
        group.MapGet("/mail/{messageId}/body-reads", (string messageId, SandboxMailStore store) =>
            store.Find(messageId) is null
                ? ControlEndpoints.NotFound($"No message has the id '{messageId}'.")
                : Results.Json(new { messageId, bodyReads = store.BodyReads(messageId) }, ControlEndpoints.Json));
        group.MapPost("/mail/{messageId}/auto-reply", async (string messageId, HttpRequest request, SandboxMailStore store) =>
            await ReadTextAsync(request) is { } text
                ? Report(() => Results.Json(store.AutoReply(messageId, text).Select(m => m.ToViewItem()), ControlEndpoints.Json, statusCode: 201))
                : ControlEndpoints.Invalid("The body must be { \"text\": \"…\" }, the automatic reply's text."));
        group.MapPost("/mail/{messageId}/bounce", (string messageId, SandboxMailStore store) =>
            Report(() => Results.Json(store.Bounce(messageId).ToViewItem(), ControlEndpoints.Json, statusCode: 201)));
        group.MapPost("/delta/expire", (SandboxMailStore store) =>
        {
            store.ExpireDeltaTokens();
            return Results.NoContent();
        });
        return group;
    }

    private static IResult Report(Func<IResult> make)
    {
        try
        {
            return make();
        }
        catch (KeyNotFoundException e)
        {
            return ControlEndpoints.NotFound(e.Message);
        }
        catch (InvalidOperationException e)
        {
            return ControlEndpoints.Invalid(e.Message);
        }
    }

    private static async Task<string?> ReadTextAsync(HttpRequest request)
    {
        try
        {
            var body = await System.Text.Json.JsonSerializer.DeserializeAsync<System.Text.Json.JsonElement>(request.Body, ControlEndpoints.Json, request.HttpContext.RequestAborted);
            return GraphJson.String(body, "text");
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
