using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Scheduling;

public sealed class WorkLoopOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool Enabled { get; set; } = true;

    /// <summary>How often closed intros past their tenant's retention are looked for (the product's clock).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>The background service of every instance: runs <see cref="DueWork"/> each poll interval, or at once when woken.</summary>
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
