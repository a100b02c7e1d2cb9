using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>The changeNotificationCollection payloads Graph POSTs to webhooks.</summary>
internal static class NotificationJson
{
    /// <summary>
    /// A message created in the watched folder, without resource data: enough to GET it. Graph names
    /// the user by object id; the sandbox has only addresses, which <c>users/{id}</c> accepts too.
    /// </summary>
    public static JsonObject Created(SandboxSubscription s, SandboxArrival arrival)
    {
        var id = SandboxIds.For(arrival.Message, s.ImmutableIds);
        var resource = $"Users/{arrival.Message.Mailbox}/Messages/{id}";
        return Collection(new JsonObject
        {
            ["id"] = NotificationId(),
            ["subscriptionId"] = s.Id,
            ["subscriptionExpirationDateTime"] = SubscriptionJson.Date(s.ExpirationDateTime),
            ["changeType"] = "created",
            ["resource"] = resource,
            ["resourceData"] = new JsonObject
            {
                ["@odata.type"] = "#Microsoft.Graph.Message",
                ["@odata.id"] = resource,
                ["@odata.etag"] = $"W/\"CQAAABYAAAA{arrival.Sequence}\"",
                ["id"] = id,
            },
            ["clientState"] = s.ClientState,
            ["tenantId"] = s.TenantId,
        });
    }

    /// <summary>A lifecycle notification: about the subscription, so no resource.</summary>
    public static JsonObject Lifecycle(SandboxSubscription s, SandboxLifecycleEvent lifecycleEvent) => Collection(new JsonObject
    {
        ["subscriptionId"] = s.Id,
        ["subscriptionExpirationDateTime"] = SubscriptionJson.Date(s.ExpirationDateTime),
        ["tenantId"] = s.TenantId,
        ["clientState"] = s.ClientState,
        ["lifecycleEvent"] = lifecycleEvent switch
        {
            SandboxLifecycleEvent.ReauthorizationRequired => "reauthorizationRequired",
            SandboxLifecycleEvent.SubscriptionRemoved => "subscriptionRemoved",
            _ => "missed",
        },
    });

    private static JsonObject Collection(JsonObject notification) => new() { ["value"] = new JsonArray(notification) };

    private static string NotificationId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('/', '-').Replace('+', '_');
}
