using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphSandbox;

/// <summary>The body of <c>POST /subscriptions</c>, checked as Graph checks it before any validation request goes out.</summary>
internal sealed partial record SubscriptionRequest(
    string Resource,
    string Mailbox,
    string ChangeType,
    string NotificationUrl,
    string? LifecycleNotificationUrl,
    string? ClientState,
    DateTimeOffset ExpirationDateTime,
    string LatestSupportedTlsVersion)
{
    /// <summary>Outlook messages: 10,080 minutes (under 7 days) on the subscription resource page.</summary>
    public const int MaxLifetimeMinutes = 10_080;

    /// <summary>The subscription resource page: clientState is at most 128 characters.</summary>
    public const int MaxClientStateLength = 128;

    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    /// <param name="tokenUser">The caller's own mailbox, which a <c>me/…</c> resource means.</param>
    public static SubscriptionRequest Parse(JsonElement body, DateTimeOffset now, string? tokenUser)
    {
        if (GraphJson.Property(body, "includeResourceData") is { ValueKind: JsonValueKind.True })
            throw GraphErrors.BadRequest("The Graph sandbox does not support includeResourceData (encrypted resource data).");
        var resource = Required(body, "resource");
        var match = ResourcePattern().Match(resource);
        if (!match.Success)
            throw new GraphErrorException(400, "InvalidRequest",
                $"The Graph sandbox supports subscriptions to users/{{id}}/mailFolders('inbox')/messages or me/mailFolders('inbox')/messages, not '{resource}'.");
        var user = match.Groups["user"].Success ? match.Groups["user"].Value
            : tokenUser ?? throw GraphErrors.BadRequest("/me request is only valid with delegated authentication flow.");
        var changeType = Required(body, "changeType");
        if (changeType.Split(',', StringSplitOptions.TrimEntries).Any(c => !ChangeTypes.Contains(c, StringComparer.OrdinalIgnoreCase)))
            throw new GraphErrorException(400, "InvalidRequest", $"Invalid changeType '{changeType}': expected created, updated or deleted, comma-separated.");
        var clientState = GraphJson.String(body, "clientState");
        if (clientState is { Length: > MaxClientStateLength })
            throw new GraphErrorException(400, "InvalidRequest", $"clientState is longer than the maximum of {MaxClientStateLength} characters.");
        return new SubscriptionRequest(
            resource,
            SandboxMailStore.Normalize(Uri.UnescapeDataString(user)),
            changeType,
            Url(body, "notificationUrl", required: true)!,
            Url(body, "lifecycleNotificationUrl", required: false),
            clientState,
            Expiration(body, now),
            GraphJson.String(body, "latestSupportedTlsVersion") ?? "v1_2");
    }

    /// <summary>The new expiration of a create or a renewal: in the future, and at most 10,080 minutes away.</summary>
    public static DateTimeOffset Expiration(JsonElement body, DateTimeOffset now)
    {
        var text = Required(body, "expirationDateTime");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiration))
            throw new GraphErrorException(400, "InvalidRequest", $"expirationDateTime '{text}' is not a date and time.");
        if (expiration <= now)
            throw new GraphErrorException(400, "ExtensionError", "Subscription expiration must be in the future.");
        if (expiration > now.AddMinutes(MaxLifetimeMinutes))
            throw new GraphErrorException(400, "ExtensionError", $"Subscription expiration can only be {MaxLifetimeMinutes} minutes in the future.");
        return expiration.ToUniversalTime();
    }

    public static string? Url(JsonElement body, string name, bool required)
    {
        var text = required ? Required(body, name) : GraphJson.String(body, name);
        if (text is null)
            return null;
        // Graph insists on https; the sandbox serves loopback hosts and tests without TLS, so http is accepted too.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new GraphErrorException(400, "InvalidRequest", $"{name} must be an absolute https URL, not '{text}'.");
        return text;
    }

    private static string Required(JsonElement body, string name) =>
        GraphJson.String(body, name) is { Length: > 0 } value
            ? value
            : throw new GraphErrorException(400, "InvalidRequest", $"{name} is a required property for subscription creation.");

    [GeneratedRegex(@"^/?(?:me|users/(?<user>[^/('""]+)|users\('(?<user>[^']+)'\))/mailFolders(?:\('inbox'\)|/inbox)/messages$", RegexOptions.IgnoreCase)]
    private static partial Regex ResourcePattern();
}
