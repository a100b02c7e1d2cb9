using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary><c>GET /users/{id}/mailFolders/{folder}/messages/delta</c>: a folder's messages, then only what changed.</summary>
internal static class DeltaEndpoints
{
    /// <summary>Graph's default page for messages; <c>Prefer: odata.maxpagesize</c> or $top change it.</summary>
    private const int MaxPageSize = 1000;

    /// <param name="user"><c>/users/{user}</c> or <c>/me</c>.</param>
    public static void Map(RouteGroupBuilder group, string user)
    {
        // The SDK calls delta() (an OData function); Graph's own links say delta.
        foreach (var function in new[] { "delta", "delta()", "microsoft.graph.delta", "microsoft.graph.delta()" })
        {
            group.MapGet($"{user}/mailFolders/{{folder}}/messages/{function}", Delta)
                .WithMetadata(new SandboxRoute("delta"));
        }
    }

    private static IResult Delta(HttpContext http, SandboxMailStore store, string folder)
    {
        var mailbox = MessageEndpoints.Mailbox(http);
        var name = MessageEndpoints.Folder(folder);
        var round = DeltaToken.Round(http, mailbox, name, store);
        var (page, more) = store.Changes(mailbox, name, round.Since, round.Upto!.Value, round.After, round.ChangeType, PageSize(http, round.Top));
        var query = round.Query() with { ImmutableIds = SandboxIds.PrefersImmutable(http.Request) };
        var json = new JsonObject
        {
            ["@odata.context"] = $"{GraphJson.Root(http.Request)}/$metadata#Collection(message)",
        };
        if (more)
            json["@odata.nextLink"] = DeltaToken.Link(http.Request, "$skiptoken", DeltaToken.Encode(round with { After = page[^1].Sequence }));
        else
            json["@odata.deltaLink"] = DeltaToken.Link(http.Request, "$deltatoken", DeltaToken.Encode(round with { Since = round.Upto, Upto = null, After = 0 }));
        json["value"] = new JsonArray(page.Select(change => Item(change, query, store, name)).ToArray());
        return GraphJson.Result(json);
    }

    private static JsonNode Item(DeltaChange change, MessageQuery query, SandboxMailStore store, string folder)
    {
        if (change.Message is not { } message)
        {
            return new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.message",
                // A removed message has the id it had in this folder.
                ["id"] = query.ImmutableIds ? change.Id : SandboxIds.Rest(folder, change.Id),
                ["@removed"] = new JsonObject { ["reason"] = "deleted" },
            };
        }
        var json = GraphMessageJson.Read(message, query, store);
        json["@odata.etag"] = $"W/\"CQAAABYAAAA{change.Sequence}\"";
        return json;
    }

    /// <summary><c>Prefer: odata.maxpagesize=N</c>, echoed in Preference-Applied as Graph does; else $top.</summary>
    private static int PageSize(HttpContext http, int top)
    {
        foreach (var part in http.Request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',')))
        {
            var preference = part.Trim();
            const string name = "odata.maxpagesize=";
            if (!preference.StartsWith(name, StringComparison.OrdinalIgnoreCase) || !int.TryParse(preference[name.Length..], out var size) || size < 1)
                continue;
            var applied = Math.Min(size, MaxPageSize);
            http.Response.Headers.Append("Preference-Applied", $"odata.maxpagesize={applied}");
            return applied;
        }
        return top;
    }
}
