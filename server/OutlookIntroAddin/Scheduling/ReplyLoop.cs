using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// Catches watched Inboxes up beside <see cref="WorkLoop"/>, not inside it: reading Inboxes (many
/// Graph calls when Graph is slow or throttling) must never hold back mail that is due. Woken by a
/// notification, otherwise every poll interval; instances share the Inboxes through leases.
/// </summary>
public sealed class ReplyLoop(InboxCatchUp inbox, InboxSignal signal, WorkLoopOptions options, ILogger<ReplyLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await inbox.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Catching up Inboxes failed; retrying after the poll interval");
            }
            try { await signal.WaitAsync(options.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
