using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Graph's webhooks: anonymous, outside /api. Each answers the validation handshake, checks every
/// notification's clientState against the stored hash in constant time, and does no more than make
/// that Inbox's catch-up due and wake the reply loop, so Graph gets its 202 at once.
/// </summary>
public static class ReplyNotificationsApi
{
    public static void MapReplies(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(ReplySubscriptions.NotificationsPath, (HttpContext http, ReplyWatches watches, InboxSignal work, TimeProvider clock, ILoggerFactory logs) =>
            HandleAsync(http, watches, work, clock, logs.CreateLogger(typeof(ReplyNotificationsApi)), lifecycle: false))
            .AllowAnonymous().ExcludeFromDescription();
        routes.MapPost(ReplySubscriptions.LifecyclePath, (HttpContext http, ReplyWatches watches, InboxSignal work, TimeProvider clock, ILoggerFactory logs) =>
            HandleAsync(http, watches, work, clock, logs.CreateLogger(typeof(ReplyNotificationsApi)), lifecycle: true))
            .AllowAnonymous().ExcludeFromDescription();
        routes.MapReplyReview();
        routes.MapConversationLookup();
    }

    private const int MaxBodyBytes = 1024 * 1024;

    private static async Task<IResult> HandleAsync(HttpContext http, ReplyWatches watches, InboxSignal work, TimeProvider clock, ILogger logger, bool lifecycle)
    {
        if (http.Request.Query["validationToken"] is { Count: 1 } token)
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
        if (http.Request.ContentLength is > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
                return Results.BadRequest();
            var woke = false;
            foreach (var notification in value.EnumerateArray())
            {
                if (notification.ValueKind != JsonValueKind.Object) continue;
                var subscriptionId = Text(notification, "subscriptionId");
                var clientState = Text(notification, "clientState");
                if (subscriptionId is null || await watches.BySubscriptionAsync(subscriptionId) is not { Hash: { } hash } || !Matches(clientState, hash))
                {
                    // Never the clientState itself: a forged one is still somebody's guess at a secret.
                    logger.LogWarning("Ignored a Graph notification whose clientState does not match subscription {Subscription}", subscriptionId);
                    continue;
                }
                var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                var lifecycleEvent = lifecycle ? Text(notification, "lifecycleEvent") : null;
                if (lifecycleEvent is not null) logger.LogInformation("Graph lifecycle event {Event} for subscription {Subscription}", lifecycleEvent, subscriptionId);
                await watches.DueNowAsync(subscriptionId, now,
                    renew: lifecycleEvent == "reauthorizationRequired", resubscribe: lifecycleEvent == "subscriptionRemoved");
                woke = true;
            }
            if (woke) work.Wake();
            return Results.Accepted();
        }
    }

    private static bool Matches(string? clientState, string storedHash) =>
        clientState is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ReplySubscriptions.Hash(clientState)), Encoding.ASCII.GetBytes(storedHash));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
