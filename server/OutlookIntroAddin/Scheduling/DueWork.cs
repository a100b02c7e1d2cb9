using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// Runs everything that is due: follow-ups and expiries, then the outbox, until nothing is left
/// that is due now. One pass at a time per process; instances coordinate through leases.
/// </summary>
public sealed class DueWork(Scheduler scheduler, Dispatcher dispatcher, RetentionPurge purge, WorkLoopOptions options, GraphClients graph)
{
    private const int MaxRounds = 50;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task RunAsync(CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            for (var round = 0; round < MaxRounds; round++)
            {
                var due = await scheduler.RunOnceAsync(ct) + await dispatcher.RunOnceAsync(ct);
                if (due == 0) break;
            }
            // After the mail: an intro whose last mail just went out may be purged in the same pass.
            await purge.RunIfDueAsync(options.PurgeInterval, ct);
            await graph.ForgetEndedLimitsAsync(ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
