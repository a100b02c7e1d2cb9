using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Scheduling;

public sealed class WorkLoopOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public bool Enabled { get; set; } = true;

    /// <summary>How often closed intros past their tenant's retention are looked for (the product's clock).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long an outbox claim holds without renewal (real time; renewed every third of it while
    /// the row is worked on). Short, so rows of an instance that died go out again soon.
    /// </summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How long a stopping instance waits for the mail it is sending; what is not started is given back at once.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);
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
