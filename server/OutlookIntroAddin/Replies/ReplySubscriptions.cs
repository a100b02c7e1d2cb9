using System.Collections.Concurrent;
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
/// A refused subscription (most often Graph could not validate the notification URL) is tried again
/// after an hour, then after twice as long each time up to a day, so an Inbox Graph cannot notify
/// costs little more than its delta per poll interval. That back-off is this instance's own memory.
/// </summary>
public sealed class ReplySubscriptions(Db db, IntrosOptions intros, IServer server, TimeProvider clock, ILogger<ReplySubscriptions> logger,
    GraphClients graph)
{
    /// <summary>Well under Outlook messages' maximum of 10,080 minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    private static readonly TimeSpan RenewWithin = TimeSpan.FromDays(1);

    public static readonly TimeSpan FirstRetry = TimeSpan.FromHours(1);
    public static readonly TimeSpan LastRetry = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string TenantId, string ConnectorId, string Mailbox), (DateTimeOffset Next, TimeSpan Wait)> _refused = new();

    public const string NotificationsPath = "/graph/notifications";
    public const string LifecyclePath = "/graph/lifecycle";

    public static string Hash(string clientState) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientState)));

    /// <summary>
    /// Makes sure the watch has a live subscription. A failed renewal is tried again at the next
    /// catch-up; a refused creation after the back-off above. Either is logged, never thrown.
    /// </summary>
    public async Task EnsureAsync(GraphServiceClient client, ReplyWatch watch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var key = (watch.TenantId, watch.ConnectorId, watch.Mailbox);
        var creating = false;
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
            if (_refused.TryGetValue(key, out var refused) && now < refused.Next) return;
            creating = true;
            var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var origin = intros.PublicBaseUrl.Length > 0 ? intros.PublicBaseUrl.TrimEnd('/') : GraphClients.OwnOrigin(server);
            var created = await client.Subscriptions.PostAsync(new Subscription
            {
                ChangeType = "created",
                // On the connector's behalf their own Inbox is me/…, found by the user whatever their sign-in name.
                Resource = graph.AddressesMe ? "me/mailFolders('Inbox')/messages" : $"users/{watch.Mailbox}/mailFolders('Inbox')/messages",
                NotificationUrl = origin + NotificationsPath,
                LifecycleNotificationUrl = origin + LifecyclePath,
                ClientState = clientState,
                ExpirationDateTime = now + Lifetime,
            }, c => c.Headers.Add("Prefer", GraphMail.ImmutableIds), ct);
            if (created?.Id is not { } createdId) throw new InvalidOperationException("Graph created a subscription without an id.");
            await SaveAsync(watch, createdId, Hash(clientState), (created.ExpirationDateTime ?? now + Lifetime).ToUnixTimeMilliseconds());
            _refused.TryRemove(key, out _);
        }
        catch (Exception e) when (e is ODataError or HttpRequestException)
        {
            if (!creating)
            {
                logger.LogWarning("Could not renew a connector's Inbox subscription ({Error}); trying again at the next catch-up", Why(e));
                return;
            }
            var wait = _refused.TryGetValue(key, out var before) ? Min(before.Wait * 2, LastRetry) : FirstRetry;
            _refused[key] = (now + wait, wait);
            // Commonly the handshake failed (the notification URL is not reachable from Graph); replies are still heard by polling.
            logger.LogWarning("Could not subscribe to a connector's Inbox ({Error}); its replies are heard by delta every poll interval, and subscribing is tried again in {Wait}",
                Why(e), wait);
        }
    }

    /// <summary>A watch ended: nothing about its mailbox is kept.</summary>
    public void Forget(ReplyWatch watch) => _refused.TryRemove((watch.TenantId, watch.ConnectorId, watch.Mailbox), out _);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

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
