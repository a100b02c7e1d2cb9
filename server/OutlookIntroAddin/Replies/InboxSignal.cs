namespace OutlookIntroAddin.Replies;

/// <summary>Wakes the reply loop when a notification made an Inbox's catch-up due, so a reply is heard at once.</summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
