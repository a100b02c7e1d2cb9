using System.Buffers.Text;
using System.Text.Json;

namespace GraphSandbox;

/// <summary>Whose mailbox a request is for: the <c>{user}</c> in the URL, or for <c>/me</c> the bearer token's user.</summary>
internal static class MailboxResolver
{
    public static string? Resolve(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<SandboxOptions>();
        if (http.Request.RouteValues.TryGetValue("user", out var user) && user is string { Length: > 0 } id)
            return options.MailboxOf(id);
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return null;
        var token = header["Bearer ".Length..].Trim();
        // '@' never occurs in a JWT (base64url), so a token with one is a bare address.
        if (token.Contains('@'))
            return options.MailboxOf(token);
        return UserOfJwt(token) is { } name ? options.MailboxOf(name) : null;
    }

    /// <summary>
    /// Reads the user from a JWT payload WITHOUT validating it: the sandbox trusts its caller, and
    /// the main app validates tokens before it ever talks to Graph.
    /// </summary>
    private static string? UserOfJwt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
            return null;
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            foreach (var claim in new[] { "preferred_username", "upn" })
            {
                if (payload.RootElement.TryGetProperty(claim, out var value) && value.GetString() is { Length: > 0 } name)
                    return name;
            }
            return null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
