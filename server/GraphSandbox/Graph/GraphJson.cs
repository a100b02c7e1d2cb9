using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>Reading Graph request bodies and writing Graph-shaped JSON responses.</summary>
internal static class GraphJson
{
    public static IResult Result(JsonNode body, int status = 200) =>
        Results.Content(body.ToJsonString(), "application/json; charset=utf-8", Encoding.UTF8, status);

    /// <summary>Reads the request body; an empty body is an empty object (send and createReply allow it).</summary>
    public static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
            return JsonDocument.Parse("{}").RootElement;
        try
        {
            var root = JsonDocument.Parse(text).RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? root
                : throw new GraphErrorException(400, "BadRequest", "The request body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new GraphErrorException(400, "BadRequest", $"Unable to read JSON request payload. {e.Message}");
        }
    }

    public static string? String(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Graph property names are case-insensitive on input.</summary>
    public static JsonElement? Property(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
        }
        return null;
    }

    /// <summary>The service root the request came in under (e.g. <c>http://host/graph/v1.0</c>), for @odata.context.</summary>
    public static string Root(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var end = new[] { "/users/", "/me/", "/me", "/subscriptions" }
            .Select(marker => path.IndexOf(marker, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(path.Length)
            .Min();
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path[..end]}";
    }

    /// <summary>
    /// <c>$select</c> honoured loosely, as for messages: unselected top-level properties are dropped;
    /// the id and annotations stay, as Graph always returns them.
    /// </summary>
    public static void KeepSelected(JsonObject json, HttpRequest request)
    {
        if (request.Query["$select"].ToString() is not { Length: > 0 } select) return;
        var keep = select.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in json.Select(p => p.Key).Where(k => k != "id" && !k.StartsWith('@') && !keep.Contains(k)).ToList())
            json.Remove(name);
    }

    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'");
}
