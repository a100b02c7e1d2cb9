namespace GraphSandbox;

/// <summary>
/// POSTs queued notifications, several at once so one slow webhook does not hold up the others,
/// and retries one that got no 2xx with doubling delays, as Graph retries for non-2xx answers.
/// </summary>
internal sealed class NotificationDispatcher(
    SandboxNotifications notifications, WebhookClient webhooks, SandboxOptions options, ILogger<NotificationDispatcher> log)
    : BackgroundService
{
    private const int Concurrency = 8;
    private readonly SemaphoreSlim _slots = new(Concurrency);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in notifications.Queue.ReadAllAsync(stoppingToken))
        {
            await _slots.WaitAsync(stoppingToken);
            _ = Task.Run(async () =>
            {
                try
                {
                    await DeliverAsync(delivery, stoppingToken);
                }
                finally
                {
                    _slots.Release();
                }
            }, CancellationToken.None);
        }
    }

    private async Task DeliverAsync(Delivery delivery, CancellationToken stoppingToken)
    {
        var delay = options.NotificationRetryDelay;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (await webhooks.PostAsync(delivery.Url, delivery.Payload, stoppingToken))
                {
                    notifications.Finished(delivery, delivered: true, retries: attempt);
                    return;
                }
                if (attempt >= options.NotificationRetries)
                {
                    log.LogWarning("Gave up on a notification for subscription {Subscription} to {Url} after {Attempts} attempts",
                        delivery.SubscriptionId, delivery.Url, attempt + 1);
                    notifications.Finished(delivery, delivered: false, retries: attempt);
                    return;
                }
                await Task.Delay(delay, stoppingToken);
                delay *= 2;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the notification stays pending, as it would be lost with a real outage.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nobody awaits this task: without this, a bug would leave the notification pending forever, unseen.
            log.LogError(e, "A notification for subscription {Subscription} could not be sent", delivery.SubscriptionId);
            notifications.Finished(delivery, delivered: false, retries: 0);
        }
    }
}
