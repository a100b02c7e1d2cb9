using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>The message routes of Graph v1.0 that the product uses.</summary>
internal static class MessageEndpoints
{
    private static readonly HashSet<string> WellKnownFolders =
        ["inbox", "drafts", "sentitems", "deleteditems", "outbox", "junkemail", "archive"];

    /// <param name="user"><c>/users/{user}</c> or <c>/me</c>.</param>
    public static void Map(RouteGroupBuilder group, string user)
    {
        group.MapPost($"{user}/messages", (HttpContext http, SandboxMailStore store) => CreateDraft(http, store, "drafts"))
            .WithMetadata(new SandboxRoute("createDraft"));
        group.MapPost($"{user}/mailFolders/{{folder}}/messages",
                (HttpContext http, SandboxMailStore store, string folder) => CreateDraft(http, store, folder))
            .WithMetadata(new SandboxRoute("createDraft"));
        group.MapPatch($"{user}/messages/{{messageId}}", Update).WithMetadata(new SandboxRoute("updateMessage"));
        group.MapPost($"{user}/messages/{{messageId}}/send", Send).WithMetadata(new SandboxRoute("send"));
        group.MapPost($"{user}/sendMail", SendMail).WithMetadata(new SandboxRoute("sendMail"));
        group.MapGet($"{user}/messages/{{messageId}}", Get).WithMetadata(new SandboxRoute("getMessage"));
        group.MapGet($"{user}/messages", (HttpContext http, SandboxMailStore store) => List(http, store, null))
            .WithMetadata(new SandboxRoute("listMessages"));
        group.MapGet($"{user}/mailFolders/{{folder}}/messages",
                (HttpContext http, SandboxMailStore store, string folder) => List(http, store, folder))
            .WithMetadata(new SandboxRoute("listMessages"));
        group.MapPost($"{user}/messages/{{messageId}}/createReply", CreateReply).WithMetadata(new SandboxRoute("createReply"));

    }

    internal static string Mailbox(HttpContext http) => (string)http.Items[SandboxFaultFilter.MailboxKey]!;

    internal static string Folder(string folder) =>
        WellKnownFolders.Contains(folder.ToLowerInvariant())
            ? folder.ToLowerInvariant()
            : throw new GraphErrorException(404, "ErrorItemNotFound",
                $"The sandbox knows only the well-known folders ({string.Join(", ", WellKnownFolders)}), not '{folder}'.");

    private static async Task<IResult> CreateDraft(HttpContext http, SandboxMailStore store, string folder)
    {
        var fields = GraphMessageJson.ReadFields(await GraphJson.ReadBodyAsync(http.Request));
        var draft = store.CreateDraft(Mailbox(http), Folder(folder), fields);
        return GraphJson.Result(GraphMessageJson.Write(draft, MessageQuery.Parse(http.Request, collection: false)), 201);
    }

    private static async Task<IResult> Update(HttpContext http, SandboxMailStore store, string messageId)
    {
        var fields = GraphMessageJson.ReadFields(await GraphJson.ReadBodyAsync(http.Request));
        var updated = store.UpdateDraft(Mailbox(http), messageId, fields);
        return GraphJson.Result(GraphMessageJson.Write(updated, MessageQuery.Parse(http.Request, collection: false)));
    }

    private static IResult Send(HttpContext http, SandboxMailStore store, SandboxFaults faults, string messageId)
    {
        var delay = faults.Settings.SendDelayMs;
        if (delay > 0) store.SendLater(Mailbox(http), messageId, TimeSpan.FromMilliseconds(delay));
        else store.Send(Mailbox(http), messageId);
        return Results.Accepted();
    }

    private static async Task<IResult> SendMail(HttpContext http, SandboxMailStore store)
    {
        var body = await GraphJson.ReadBodyAsync(http.Request);
        var message = GraphJson.Property(body, "message") ?? throw GraphErrors.BadRequest("sendMail needs a 'message'.");
        var save = GraphJson.Property(body, "saveToSentItems") switch
        {
            null => true,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.String } s when bool.TryParse(s.GetString(), out var parsed) => parsed,
            _ => throw GraphErrors.BadRequest("saveToSentItems must be true or false."),
        };
        store.SendMail(Mailbox(http), GraphMessageJson.ReadFields(message), save);
        return Results.Accepted();
    }

    private static IResult Get(HttpContext http, SandboxMailStore store, string messageId)
    {
        var query = MessageQuery.Parse(http.Request, collection: false);
        var message = store.Find(Mailbox(http), messageId) ?? throw GraphErrors.NotFound();
        return GraphJson.Result(GraphMessageJson.Read(message, query, store));
    }

    private static IResult List(HttpContext http, SandboxMailStore store, string? folder)
    {
        var query = MessageQuery.Parse(http.Request, collection: true);
        var matching = store.Messages(Mailbox(http), folder is null ? null : Folder(folder))
            .Where(m => query.PropertyFilter is not { } filter
                // Graph matches a string property's value case-insensitively.
                || string.Equals(m.ExtendedProperty(filter.Id), filter.Value, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Func<SandboxMessage, DateTimeOffset> key = query.OrderBy.ToLowerInvariant() switch
        {
            "createddatetime" => m => m.CreatedAt,
            "lastmodifieddatetime" => m => m.LastModifiedAt,
            _ => m => m.SentAt ?? m.CreatedAt,
        };
        var ordered = query.Descending ? matching.OrderByDescending(key) : matching.OrderBy(key);
        var page = ordered.Skip(query.Skip).Take(query.Top).ToList();
        var json = new JsonObject
        {
            ["value"] = new JsonArray(page.Select(m => (JsonNode)GraphMessageJson.Read(m, query, store)).ToArray()),
        };
        if (http.Request.Query.Keys.Any(k => k.Equals("$count", StringComparison.OrdinalIgnoreCase)))
            json["@odata.count"] = matching.Count;
        if (query.Skip + query.Top < matching.Count)
            json["@odata.nextLink"] = NextLink(http.Request, query.Skip + query.Top);
        return GraphJson.Result(json);
    }

    /// <summary>Graph pages with an absolute nextLink; the SDK's PageIterator follows it as is.</summary>
    private static string NextLink(HttpRequest request, int skip)
    {
        var query = request.Query
            .Where(p => !p.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
            .Append(KeyValuePair.Create("$skip", (string?)skip.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }

    private static async Task<IResult> CreateReply(HttpContext http, SandboxMailStore store, string messageId)
    {
        var body = await GraphJson.ReadBodyAsync(http.Request);
        var fields = GraphJson.Property(body, "message") is { } message
            ? GraphMessageJson.ReadFields(message)
            : MessageFields.None;
        var reply = store.CreateReply(Mailbox(http), messageId, fields, GraphJson.String(body, "comment"));
        return GraphJson.Result(GraphMessageJson.Write(reply, MessageQuery.Parse(http.Request, collection: false)), 201);
    }
}
