using System.Collections.Concurrent;
using Dapper;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// Sends outbox rows exactly once: one draft per row for its whole life (looked up by its tag before
/// one is created, recorded before it is sent), sent with retries off, recorded. Every step of a
/// claim is fenced by the claim's generation, so an instance paused past its lease changes nothing;
/// and since a draft can be sent only once, two senders of one draft cannot both succeed.
/// </summary>
public sealed class Dispatcher(
    OutboxClaims claims, Db db, GraphClients graph, MailboxCalendars calendars, IntroTimeline timeline,
    ConsentTokens tokens, ConnectorSessions sessions, GraphOptions options, WorkLoopOptions work, DispatchGuards guards,
    TimeProvider clock, ILogger<Dispatcher> logger)
{
    public const int Batch = 100;
    private const int RowsPerSlot = 4;

    // A paced mailbox's row is given back (due when its next send slot opens) rather than held
    // waiting, so a pass never waits on one connector's backlog.
    private static readonly TimeSpan LongestSendWait = TimeSpan.FromSeconds(1);
    private const int MaxHardFailures = 3;
    private const long SendCheckEveryMs = 5_000;

    private long LeaseMs => (long)work.OutboxLease.TotalMilliseconds;

    /// <summary>One pass: claims what is due and works on it. Rows not started when <paramref name="ct"/> fires are given back at once.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        // A few rows per Graph slot keep each mailbox's slots busy through the pass; a backlog still
        // takes only its turn (a paced mailbox's rows are given back until their minute comes).
        var rows = await claims.ClaimAsync(Batch, RowsPerSlot * Math.Max(1, options.MaxConcurrentPerMailbox), Now(), LeaseMs);
        if (rows.Count == 0) return 0;
        var working = new ConcurrentDictionary<string, OutboxRow>(rows.Select(r => KeyValuePair.Create(r.Id, r)));
        // Each row is either started or given back, never both: whoever adds it here first decides.
        var decided = new ConcurrentDictionary<string, bool>();
        Task givingBack = Task.CompletedTask;
        using var done = new CancellationTokenSource();
        var renewal = RenewLeasesAsync(working, done.Token);
        // Stopping: what was not started goes back at once, so another instance need not wait out the
        // lease; what is under way gets the host's shutdown timeout to finish.
        using (ct.Register(() => givingBack = GiveBackAsync(rows, decided, working)))
        {
            try
            {
                await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = options.DispatchParallelism },
                    async (row, _) =>
                    {
                        if (!decided.TryAdd(row.Id, true)) return;
                        await DispatchAsync(row);
                        working.TryRemove(row.Id, out var _);
                    });
            }
            finally
            {
                await done.CancelAsync();
                await renewal;
            }
        }
        await givingBack;
        ct.ThrowIfCancellationRequested();
        return rows.Count;
    }

    private async Task GiveBackAsync(List<OutboxRow> rows, ConcurrentDictionary<string, bool> decided, ConcurrentDictionary<string, OutboxRow> working)
    {
        var given = 0;
        foreach (var row in rows.Where(r => decided.TryAdd(r.Id, false)))
        {
            await claims.ReleaseAsync(row, null, null);
            working.TryRemove(row.Id, out _);
            given++;
        }
        logger.LogInformation("Stopping: gave back {Count} outbox rows not yet started", given);
    }

    private async Task RenewLeasesAsync(ConcurrentDictionary<string, OutboxRow> working, CancellationToken done)
    {
        using var timer = new PeriodicTimer(work.OutboxLease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(done))
            {
                await claims.RenewAsync(working.Keys.ToList(), LeaseMs);
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not renew outbox leases; another instance may take the rows over after the lease");
        }
    }

    private async Task DispatchAsync(OutboxRow row)
    {
        var client = graph.For(row.TenantId, row.ConnectorId, row.Mailbox);
        try
        {
            if (row.State == OutboxState.Cancelling)
            {
                await SettleCancelledAsync(client, row);
                return;
            }
            var found = row.DraftId is { } draftId ? await GraphMail.GetStatusAsync(client, row.Mailbox, draftId)
                : guards.DraftLookup ? await GraphMail.FindByTagAsync(client, row.Mailbox, row.Id)
                : null;
            if (found is { IsDraft: false } || (found is not null && row.Kind == OutboxKind.FinalDraft))
            {
                await RecordAsync(client, row, found.Id, found.SentAt);
                return;
            }
            if (row.SendRequestedAt is { } requested && await MayStillBeSendingAsync(client, row, found, requested)) return;
            // A reply draft adopted from an earlier claim may have died before it was addressed.
            if (found is not null && OutboxKind.InThread(row.Kind)) await GraphMail.AddressAsync(client, row.Mailbox, found.Id, row.Mail.To);
            var id = found?.Id ?? await CreateDraftAsync(client, row);
            if (row.DraftId is null && !await claims.RecordDraftAsync(row, id) && guards.LeaseCheck)
            {
                await AbandonDraftAsync(client, row, id);
                return;
            }
            if (row.Kind == OutboxKind.FinalDraft)
            {
                await RecordAsync(client, row, id, null);
                return;
            }
            if (await graph.SendWaitAsync(row.Mailbox) is var wait && wait > LongestSendWait)
            {
                await claims.ReleaseAsync(row, Now() + (long)wait.TotalMilliseconds, null);
                return;
            }
            if (!await claims.MaySendAsync(row)) return;
            // Dated when we asked Graph to send it: the answer may come much later (a slow Graph, a paused
            // instance), and the follow-up counts from when the party got the mail.
            var asked = clock.GetUtcNow();
            try
            {
                await GraphMail.SendDraftAsync(client, row.Mailbox, id);
            }
            catch (ApiException refused) when (refused.ResponseStatusCode is 429 or 503)
            {
                // Graph turned the request away before acting on it: the retry need not wait for a send in flight.
                await claims.SendRefusedAsync(row);
                throw;
            }
            await RecordAsync(client, row, id, asked);
        }
        catch (Exception e)
        {
            await OnFailureAsync(row, e);
        }
    }

    /// <summary>
    /// An earlier claim asked Graph to send this row's draft and the outcome is unknown (a timeout, a
    /// crash). Exchange sends asynchronously: the draft stays a draft until the mail is out, and only
    /// then is its Sent Items copy there. So the copy is looked for by its tag first; until
    /// Graph:SendGrace has passed since the request nothing is sent or drafted again. True when this
    /// claim is done with the row.
    /// </summary>
    private async Task<bool> MayStillBeSendingAsync(GraphServiceClient client, OutboxRow row, MessageStatus? found, long requested)
    {
        if (row.Kind == OutboxKind.FinalDraft) return false;
        if ((await GraphMail.FindAllByTagAsync(client, row.Mailbox, row.Id)).FirstOrDefault(m => !m.IsDraft) is { } sent)
        {
            await RecordAsync(client, row, sent.Id, sent.SentAt);
            return true;
        }
        var left = requested + (long)options.SendGrace.TotalMilliseconds - Leases.Now();
        if (left > 0)
        {
            // Looked for again every few seconds: most sends are out well within the grace.
            await claims.ReleaseAsync(row, Now() + Math.Min(left, SendCheckEveryMs), "Asked Graph to send it; Exchange may still be sending it");
            return true;
        }
        if (found is not null || row.DraftId is null) return false;
        // Asked to send, then gone from every folder: it went out and its copy was deleted. Sending a
        // new draft could reach the party twice; the record says when it was asked.
        logger.LogWarning("Outbox row {Row} ({Kind}) was sent but its copy is gone from the mailbox; recorded as sent", row.Id, row.Kind);
        await RecordAsync(client, row, row.DraftId!, DateTimeOffset.FromUnixTimeMilliseconds(requested));
        return true;
    }

    /// <summary>No retry counted: the mail waits for an admin to renew the app's credential (AppCredentialHealth logs it, /healthz shows it).</summary>
    private Task WaitForCredentialAsync(OutboxRow row, string code) =>
        claims.ReleaseAsync(row, Now() + (long)AppCredentialHealth.RetryAfter.TotalMilliseconds, $"appCredentialRefused {code}");

    /// <summary>The intro closed after this mail's draft was made: on record if it went out after all, else its draft goes.</summary>
    private async Task SettleCancelledAsync(GraphServiceClient client, OutboxRow row)
    {
        var found = row.DraftId is { } draftId ? await GraphMail.GetStatusAsync(client, row.Mailbox, draftId) : null;
        if (found is { IsDraft: false })
        {
            await RecordAsync(client, row, found.Id, found.SentAt);
            return;
        }
        if (found is not null) await GraphMail.DeleteAsync(client, row.Mailbox, found.Id);
        await claims.FinishCancelAsync(row);
    }

    /// <summary>
    /// The row was taken over while this claim made or found its draft. The new owner may adopt this
    /// very draft (it looks for it by tag), so it is deleted only once the row names another one.
    /// </summary>
    private async Task AbandonDraftAsync(GraphServiceClient client, OutboxRow row, string draftId)
    {
        logger.LogWarning("Outbox row {Row} was taken over while its draft was made; this claim sends nothing", row.Id);
        if (await claims.DraftIdAsync(row) is { } recorded && recorded != draftId
            && await GraphMail.GetStatusAsync(client, row.Mailbox, draftId) is { IsDraft: true })
        {
            await GraphMail.DeleteAsync(client, row.Mailbox, draftId);
        }
    }

    private async Task OnFailureAsync(OutboxRow row, Exception e)
    {
        // The SDK's own retries end in an AggregateException holding each attempt's ApiException.
        var cause = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : e;
        switch (cause)
        {
            case SignInRequiredException signIn:
                await HoldForSignInAsync(row, signIn);
                break;
            case AppCredentialRefusedException refused:
                await WaitForCredentialAsync(row, refused.Code);
                break;
            case ApiException { ResponseStatusCode: 429 or 500 or 502 or 503 or 504 } api:
                await RetryLaterAsync(row, RetryAfter(api) ?? Backoff(row.Attempts), $"Graph answered {api.ResponseStatusCode}");
                break;
            case ApiException api when row.Attempts >= MaxHardFailures:
                await FailAsync(row, $"Graph answered {api.ResponseStatusCode} ({GraphCode(api)})");
                break;
            case ApiException api:
                // Graph's message may quote a recipient's address: the log keeps its status and code only.
                logger.LogWarning("Graph refused outbox row {Row} ({Kind}) with {Status} {Code}", row.Id, row.Kind, api.ResponseStatusCode, GraphCode(api));
                await RetryLaterAsync(row, Backoff(row.Attempts), $"Graph answered {api.ResponseStatusCode}");
                break;
            default:
                // Timeouts and dropped connections leave it unclear whether Graph acted: the next attempt looks before it sends.
                // Entra ID being unreachable or answering 5xx is retried like Graph's own 5xx.
                if (cause is not (HttpRequestException or TaskCanceledException or TimeoutException or IOException
                    or Microsoft.Identity.Client.MsalServiceException))
                {
                    logger.LogError(cause, "Outbox row {Row} ({Kind}) failed unexpectedly", row.Id, row.Kind);
                }
                await RetryLaterAsync(row, Backoff(row.Attempts), cause.GetType().Name);
                break;
        }
    }

    private async Task<string> CreateDraftAsync(GraphServiceClient client, OutboxRow row)
    {
        var mail = row.Mail;
        var html = mail.Html;
        if (mail.ConsentPartyId is { } partyId)
        {
            var token = guards.SingleToken ? await claims.ConsentTokenAsync(row, partyId, Now()) : await tokens.MintAloneAsync(row.IntroId, partyId);
            html = html.Replace(MailComposer.AnswerBlockMarker, MailComposer.AnswerBlock(mail.Language, mail.Register, $"{mail.LinkBase}/consent/{token}"), StringComparison.Ordinal);
        }
        if (!OutboxKind.InThread(row.Kind)) return await GraphMail.CreateDraftAsync(client, row.Mailbox, row.Id, mail.ToSend(html));
        return await GraphMail.CreateReplyDraftAsync(client, row.Mailbox, row.Id, await RequestMessageIdAsync(row.PartyId!), mail.ToSend(html));
    }

    private async Task RecordAsync(GraphServiceClient client, OutboxRow row, string messageId, DateTimeOffset? sentAt)
    {
        // Business days count in the connector's calendar: a request's follow-up, the final intro's outcome question.
        var calendar = row.Kind is OutboxKind.Request or OutboxKind.Final || OutboxKind.InThread(row.Kind)
            ? await calendars.GetAsync(client, row.Mailbox)
            : BusinessCalendar.Default;
        // Graph's sentDateTime is the truer time when an earlier attempt sent it, but never one in our future:
        // a Graph clock ahead of ours would push the follow-up and the expiry out by the skew.
        var now = Now();
        await timeline.OnSentAsync(row, messageId, Math.Min(sentAt?.ToUnixTimeMilliseconds() ?? now, now), calendar);
        // An earlier claim may have made a draft of its own that nobody adopted (it paused or died
        // between creating it and recording it): only the mail that went out stays.
        if (row.Generation > 1 && guards.DraftLookup && row.Kind != OutboxKind.FinalDraft)
        {
            foreach (var stray in await GraphMail.FindAllByTagAsync(client, row.Mailbox, row.Id))
            {
                if (stray.IsDraft && stray.Id != messageId) await GraphMail.DeleteAsync(client, row.Mailbox, stray.Id);
            }
        }
    }

    private async Task<string> RequestMessageIdAsync(string partyId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleAsync<string>("SELECT request_message_id FROM parties WHERE id = @partyId", new { partyId });
    }

    private Task RetryLaterAsync(OutboxRow row, TimeSpan delay, string why)
    {
        logger.LogInformation("Outbox row {Row} ({Kind}) retries in {Delay}: {Why}", row.Id, row.Kind, delay, why);
        return claims.RetryAsync(row, Now() + (long)delay.TotalMilliseconds, why);
    }

    /// <summary>
    /// Not a failure: the connector's mail waits (unsent, no attempt counted) until their next
    /// sign-in releases it. If a sign-in renewed the session meanwhile, the row is simply due again.
    /// </summary>
    private async Task HoldForSignInAsync(OutboxRow row, SignInRequiredException signIn)
    {
        var held = await sessions.HoldAsync(signIn.TenantId, signIn.ConnectorId, signIn.Generation, signIn.Reason);
        if (held) logger.LogWarning("Connector {Tenant}/{Connector} must sign in again ({Reason}); their mail waits", signIn.TenantId, signIn.ConnectorId, signIn.Reason);
        await claims.ReleaseAsync(row, null, "needsSignIn: " + signIn.Reason);
    }

    private Task FailAsync(OutboxRow row, string why)
    {
        logger.LogError("Outbox row {Row} ({Kind}) failed for good: {Why}", row.Id, row.Kind, why);
        return claims.FailAsync(row, why);
    }

    private static TimeSpan? RetryAfter(ApiException e)
    {
        if (e.ResponseHeaders.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600));
        }
        return null;
    }

    private static string GraphCode(ApiException e) =>
        e is Microsoft.Graph.Models.ODataErrors.ODataError { Error.Code: { } code } ? code : "no error code";

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Clamp(attempts, 0, 9))));

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
