using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>The Graph <c>subscription</c> resource as the create-subscription page shows it.</summary>
internal static class SubscriptionJson
{
    public static JsonObject Write(SandboxSubscription s) => new()
    {
        ["id"] = s.Id,
        ["resource"] = s.Resource,
        ["applicationId"] = s.ApplicationId,
        ["changeType"] = s.ChangeType,
        ["clientState"] = s.ClientState,
        ["notificationUrl"] = s.NotificationUrl,
        ["notificationQueryOptions"] = null,
        ["lifecycleNotificationUrl"] = s.LifecycleNotificationUrl,
        ["expirationDateTime"] = Date(s.ExpirationDateTime),
        ["creatorId"] = s.CreatorId,
        ["includeResourceData"] = false,
        ["latestSupportedTlsVersion"] = s.LatestSupportedTlsVersion,
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationUrlAppId"] = null,
        ["notificationContentType"] = "application/json",
    };

    public static JsonObject Entity(SandboxSubscription s, HttpRequest request)
    {
        var json = new JsonObject { ["@odata.context"] = $"{GraphJson.Root(request)}/$metadata#subscriptions/$entity" };
        foreach (var (name, value) in Write(s))
            json[name] = value?.DeepClone();
        return json;
    }

    /// <summary>Graph writes subscription times with seven fraction digits: 2016-11-20T18:23:45.9356913Z.</summary>
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
}
