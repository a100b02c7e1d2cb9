namespace GraphSandbox;

/// <summary>Control routes about single messages: how often their text was read.</summary>
internal static class MailControlEndpoints
{
    public static RouteGroupBuilder MapMailControl(this RouteGroupBuilder group)
    {
        group.MapGet("/body-reads", (SandboxMailStore store) => Results.Json(store.BodyReadCounts(), ControlEndpoints.Json));
        group.MapGet("/mail/{messageId}/body-reads", (string messageId, SandboxMailStore store) =>
            store.Find(messageId) is null
                ? ControlEndpoints.NotFound($"No message has the id '{messageId}'.")
                : Results.Json(new { messageId, bodyReads = store.BodyReads(messageId) }, ControlEndpoints.Json));
        return group;
    }
}
