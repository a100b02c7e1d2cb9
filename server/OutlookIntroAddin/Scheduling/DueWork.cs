using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// Runs everything that is due: follow-ups and expiries, then the outbox, until nothing is left
/// that is due now. One pass at a time per process; instances coordinate through leases.
/// </summary>
public sealed class DueWork(Scheduler scheduler, Dispatcher dispatcher, RetentionPurge purge)
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
            await purge.RunIfDueAsync(ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}

public sealed class WorkLoopOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool Enabled { get; set; } = true;

    /// <summary>How often closed intros past their tenant's retention are looked for (the product's clock).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}

public sealed class WorkLoop(DueWork work, WorkSignal signal, WorkLoopOptions options, ILogger<WorkLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await work.RunAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unavailable; everything claimed is leased and will be retried.
                logger.LogError(e, "Due work failed; retrying after the poll interval");
            }
            try { await signal.WaitAsync(options.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
