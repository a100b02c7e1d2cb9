using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraphSandbox;

/// <summary>The Graph <c>message</c> resource, in and out.</summary>
internal static partial class GraphMessageJson
{
    public static MessageFields ReadFields(JsonElement message)
    {
        var body = GraphJson.Property(message, "body");
        return new MessageFields
        {
            Subject = GraphJson.String(message, "subject"),
            BodyContent = body is { } b ? GraphJson.String(b, "content") ?? "" : null,
            BodyContentType = body is { } t ? ContentType(GraphJson.String(t, "contentType")) : null,
            From = GraphJson.Property(message, "from") is { } from ? Recipient(from) : null,
            To = Recipients(message, "toRecipients"),
            Cc = Recipients(message, "ccRecipients"),
            Bcc = Recipients(message, "bccRecipients"),
            ReplyTo = Recipients(message, "replyTo"),
            ExtendedProperties = ExtendedProperties(message),
        };
    }

    private static string ContentType(string? value) => value?.ToLowerInvariant() switch
    {
        null or "text" => "text",
        "html" => "html",
        _ => throw GraphErrors.BadRequest($"Invalid body contentType '{value}': expected 'text' or 'html'."),
    };

    private static List<SandboxRecipient>? Recipients(JsonElement message, string name)
    {
        if (GraphJson.Property(message, name) is not { } array)
            return null;
        if (array.ValueKind != JsonValueKind.Array)
            throw GraphErrors.BadRequest($"'{name}' must be an array of recipients.");
        return array.EnumerateArray().Select(Recipient).ToList();
    }

    private static SandboxRecipient Recipient(JsonElement recipient)
    {
        var email = GraphJson.Property(recipient, "emailAddress");
        var address = email is { } e ? GraphJson.String(e, "address") : null;
        if (string.IsNullOrWhiteSpace(address))
            throw new GraphErrorException(400, "ErrorInvalidRecipients", "A recipient has no emailAddress.address.");
        var name = GraphJson.String(email!.Value, "name");
        // Exchange shows an unresolved external address as its own display name.
        return new SandboxRecipient(string.IsNullOrWhiteSpace(name) ? address : name, address.Trim());
    }

    private static List<KeyValuePair<string, string>>? ExtendedProperties(JsonElement message)
    {
        if (GraphJson.Property(message, "singleValueExtendedProperties") is not { ValueKind: JsonValueKind.Array } array)
            return null;
        return array.EnumerateArray()
            .Select(p => KeyValuePair.Create(
                GraphJson.String(p, "id") ?? throw GraphErrors.BadRequest("An extended property has no id."),
                GraphJson.String(p, "value") ?? ""))
            .ToList();
    }

    public static JsonObject Write(SandboxMessage m, MessageQuery query)
    {
        // Graph fills sentDateTime even on drafts; isDraft is what says whether it went out.
        var sentOrCreated = m.SentAt ?? m.CreatedAt;
        var json = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.message",
            ["id"] = SandboxIds.For(m, query.ImmutableIds),
            ["createdDateTime"] = GraphJson.Date(m.CreatedAt),
            ["lastModifiedDateTime"] = GraphJson.Date(m.LastModifiedAt),
            ["receivedDateTime"] = GraphJson.Date(sentOrCreated),
            ["sentDateTime"] = GraphJson.Date(sentOrCreated),
            ["hasAttachments"] = false,
            ["internetMessageId"] = m.InternetMessageId,
            ["subject"] = m.Subject,
            ["bodyPreview"] = Preview(m),
            ["importance"] = "normal",
            // Well-known names are valid folder ids in Graph URLs, so this one round-trips.
            ["parentFolderId"] = m.Folder,
            ["conversationId"] = m.ConversationId,
            ["isRead"] = m.Folder != "inbox",
            ["isDraft"] = m.IsDraft,
            ["body"] = new JsonObject { ["contentType"] = m.BodyContentType, ["content"] = m.Body },
            ["sender"] = m.From is { } sender ? Recipient(sender) : null,
            ["from"] = m.From is { } from ? Recipient(from) : null,
            ["toRecipients"] = Recipients(m.To),
            ["ccRecipients"] = Recipients(m.Cc),
            ["bccRecipients"] = Recipients(m.Bcc),
            ["replyTo"] = Recipients(m.ReplyTo),
            ["flag"] = new JsonObject { ["flagStatus"] = "notFlagged" },
        };
        if (query.Select is { } select)
        {
            foreach (var name in json.Select(p => p.Key).ToList())
            {
                if (name != "id" && !name.StartsWith('@') && !select.Contains(name))
                    json.Remove(name);
            }
        }
        AddSelectOnly(json, m, query);
        var expanded = query.ExpandPropertyIds
            .Select(id => (id, value: m.ExtendedProperty(id)))
            .Where(p => p.value is not null)
            .Select(p => (JsonNode)new JsonObject { ["id"] = ExtendedPropertyIds.Canonical(p.id), ["value"] = p.value })
            .ToArray();
        // Graph omits the collection when none of the requested properties is set.
        if (expanded.Length > 0)
            json["singleValueExtendedProperties"] = new JsonArray(expanded);
        return json;
    }

    /// <summary>
    /// Properties Graph returns only when $select names them. Transport headers exist only on a
    /// copy that went through transport: drafts and sent items have none.
    /// </summary>
    private static void AddSelectOnly(JsonObject json, SandboxMessage m, MessageQuery query)
    {
        if (query.Select is not { } select)
            return;
        if (select.Contains("uniqueBody"))
            json["uniqueBody"] = new JsonObject { ["contentType"] = m.BodyContentType, ["content"] = m.UniqueBody ?? m.Body };
        if (select.Contains("internetMessageHeaders") && m.Received)
        {
            json["internetMessageHeaders"] = new JsonArray(m.InternetMessageHeaders
                .Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value }).ToArray());
        }
    }

    /// <summary>A message as a GET, list or delta returns it, counting the read when it carries the text.</summary>
    public static JsonObject Read(SandboxMessage m, MessageQuery query, SandboxMailStore store)
    {
        var json = Write(m, query);
        if (json.ContainsKey("body") || json.ContainsKey("uniqueBody"))
            store.CountBodyRead(m.Id);
        return json;
    }

    private static JsonObject Recipient(SandboxRecipient r) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = r.Name ?? r.Address, ["address"] = r.Address } };

    private static JsonArray Recipients(IEnumerable<SandboxRecipient> list) =>
        new(list.Select(r => (JsonNode)Recipient(r)).ToArray());

    private static string Preview(SandboxMessage m)
    {
        var text = m.BodyContentType == "html"
            ? System.Net.WebUtility.HtmlDecode(Tags().Replace(m.Body, " "))
            : m.Body;
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
