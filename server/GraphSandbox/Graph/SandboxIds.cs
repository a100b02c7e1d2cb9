using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphSandbox;

/// <summary>
/// Exchange's two item id formats as Graph hands them out
/// (https://learn.microsoft.com/graph/outlook-immutable-id): by default a message's id is its REST
/// id, which changes when the message moves to another folder (a sent draft moves to Sent Items);
/// a caller that sends <c>Prefer: IdType="ImmutableId"</c> gets the immutable id, which stays.
/// Graph accepts either format in a URL. The store keys messages by the immutable id; a REST id
/// here is the folder and that id, so a REST id from before a move no longer finds the message.
/// </summary>
internal static class SandboxIds
{
    private const string RestPrefix = "AQMkAD";

    public static bool PrefersImmutable(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v?.Replace("\"", "").Contains("IdType=ImmutableId", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The id a response gives for <paramref name="m"/>: immutable only when asked for.</summary>
    public static string For(SandboxMessage m, bool immutable) => immutable ? m.Id : Rest(m.Folder, m.Id);

    public static string Rest(string folder, string immutableId) =>
        RestPrefix + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{folder.ToLowerInvariant()}/{immutableId}"));

    /// <summary>
    /// The immutable id a URL's id stands for: itself when it is one; the message of a REST id while
    /// it is still in the folder the id was given for; else the id unchanged, which finds nothing.
    /// </summary>
    public static string Resolve(string id, SandboxMailStore store)
    {
        if (!id.StartsWith(RestPrefix, StringComparison.Ordinal) || store.Find(id) is not null) return id;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(id[RestPrefix.Length..]));
        }
        catch (FormatException)
        {
            return id;
        }
        var slash = decoded.IndexOf('/');
        if (slash <= 0) return id;
        var immutable = decoded[(slash + 1)..];
        return store.Find(immutable) is { } m && m.Folder.Equals(decoded[..slash], StringComparison.OrdinalIgnoreCase) ? immutable : id;
    }
}

/// <summary>Turns a route's <c>{messageId}</c>, in either format, into the immutable id the store knows.</summary>
internal sealed class SandboxIdFilter(SandboxMailStore store) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues["messageId"] is string routeId)
        {
            var resolved = SandboxIds.Resolve(routeId, store);
            for (var i = 0; i < context.Arguments.Count; i++)
            {
                if (context.Arguments[i] is string argument && argument == routeId) context.Arguments[i] = resolved;
            }
        }
        return next(context);
    }
}
