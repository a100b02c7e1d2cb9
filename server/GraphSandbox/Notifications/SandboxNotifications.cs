using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace GraphSandbox;

/// <summary>The lifecycle notifications Graph sends to a subscription's lifecycleNotificationUrl.</summary>
public enum SandboxLifecycleEvent { ReauthorizationRequired, SubscriptionRemoved, Missed }

/// <summary>What became of one subscription's notifications; lifecycle ones are counted apart.</summary>
public sealed record SandboxNotificationCounts(
    string SubscriptionId, int Delivered, int Failed, int Dropped, int Retried, int Pending, int LifecycleDelivered, int LifecycleFailed);

/// <summary>
/// Change notifications, queued when a message enters a subscribed Inbox and POSTed in the
/// background (<see cref="NotificationDispatcher"/>), never inside the request that sent the mail.
/// Also the control surface tests use: drop notifications, raise lifecycle events, read counts.
/// </summary>
public sealed class SandboxNotifications
{
    private readonly Channel<Delivery> _queue = Channel.CreateUnbounded<Delivery>();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxNotificationCounts> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SandboxSubscriptions _subscriptions;
    private int _dropNext;

    public SandboxNotifications(SandboxMailStore store, SandboxSubscriptions subscriptions)
    {
        _subscriptions = subscriptions;
        store.Arrived += Notify;
        store.Emptied += Clear;
    }

    /// <summary>The next <paramref name="count"/> change notifications, of any subscription, are never sent: a missed notification.</summary>
    public void DropNext(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_lock)
            _dropNext += count;
    }

    public int PendingDrops
    {
        get { lock (_lock) return _dropNext; }
    }

    /// <summary>
    /// Queues a lifecycle notification to the subscription's lifecycleNotificationUrl.
    /// subscriptionRemoved deletes the subscription first, as Graph has by the time it says so;
    /// reauthorizationRequired marks it until it is reauthorized or renewed.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No live subscription has that id.</exception>
    /// <exception cref="InvalidOperationException">The subscription has no lifecycleNotificationUrl.</exception>
    public void SendLifecycleEvent(string subscriptionId, SandboxLifecycleEvent lifecycleEvent)
    {
        var subscription = _subscriptions.Find(subscriptionId)
            ?? throw new KeyNotFoundException($"No live subscription has the id '{subscriptionId}'.");
        var url = subscription.LifecycleNotificationUrl
            ?? throw new InvalidOperationException($"Subscription '{subscriptionId}' has no lifecycleNotificationUrl: Graph sends it no lifecycle notifications.");
        subscription = lifecycleEvent switch
        {
            SandboxLifecycleEvent.SubscriptionRemoved => _subscriptions.Remove(subscriptionId) ?? subscription,
            SandboxLifecycleEvent.ReauthorizationRequired => _subscriptions.Update(subscriptionId, s => s with { ReauthorizationRequired = true }) ?? subscription,
            _ => subscription,
        };
        Enqueue(new Delivery(subscription.Id, url, NotificationJson.Lifecycle(subscription, lifecycleEvent), Lifecycle: true));
    }

    public SandboxNotificationCounts Counts(string subscriptionId)
    {
        lock (_lock)
            return _counts.GetValueOrDefault(subscriptionId) ?? new(subscriptionId, 0, 0, 0, 0, 0, 0, 0);
    }

    /// <summary>Counts of every subscription that ever had a notification, deleted ones included.</summary>
    public IReadOnlyList<SandboxNotificationCounts> AllCounts()
    {
        lock (_lock)
            return _counts.Values.ToList();
    }

    internal ChannelReader<Delivery> Queue => _queue.Reader;

    internal void Finished(Delivery delivery, bool delivered, int retries) => Count(delivery.SubscriptionId, c => (delivery.Lifecycle, delivered) switch
    {
        (false, true) => c with { Pending = c.Pending - 1, Retried = c.Retried + retries, Delivered = c.Delivered + 1 },
        (false, false) => c with { Pending = c.Pending - 1, Retried = c.Retried + retries, Failed = c.Failed + 1 },
        (true, true) => c with { Pending = c.Pending - 1, Retried = c.Retried + retries, LifecycleDelivered = c.LifecycleDelivered + 1 },
        (true, false) => c with { Pending = c.Pending - 1, Retried = c.Retried + retries, LifecycleFailed = c.LifecycleFailed + 1 },
    });

    /// <summary>Runs under the store's lock, at the moment the message lands: only live subscriptions are told.</summary>
    private void Notify(SandboxArrival arrival)
    {
        foreach (var subscription in _subscriptions.Watching(arrival.Message.Mailbox))
        {
            var dropped = false;
            lock (_lock)
            {
                if (_dropNext > 0)
                {
                    _dropNext--;
                    dropped = true;
                }
            }
            if (dropped)
                Count(subscription.Id, c => c with { Dropped = c.Dropped + 1 });
            else
                Enqueue(new Delivery(subscription.Id, subscription.NotificationUrl, NotificationJson.Created(subscription, arrival), Lifecycle: false));
        }
    }

    private void Enqueue(Delivery delivery)
    {
        Count(delivery.SubscriptionId, c => c with { Pending = c.Pending + 1 });
        _queue.Writer.TryWrite(delivery);
    }

    private void Count(string subscriptionId, Func<SandboxNotificationCounts, SandboxNotificationCounts> change)
    {
        lock (_lock)
            _counts[subscriptionId] = change(_counts.GetValueOrDefault(subscriptionId) ?? new(subscriptionId, 0, 0, 0, 0, 0, 0, 0));
    }

    private void Clear()
    {
        lock (_lock)
        {
            _counts.Clear();
            _dropNext = 0;
        }
    }
}

/// <summary>One POST to make: a change or lifecycle notification for one subscription.</summary>
internal sealed record Delivery(string SubscriptionId, string Url, JsonObject Payload, bool Lifecycle);
