using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// The Graph subscription of a watched Inbox (notifications mode): created with a random clientState
/// of which only the SHA-256 is stored, renewed when less than a day remains, deleted when the
/// mailbox has nobody left waiting. Without one the delta catch-up still runs every poll interval.
/// </summary>
public sealed class ReplySubscriptions(Db db, IntrosOptions intros, IServer server, TimeProvider clock, ILogger<ReplySubscriptions> logger)
{
    /// <summary>Well under Outlook messages' maximum of 10,080 minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    private static readonly TimeSpan RenewWithin = TimeSpan.FromDays(1);

    public const string NotificationsPath = "/graph/notifications";
    public const string LifecyclePath = "/graph/lifecycle";

    public static string Hash(string clientState) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientState)));

    /// <summary>Makes sure the watch has a live subscription; a failure is logged and tried again at the next catch-up.</summary>
    public async Task EnsureAsync(GraphServiceClient client, ReplyWatch watch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            if (watch.SubscriptionId is { } id && watch.SubscriptionExpiresAt is { } expires)
            {
                if (expires - now.ToUnixTimeMilliseconds() > (long)RenewWithin.TotalMilliseconds) return;
                try
                {
                    var renewed = await client.Subscriptions[id].PatchAsync(new Subscription { ExpirationDateTime = now + Lifetime }, cancellationToken: ct);
                    await SaveAsync(watch, id, null, (renewed?.ExpirationDateTime ?? now + Lifetime).ToUnixTimeMilliseconds());
                    return;
                }
                catch (ODataError e) when (e.ResponseStatusCode == 404)
                {
                    // Expired or removed on Graph's side: a new one, and this catch-up covers the gap.
                }
            }
            var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var origin = intros.PublicBaseUrl.Length > 0 ? intros.PublicBaseUrl.TrimEnd('/') : GraphClients.OwnOrigin(server);
            var created = await client.Subscriptions.PostAsync(new Subscription
            {
                ChangeType = "created",
                Resource = $"users/{watch.Mailbox}/mailFolders('Inbox')/messages",
                NotificationUrl = origin + NotificationsPath,
                LifecycleNotificationUrl = origin + LifecyclePath,
                ClientState = clientState,
                ExpirationDateTime = now + Lifetime,
            }, cancellationToken: ct);
            if (created?.Id is not { } createdId) throw new InvalidOperationException("Graph created a subscription without an id.");
            await SaveAsync(watch, createdId, Hash(clientState), (created.ExpirationDateTime ?? now + Lifetime).ToUnixTimeMilliseconds());
        }
        catch (Exception e) when (e is ODataError or HttpRequestException)
        {
            // Commonly the handshake failed (the notification URL is not reachable from Graph); replies are still heard by polling.
            logger.LogWarning("Could not subscribe to a connector's Inbox ({Error}); its replies are heard by delta every poll interval", Why(e));
        }
    }

    /// <summary>
    /// Deletes the subscription of a watch that ended. One already gone is fine; one that cannot be
    /// deleted now lapses within <see cref="Lifetime"/>, and its notifications match no watch meanwhile.
    /// </summary>
    public async Task DeleteAsync(GraphServiceClient client, string subscriptionId, CancellationToken ct)
    {
        try
        {
            await client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
        }
        catch (Exception e) when (e is ODataError or HttpRequestException)
        {
            logger.LogWarning("Could not delete subscription {Subscription} ({Error}); it lapses on its own", subscriptionId, Why(e));
        }
    }

    private async Task SaveAsync(ReplyWatch watch, string id, string? hash, long expiresAt)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            """
            UPDATE reply_watches SET subscription_id = @id, client_state_hash = COALESCE(@hash, client_state_hash), subscription_expires_at = @expiresAt
            WHERE tenant_id = @TenantId AND connector_id = @ConnectorId AND mailbox = @Mailbox
            """, new { id, hash, expiresAt, watch.TenantId, watch.ConnectorId, watch.Mailbox });
    }

    /// <summary>Graph's status and error code, never its message, which may quote an address.</summary>
    private static string Why(Exception e) => e is ODataError odata
        ? $"{odata.ResponseStatusCode} {odata.Error?.Code ?? "no error code"}"
        : e.GetType().Name;
}
