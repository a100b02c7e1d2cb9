using System.Buffers.Text;
using System.Text.Json;

namespace GraphSandbox;

/// <summary>
/// What a delta round knows, carried in its <c>$skiptoken</c> (mid-round: <see cref="Upto"/> set) or
/// <c>$deltatoken</c> (round done: <see cref="Since"/> set, Upto not). Bound to one mailbox, one
/// folder and the store's sync generation, and carrying the query options of the first call, as
/// Graph's tokens do.
/// </summary>
internal sealed record DeltaState(
    string Mailbox,
    string Folder,
    string Epoch,
    IReadOnlyList<string>? Select,
    IReadOnlyList<string> Expand,
    int Top,
    DeltaChangeType? ChangeType,
    long? Since,
    long? Upto,
    long After)
{
    public MessageQuery Query() => new(
        Select?.ToHashSet(StringComparer.OrdinalIgnoreCase), Expand, null, Top, 0, "receivedDateTime", true);
}

/// <summary>Opaque tokens (base64url of the state) and the round a request with one belongs to.</summary>
internal static class DeltaToken
{
    public static string Encode(DeltaState state) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(state));

    /// <summary>The round this call continues or starts; throws Graph's errors for tokens it cannot use.</summary>
    public static DeltaState Round(HttpContext http, string mailbox, string folder, SandboxMailStore store)
    {
        var query = http.Request.Query;
        var (skip, delta) = (Option(query, "$skiptoken"), Option(query, "$deltatoken"));
        if (skip is not null && delta is not null)
            throw GraphErrors.BadRequest("Use either $skiptoken or $deltatoken, not both.");
        // An empty $deltatoken is how Graph's 410 Location asks for a fresh full round.
        if (string.IsNullOrEmpty(skip) && string.IsNullOrEmpty(delta))
        {
            var first = MessageQuery.ParseDelta(query);
            return new DeltaState(mailbox, folder, store.Epoch, first.Select?.ToList(), first.ExpandPropertyIds,
                first.Top, ChangeType(query["changeType"].ToString()), Since: null, Upto: store.Sequence, After: 0);
        }
        var state = Decode(skip ?? delta!);
        if (state is null || state.Mailbox != mailbox || state.Folder != folder || (skip is not null) != (state.Upto is not null))
            throw new GraphErrorException(400, "SyncStateInvalid",
                "The sync state is corrupt, or belongs to another mailbox, folder or kind of token.");
        if (state.Epoch != store.Epoch)
        {
            // Graph's synchronization reset: 410 and a Location that starts a full round again.
            http.Response.Headers.Location = Restart(http.Request, state);
            throw new GraphErrorException(410, "SyncStateNotFound",
                "The sync state generation is not found; the delta token has expired. Synchronize again from the start.");
        }
        return skip is not null ? state : state with { Upto = store.Sequence, After = state.Since ?? 0 };
    }

    /// <summary>An absolute link to the same delta function with one token, as Graph writes its links.</summary>
    public static string Link(HttpRequest request, string name, string token) =>
        $"{FunctionUrl(request)}?{name}={Uri.EscapeDataString(token)}";

    private static string Restart(HttpRequest request, DeltaState state)
    {
        var options = new List<string>();
        if (state.Select is { Count: > 0 } select)
            options.Add("$select=" + Uri.EscapeDataString(string.Join(',', select)));
        if (state.ChangeType is { } type)
            options.Add("changeType=" + type.ToString().ToLowerInvariant());
        options.Add("$deltatoken=");
        return $"{FunctionUrl(request)}?{string.Join('&', options)}";
    }

    /// <summary>Graph's links name the function <c>delta</c>, whichever spelling (<c>delta()</c>) the SDK called.</summary>
    private static string FunctionUrl(HttpRequest request)
    {
        var path = request.Path.Value!;
        path = path[..(path.LastIndexOf('/') + 1)] + "delta";
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }

    private static DeltaState? Decode(string token)
    {
        try
        {
            var state = JsonSerializer.Deserialize<DeltaState>(Base64Url.DecodeFromChars(token));
            return state is { Mailbox: not null, Folder: not null, Epoch: not null, Expand: not null } ? state : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static DeltaChangeType? ChangeType(string value) => value.ToLowerInvariant() switch
    {
        "" => null,
        "created" => DeltaChangeType.Created,
        "updated" => DeltaChangeType.Updated,
        "deleted" => DeltaChangeType.Deleted,
        _ => throw GraphErrors.BadRequest($"Invalid changeType '{value}': expected created, updated or deleted."),
    };

    private static string? Option(IQueryCollection query, string name) =>
        query.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } pair
            ? pair.Value.ToString()
            : null;
}
