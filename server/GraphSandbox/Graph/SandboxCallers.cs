using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;

namespace GraphSandbox;

/// <summary>Who called the sandbox: the bearer token's claims, read as Graph would see them.</summary>
public sealed record SandboxCall(string Method, string Path, string? Mailbox, string Token, string? TenantId, string? ObjectId,
    string? User, string? IdentityType, string? AppId, string? Scopes, IReadOnlyList<string> Roles);

/// <summary>
/// Every Graph request's caller, and in strict mode (<see cref="SandboxOptions.RequireMailboxOwner"/>)
/// Graph's own rule: a user's token reaches only that user's mailbox, an app's token only the
/// mailboxes its Exchange Online RBAC for Applications scope allows. Tokens are not
/// signature-checked here; the identity provider that minted them is the test's to check.
/// </summary>
public sealed class SandboxCallers
{
    private readonly ConcurrentQueue<SandboxCall> _calls = new();

    public IReadOnlyList<SandboxCall> Calls => _calls.ToArray();

    internal void Record(SandboxCall call) => _calls.Enqueue(call);

    internal static SandboxCall Read(HttpContext http, string? mailbox)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        JsonElement? payload = null;
        var parts = token.Split('.');
        if (parts.Length == 3)
        {
            try { payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement; }
            catch (Exception e) when (e is FormatException or JsonException) { }
        }
        string? Claim(string name) => payload is { } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var roles = payload is { } r && r.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
        return new SandboxCall(http.Request.Method, http.Request.Path, mailbox, token, Claim("tid"), Claim("oid"),
            Claim("preferred_username") ?? Claim("upn"), Claim("idtyp"), Claim("appid") ?? Claim("azp"), Claim("scp"), roles);
    }
}

internal sealed class SandboxCallerFilter(SandboxCallers callers, SandboxOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // /users/{user}'s mailbox, or for /me the token's user's.
        var mailbox = MailboxResolver.Resolve(http);
        var call = SandboxCallers.Read(http, mailbox);
        callers.Record(call);
        if (!options.RequireMailboxOwner) return await next(context);
        // /subscriptions names its mailbox in the body: the handler applies the rule once it knows which.
        if (http.GetEndpoint()?.Metadata.GetMetadata<SandboxRoute>() is { TenantWide: true })
            return call is { Scopes: not null, User: not null } || call.Roles.Count > 0 ? await next(context) : Unauthorized(http);
        return Deny(call, mailbox, options, http) ?? await next(context);
    }

    /// <summary>The error Graph answers when this caller may not reach <paramref name="mailbox"/>; null when it may.</summary>
    internal static IResult? Deny(SandboxCall call, string? mailbox, SandboxOptions options, HttpContext http)
    {
        if (!options.RequireMailboxOwner) return null;
        if (call.Scopes is not null && call.User is { } owner)
        {
            if (mailbox is null || mailbox == options.MailboxOf(owner)) return null;
            return GraphErrors.Result(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", http);
        }
        if (call.Roles.Count > 0 && mailbox is not null)
        {
            if (options.AppMailboxScope is not { } scope || scope.Contains(mailbox, StringComparer.OrdinalIgnoreCase)) return null;
            return GraphErrors.Result(403, "ErrorAccessDenied", "Access to OData is disabled: the application's RBAC scope does not include this mailbox.", http);
        }
        return Unauthorized(http);
    }

    private static IResult Unauthorized(HttpContext http) =>
        GraphErrors.Result(401, "InvalidAuthenticationToken", "Access token is empty or not a Graph token of a user or an application.", http);
}
