using Dapper;
using Microsoft.Graph;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Outcomes;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Catches a watched Inbox up by delta query and hands each message that concerns a waiting party
/// to <see cref="ReplyRecorder"/>. Delta lists only id, conversation, sender and time; a message's
/// body is read only when it is in a request's thread or comes from a waiting party.
/// </summary>
public sealed class InboxCatchUp(
    ReplyWatches watches, ReplySubscriptions subscriptions, ReplyRecorder recorder, Db db, GraphClients graph, MailboxCalendars calendars,
    IntroOutcomes outcomes, ReplyOptions options, TimeProvider clock, ILogger<InboxCatchUp> logger)
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

    // The final intros whose thread is still listened to, with both parties' addresses (two rows an intro).
    private const string ListeningSql = """
        SELECT i.id AS IntroId, i.final_conversation_id AS ConversationId, i.final_message_id AS FinalMessageId, p.email AS Email
        FROM intros i JOIN parties p ON p.intro_id = i.id
        WHERE i.tenant_id = @TenantId AND i.connector_id = @ConnectorId AND i.state = 'introduced'
          AND i.outcome_listen_until > @now AND i.final_message_id IS NOT NULL
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
        List<ListeningIntro> listening;
        await using (var connection = await db.OpenAsync(ct))
        {
            waiting = (await connection.QueryAsync<WaitingParty>(WaitingSql, watch)).AsList();
            listening = (await connection.QueryAsync<(string IntroId, string? ConversationId, string FinalMessageId, string Email)>(
                    ListeningSql, new { watch.TenantId, watch.ConnectorId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }))
                .GroupBy(r => r.IntroId)
                .Select(g => new ListeningIntro(g.Key, g.First().ConversationId, g.First().FinalMessageId, g.Select(r => r.Email).ToList()))
                .ToList();
        }
        for (var i = 0; i < waiting.Count; i++)
        {
            if (waiting[i] is { ConversationId: null, RequestMessageId: { } sent } party) waiting[i] = await WithThreadAsync(client, watch.Mailbox, party, sent);
        }
        for (var i = 0; i < listening.Count; i++)
        {
            if (listening[i].ConversationId is null) listening[i] = await WithThreadAsync(client, watch.Mailbox, listening[i]);
        }
        var link = watch.DeltaLink;
        for (var page = 0; page < MaxPages; page++)
        {
            var changes = await InboxGraph.DeltaAsync(client, watch.Mailbox, link, ct);
            foreach (var item in changes.Items)
            {
                // Nothing received before the oldest waiting request can answer it.
                if (item.ReceivedAt is { } at && at.ToUnixTimeMilliseconds() < watch.StartedAt - ClockSlackMs) continue;
                if (listening.FirstOrDefault(l => l.ConversationId is not null && l.ConversationId == item.ConversationId) is { } intro)
                {
                    await HearOutcomeAsync(client, watch.Mailbox, item, intro, ct);
                    continue;
                }
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

    /// <summary>
    /// Mail in a final intro's thread. When one party wrote and the other is among its recipients, the two
    /// took it from there: the intro records <c>connected</c>. The connector is in Bcc of the final intro, so
    /// such a copy reaches them only when a party kept or added them; what else is in the thread (the
    /// connector's own mail, a party thanking only the connector) is theirs to read, and changes nothing.
    /// </summary>
    private async Task HearOutcomeAsync(GraphServiceClient client, string mailbox, InboxItem item, ListeningIntro intro, CancellationToken ct)
    {
        if (!intro.Emails.Any(e => Same(e, item.From))) return;
        var recipients = await InboxGraph.RecipientsAsync(client, mailbox, item.Id, ct);
        var other = intro.Emails.Where(e => !Same(e, item.From));
        if (!other.Any(e => recipients.Any(r => Same(r, e)))) return;
        var at = (item.ReceivedAt ?? clock.GetUtcNow()).ToUnixTimeMilliseconds();
        if (await outcomes.HeardConnectedAsync(intro.IntroId, at)) logger.LogInformation("Intro {Intro}: the two wrote to each other; recorded as connected", intro.IntroId);
    }

    /// <summary>
    /// The final intro's conversation is read once, by the first catch-up after it went out, like a
    /// request's. When its copy is gone from the mailbox there is no thread to know it by: the intro is
    /// no longer listened to (the pane still asks).
    /// </summary>
    private async Task<ListeningIntro> WithThreadAsync(GraphServiceClient client, string mailbox, ListeningIntro intro)
    {
        var thread = await GraphMail.ThreadAsync(client, mailbox, intro.FinalMessageId);
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            thread.ConversationId is null
                ? "UPDATE intros SET outcome_listen_until = NULL WHERE id = @IntroId AND final_conversation_id IS NULL"
                : "UPDATE intros SET final_conversation_id = @ConversationId WHERE id = @IntroId AND final_conversation_id IS NULL",
            new { thread.ConversationId, intro.IntroId });
        return intro with { ConversationId = thread.ConversationId };
    }

    private sealed record ListeningIntro(string IntroId, string? ConversationId, string FinalMessageId, IReadOnlyList<string> Emails);

    private static bool Same(string? a, string? b) => a is not null && b is not null && a.Trim().Equals(b.Trim(), StringComparison.OrdinalIgnoreCase);
}
