using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>
/// <c>GET /me</c> and <c>GET /users/{id}</c>: the user as Graph's user resource names them, with the
/// properties a mail app reads (https://learn.microsoft.com/graph/api/user-get): <c>mail</c> is the
/// mailbox's address, <c>userPrincipalName</c> the sign-in name, which may differ.
/// </summary>
internal static class UserEndpoints
{
    public static void Map(RouteGroupBuilder group, string user) =>
        group.MapGet(user, Get).WithMetadata(new SandboxRoute("getUser"));

    private static IResult Get(HttpContext http, SandboxOptions options)
    {
        var mailbox = MessageEndpoints.Mailbox(http);
        var call = SandboxCallers.Read(http, mailbox);
        // The sign-in name: the URL's, else the token's; an address that is nobody's sign-in name stands for itself.
        var named = http.Request.RouteValues.TryGetValue("user", out var user) && user is string { Length: > 0 } id ? id : call.User ?? mailbox;
        var upn = options.MailAddresses.Keys.FirstOrDefault(k => options.MailboxOf(k) == mailbox) ?? named;
        var json = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.user",
            ["id"] = call.ObjectId ?? mailbox,
            ["userPrincipalName"] = upn,
            ["mail"] = mailbox,
            ["displayName"] = options.DisplayNames.GetValueOrDefault(mailbox) ?? upn,
        };
        GraphJson.KeepSelected(json, http.Request);
        return GraphJson.Result(json);
    }
}
