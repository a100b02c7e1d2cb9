using Dapper;
using Microsoft.Graph;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Catches a watched Inbox up by delta query and hands each message that concerns a waiting party
/// to <see cref="ReplyRecorder"/>. Delta lists only id, conversation, sender and time; a message's
/// body is read only when it is in a request's thread or comes from a waiting party.
/// </summary>
public sealed class InboxCatchUp(
    ReplyWatches watches, ReplySubscriptions subscriptions, ReplyRecorder recorder, Db db, GraphClients graph, MailboxCalendars calendars,
    ReplyOptions options, TimeProvider clock, ILogger<InboxCatchUp> logger)
{
    private int _started;

    private const int MaxPages = 50;

    // Graph's receivedDateTime has whole seconds, and its clock is not ours.
    private static readonly long ClockSlackMs = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private const string WaitingSql = """
        SELECT p.id AS PartyId, p.intro_id AS IntroId, p.email AS Email, p.request_conversation_id AS ConversationId,
               p.request_internet_message_id AS InternetMessageId, i.language AS Language, p.due_kind AS DueKind, p.due_at AS DueAt,
               p.request_message_id AS RequestMessageId
        FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.tenant_id = @TenantId AND i.connector_id = @ConnectorId AND i.state = 'requested'
          AND p.answer = 'pending' AND p.requested_at IS NOT NULL
        """;

    /// <summary>One pass over every watched Inbox that is due; returns how many were caught up.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        // Notifications may have come while no instance was up: after a start every Inbox is caught up once.
        if (Interlocked.Exchange(ref _started, 1) == 0) await watches.AllDueAsync(now);
        await watches.StartAsync(now);
        var due = await watches.ClaimDueAsync(now, options.WatchLease);
        foreach (var watch in due)
        {
            ct.ThrowIfCancellationRequested();
            var client = graph.For(watch.TenantId, watch.ConnectorId, watch.Mailbox);
            try
            {
                if (options.ReplyDetection == ReplyOptions.Notifications) await subscriptions.EnsureAsync(client, watch, ct);
                await CatchUpAsync(client, watch, ct);
                if (await watches.NothingWaitingAsync(watch))
                {
                    if (await watches.SubscriptionOfAsync(watch) is { } id) await subscriptions.DeleteAsync(client, id, ct);
                    await watches.EndAsync(watch);
                    subscriptions.Forget(watch);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next catch-up starts from the last delta link kept, so nothing is missed.
                logger.LogWarning(e, "Catching up a connector's Inbox failed; trying again after the poll interval");
            }
            finally
            {
                await watches.ReleaseAsync(watch, clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)options.ReplyPollInterval.TotalMilliseconds);
            }
        }
        return due.Count;
    }

    private async Task CatchUpAsync(GraphServiceClient client, ReplyWatch watch, CancellationToken ct)
    {
        List<WaitingParty> waiting;
        await using (var connection = await db.OpenAsync(ct))
        {
            waiting = (await connection.QueryAsync<WaitingParty>(WaitingSql, watch)).AsList();
        }
        for (var i = 0; i < waiting.Count; i++)
        {
            if (waiting[i] is { ConversationId: null, RequestMessageId: { } sent } party) waiting[i] = await WithThreadAsync(client, watch.Mailbox, party, sent);
        }
        var link = watch.DeltaLink;
        for (var page = 0; page < MaxPages; page++)
        {
            var changes = await InboxGraph.DeltaAsync(client, watch.Mailbox, link, ct);
            foreach (var item in changes.Items)
            {
                // Nothing received before the oldest waiting request can answer it.
                if (item.ReceivedAt is { } at && at.ToUnixTimeMilliseconds() < watch.StartedAt - ClockSlackMs) continue;
                await HandleAsync(client, watch.Mailbox, item, waiting, ct);
            }
            if (changes.DeltaLink is { } done)
            {
                if (!await watches.SaveLinkAsync(watch, done)) logger.LogWarning("A catch-up's lease ran out; another instance continues it");
                return;
            }
            link = changes.NextLink ?? throw new InvalidOperationException("Graph's delta page has neither a next nor a delta link.");
        }
    }

    private async Task HandleAsync(GraphServiceClient client, string mailbox, InboxItem item, List<WaitingParty> waiting, CancellationToken ct)
    {
        var inThread = waiting.Where(p => p.ConversationId is not null && p.ConversationId == item.ConversationId).ToList();
        var fromParty = waiting.Where(p => Same(p.Email, item.From)).ToList();
        if (inThread.Count == 0 && fromParty.Count == 0) return;
        if (await recorder.SeenAsync(mailbox, item.Id)) return;

        if (inThread.Count == 0)
        {
            // Some clients start a new conversation for a reply; its headers still name the request.
            var answered = await InboxGraph.AnsweredIdsAsync(client, mailbox, item.Id, ct);
            inThread = fromParty.Where(p => p.InternetMessageId is { } request && answered.Contains(request, StringComparer.Ordinal)).ToList();
        }
        if (inThread.Count == 0)
        {
            // The party wrote in a new thread: the connector decides, and its body stays unread.
            foreach (var party in fromParty)
                await recorder.ForReviewAsync(mailbox, item, party, new ReplyReading(Understood.Unclear, null, ""));
            return;
        }
        if (await InboxGraph.ReadAsync(client, mailbox, item.Id, ct) is not { } reply) return;
        var calendar = await calendars.GetAsync(client, mailbox);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.TimeZone).DateTime);
        var owner = inThread.FirstOrDefault(p => Same(p.Email, item.From));
        var reading = ReplyUnderstanding.Read(reply, today, (owner ?? inThread[0]).Language);
        if (owner is not null) await recorder.RecordAsync(mailbox, item, owner, reading, calendar);
        else if (reading.Understood == Understood.Bounce) await recorder.RecordAsync(mailbox, item, inThread[0], reading, calendar);
        // Someone else in the thread (a colleague, an assistant) is never the party's answer.
        else await recorder.ForReviewAsync(mailbox, item, inThread[0], reading);
    }

    /// <summary>
    /// A request's thread (conversation and Internet-Message-ID) is read once, by the first catch-up after
    /// it went out, with only those two fields: kept off the send path, where one more Graph call per
    /// request would slow every send and what a stopping instance must finish.
    /// </summary>
    private async Task<WaitingParty> WithThreadAsync(GraphServiceClient client, string mailbox, WaitingParty party, string sentId)
    {
        var thread = await GraphMail.ThreadAsync(client, mailbox, sentId);
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            """
            UPDATE parties SET request_conversation_id = @ConversationId, request_internet_message_id = @InternetMessageId
            WHERE id = @PartyId AND request_conversation_id IS NULL
            """, new { thread.ConversationId, thread.InternetMessageId, party.PartyId });
        return party with { ConversationId = thread.ConversationId, InternetMessageId = thread.InternetMessageId };
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && a.Trim().Equals(b.Trim(), StringComparison.OrdinalIgnoreCase);
}
