using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Mail;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

public enum AnswerOutcome { Recorded, Unchanged, Closed, NotFound }

public enum CancelOutcome { Cancelled, NotFound, AlreadyClosed }

/// <summary>
/// Applies what <see cref="IntroRules"/> decides. Each method is one transaction: the state change,
/// its events and the outbox rows it causes commit together or not at all.
/// </summary>
public sealed class IntroTransitions(Db db, TimeProvider clock, WorkSignal work, PolicyDefaults defaults)
{
    /// <summary>Stores the intro and queues its requests; returns it as stored, without reading it back.</summary>
    /// <param name="inTransaction">
    /// Runs in the same transaction right after the intro row is written, with its id (the idempotency
    /// key is recorded there); if it throws, nothing is stored or sent.
    /// </param>
    public async Task<IntroResponse> CreateAsync(Connector connector, CreateIntroRequest request, string linkBase,
        Func<DbConnection, DbTransaction, string, Task>? inTransaction = null)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var introId = Ids.New();
        var finalIntro = request.FinalIntro ?? FinalIntroMode.Send;
        var parties = request.Parties!.Select((p, i) =>
        {
            var custom = request.Requests?.FirstOrDefault(r => IntroValidation.SameAddress(r?.Email, p!.Email));
            return new PartyRow
            {
                Id = Ids.New(), IntroId = introId, Position = i, Name = p!.Name!.Trim(), Email = p.Email!.Trim(),
                About = p.About?.Trim() ?? "", Why = p.Why?.Trim() ?? "", AlreadyAgreed = p.AlreadyAgreed,
                Answer = p.AlreadyAgreed ? Answer.Yes : Answer.Pending, AnsweredAt = p.AlreadyAgreed ? now : null,
                RequestSubject = custom?.Subject?.Trim(), RequestBody = custom?.Body,
            };
        }).ToList();
        var intro = new IntroRow
        {
            Id = introId, TenantId = connector.TenantId, ConnectorId = connector.ObjectId, ConnectorName = connector.Name,
            ConnectorEmail = connector.Email, State = IntroState.Requested, Reason = request.Reason?.Trim() ?? "",
            FinalIntro = finalIntro, Language = request.Language ?? "en", Register = request.Register, LinkBase = linkBase, CreatedAt = now,
        };

        var events = new List<EventRow> { new() { IntroId = introId, At = now, What = "created" } };
        events.AddRange(parties.Where(p => p.AlreadyAgreed).Select(p => new EventRow { IntroId = introId, PartyId = p.Id, At = now, What = "alreadyAgreed" }));

        await db.InTransactionAsync(async (connection, transaction) =>
        {
            const string insertIntro = """
                INSERT INTO intros (id, tenant_id, connector_id, connector_name, connector_email, state, reason, final_intro, language, register, link_base, created_at)
                VALUES (@Id, @TenantId, @ConnectorId, @ConnectorName, @ConnectorEmail, @State, @Reason, @FinalIntro, @Language, @Register, @LinkBase, @CreatedAt)
                """;
            const string insertParty = """
                INSERT INTO parties (id, intro_id, position, name, email, about, why, already_agreed, answer, answered_at, request_subject, request_body)
                VALUES (@Id, @IntroId, @Position, @Name, @Email, @About, @Why, @AlreadyAgreed, @Answer, @AnsweredAt, @RequestSubject, @RequestBody)
                """;
            await connection.ExecuteAsync(insertIntro, intro, transaction);
            if (inTransaction is not null) await inTransaction(connection, transaction, introId);
            await connection.ExecuteAsync(insertParty, parties, transaction);
            foreach (var e in events) await AddEventAsync(connection, transaction, e.IntroId, e.PartyId, e.What, e.At);
            var aggregate = new IntroAggregate(intro, parties);
            foreach (var party in parties.Where(p => !p.AlreadyAgreed))
            {
                await Outbox.EnqueueAsync(connection, transaction, introId, party.Id, intro.ConnectorEmail,
                    OutboxKind.Request, MailComposer.Request(aggregate, party), now);
            }
            await ApplyStateAsync(connection, transaction, aggregate, now);
        });
        work.Wake();
        // Parties who all agreed already are introduced at once; ApplyStateAsync adds no event for that.
        var stored = new IntroRow
        {
            Id = intro.Id, TenantId = intro.TenantId, ConnectorId = intro.ConnectorId, ConnectorName = intro.ConnectorName,
            ConnectorEmail = intro.ConnectorEmail, Reason = intro.Reason, FinalIntro = intro.FinalIntro, Language = intro.Language,
            Register = intro.Register, LinkBase = intro.LinkBase, CreatedAt = intro.CreatedAt, State = IntroRules.StateFor(finalIntro, parties.Select(p => p.Answer)),
        };
        return new IntroAggregate(stored, parties).ToResponse(events);
    }

    /// <summary>
    /// Records a party's answer. <paramref name="owner"/> is the connector recording it for them
    /// (only their own intro is touched); null when the party's consent link (or their reply, with
    /// <paramref name="byReply"/>) is the authority. With <paramref name="correctingReply"/> the connector
    /// corrects what we read in the party's reply: a decline that reply caused opens the intro again.
    /// <paramref name="replyMessageId"/> is the inbox message of the reply that carried the answer; the
    /// consent record finds the reply's excerpt by it.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(string introId, string partyId, string answer, DateOnly? until, Connector? owner = null, bool byReply = false,
        bool correctingReply = false, string? replyMessageId = null)
    {
        var answeredBy = owner is not null ? AnsweredBy.Connector : byReply ? AnsweredBy.Reply : AnsweredBy.Link;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var untilText = answer == Answer.NotNow ? until?.ToString("yyyy-MM-dd") : null;
        var outcome = await db.InTransactionAsync(async (connection, transaction) =>
        {
            if (owner is null) await LockAsync(connection, transaction, introId);
            else if (!await LockOwnAsync(connection, transaction, owner, introId)) return AnswerOutcome.NotFound;
            var aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            if (aggregate.Parties.All(p => p.Id != partyId)) return AnswerOutcome.NotFound;
            var party = aggregate.Party(partyId);
            var unchanged = party.Answer == answer && party.NotNowUntil == untilText;
            if (!IntroRules.AcceptsAnswers(aggregate.Intro.State))
            {
                if (!correctingReply || unchanged || !await ReopenAsync(connection, transaction, aggregate, party, now)) return AnswerOutcome.Closed;
                aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            }
            else if (unchanged) return AnswerOutcome.Unchanged;

            var askAgainAt = untilText is null ? (long?)null
                : AskAgainAt(await MailboxCalendars.CachedAsync(connection, transaction, aggregate.Intro.ConnectorEmail), until!.Value, now);
            await SetAnswerAsync(connection, transaction, partyId, answer, untilText, now, askAgainAt);
            await connection.ExecuteAsync("UPDATE parties SET answered_by = @answeredBy WHERE id = @partyId", new { partyId, answeredBy }, transaction);
            if (byReply) await AddEventAsync(connection, transaction, introId, partyId, "answeredByReply", now);
            await connection.ExecuteAsync(
                "INSERT INTO intro_events (intro_id, party_id, at, what, channel, reply_message_id) VALUES (@introId, @partyId, @now, @what, @answeredBy, @replyMessageId)",
                new { introId, partyId, now, what = IntroRules.EventFor(answer), answeredBy, replyMessageId = byReply ? replyMessageId : null }, transaction);
            await ApplyStateAsync(connection, transaction, await IntroStore.LoadAsync(connection, transaction, introId), now);
            return AnswerOutcome.Recorded;
        });
        if (outcome == AnswerOutcome.Recorded) work.Wake();
        return outcome;
    }

    /// <summary>
    /// Opens again an intro that closed only because of what we read in <paramref name="party"/>'s
    /// reply, while its links still work and every request had gone out (a request the decline
    /// stopped cannot be taken back). Everyone else's next step is scheduled again, as it stood.
    /// </summary>
    private async Task<bool> ReopenAsync(DbConnection connection, DbTransaction transaction, IntroAggregate aggregate, PartyRow party, long now)
    {
        var intro = aggregate.Intro;
        if (intro.State != IntroState.Declined || party.AnsweredBy != AnsweredBy.Reply) return false;
        if (intro.ClosedAt is not { } closedAt || closedAt + (long)ConsentTokens.GracePeriod.TotalMilliseconds <= now) return false;
        var others = aggregate.Parties.Where(p => p.Id != party.Id).ToList();
        if (others.Any(p => IntroRules.StateFor(intro.FinalIntro, [IntroRules.Standing(p.Answer, p.AskAgainAt)]) == IntroState.Declined)) return false;
        if (await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE intro_id = @Id AND kind = @kind AND state <> 'sent'", new { intro.Id, kind = OutboxKind.Request }, transaction) > 0)
        {
            return false;
        }

        await SetStateAsync(connection, transaction, intro.Id, IntroState.Requested, closedAt: null);
        await connection.ExecuteAsync("UPDATE consent_tokens SET expires_at = NULL WHERE intro_id = @Id", new { intro.Id }, transaction);
        var calendar = await MailboxCalendars.CachedAsync(connection, transaction, intro.ConnectorEmail);
        var policy = await PolicyStore.ForIntroAsync(connection, transaction, intro.Id, defaults);
        foreach (var other in others)
        {
            (string Kind, long At)? next = other switch
            {
                { Answer: Answer.NotNow, AskAgainAt: { } ask } => (DueKind.AskAgain, ask),
                { Answer: Answer.Pending or Answer.Undeliverable, FollowedUpAt: { } followedUp } => (DueKind.Expire, calendar.AddBusinessDays(followedUp, policy.ExpireAfterBusinessDays)),
                { Answer: Answer.Pending, RequestedAt: { } requested } => (DueKind.FollowUp, calendar.AddBusinessDays(requested, policy.FollowUpAfterBusinessDays)),
                { Answer: Answer.Undeliverable, RequestedAt: { } bounced } => (DueKind.Expire,
                    calendar.AddBusinessDays(calendar.AddBusinessDays(bounced, policy.FollowUpAfterBusinessDays), policy.ExpireAfterBusinessDays)),
                _ => null,
            };
            if (next is not { } due) continue;
            await connection.ExecuteAsync("UPDATE parties SET due_kind = @Kind, due_at = @At, claimed_until = NULL WHERE id = @id",
                new { due.Kind, due.At, id = other.Id }, transaction);
        }
        await AddEventAsync(connection, transaction, intro.Id, party.Id, "reopened", now);
        return true;
    }

    /// <summary>
    /// The request to a waiting party bounced. The party is marked undeliverable (the intro stays open:
    /// the connector may reach them another way and record their answer), gets no follow-up, and
    /// closes for silence when a silent party's time would run out. The connector is told at once by a note to themselves.
    /// Closed when the party answered meanwhile or the intro is closed: the bounce is then only shown.
    /// </summary>
    public async Task<AnswerOutcome> UndeliverableAsync(string introId, string partyId, BusinessCalendar calendar)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var outcome = await db.InTransactionAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, introId);
            var aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            if (aggregate.Parties.All(p => p.Id != partyId)) return AnswerOutcome.NotFound;
            var party = aggregate.Party(partyId);
            if (party.Answer == Answer.Undeliverable) return AnswerOutcome.Unchanged;
            if (!IntroRules.AcceptsAnswers(aggregate.Intro.State) || party.Answer != Answer.Pending) return AnswerOutcome.Closed;

            var policy = await PolicyStore.ForIntroAsync(connection, transaction, introId, defaults);
            // They close when a silent party would have: their follow-up's day plus the time to answer it.
            var waitsUntil = party is { DueKind: DueKind.FollowUp, DueAt: { } followUp } ? followUp : now;
            await connection.ExecuteAsync(
                """
                UPDATE parties SET answer = @answer, answered_at = @now, answered_by = NULL,
                                   due_kind = @expire, due_at = @expireAt, claimed_until = NULL
                WHERE id = @partyId
                """,
                new { partyId, answer = Answer.Undeliverable, now, expire = DueKind.Expire, expireAt = calendar.AddBusinessDays(waitsUntil, policy.ExpireAfterBusinessDays) },
                transaction);
            await AddEventAsync(connection, transaction, introId, partyId, IntroRules.EventFor(Answer.Undeliverable), now);
            if (policy.NotifyConnector)
            {
                await Outbox.EnqueueAsync(connection, transaction, introId, null, aggregate.Intro.ConnectorEmail,
                    OutboxKind.Notice, MailComposer.Bounce(aggregate, party), now);
            }
            return AnswerOutcome.Recorded;
        });
        if (outcome == AnswerOutcome.Recorded) work.Wake();
        return outcome;
    }

    public async Task<CancelOutcome> CancelAsync(Connector connector, string introId)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await db.InTransactionAsync(async (connection, transaction) =>
        {
            if (!await LockOwnAsync(connection, transaction, connector, introId)) return CancelOutcome.NotFound;
            var aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            if (!IntroState.IsOpen(aggregate.Intro.State)) return CancelOutcome.AlreadyClosed;
            await CloseAsync(connection, transaction, introId, IntroState.Cancelled, now);
            await AddEventAsync(connection, transaction, introId, null, "cancelled", now);
            return CancelOutcome.Cancelled;
        });
    }

    /// <summary>
    /// Before a party's data is erased (in the caller's transaction, the intro locked): an open intro closes
    /// as cancelled, exactly as the connector's cancel closes it, so no follow-up or final intro reaches
    /// anyone afterwards. A closed intro keeps its state and its closing time (retention counts from it),
    /// but mail it still has queued (a final intro not yet sent, a note) is stopped the same way: a drafted
    /// mail becomes 'cancelling' and the dispatcher deletes its draft; the final intro's thread is no longer
    /// listened to for what came of it. True when an open intro was cancelled.
    /// </summary>
    internal static async Task<bool> StopForErasureAsync(DbConnection connection, DbTransaction transaction, string introId, long now)
    {
        await connection.ExecuteAsync(
            "UPDATE intros SET final_message_id = NULL, final_conversation_id = NULL, outcome_listen_until = NULL WHERE id = @introId",
            new { introId }, transaction);
        var state = await connection.QuerySingleAsync<string>("SELECT state FROM intros WHERE id = @introId", new { introId }, transaction);
        if (IntroState.IsOpen(state))
        {
            await CloseAsync(connection, transaction, introId, IntroState.Cancelled, now);
            await AddEventAsync(connection, transaction, introId, null, "cancelled", now);
            return true;
        }
        await StopDueWorkAsync(connection, transaction, introId);
        return false;
    }

    /// <summary>Moves the intro to the state its parties' answers call for, with what that state sends.</summary>
    internal static async Task ApplyStateAsync(DbConnection connection, DbTransaction transaction, IntroAggregate aggregate, long now)
    {
        var intro = aggregate.Intro;
        var next = IntroRules.StateFor(intro.FinalIntro, aggregate.Parties.Select(p => IntroRules.Standing(p.Answer, p.AskAgainAt)));
        if (next == intro.State) return;
        switch (next)
        {
            case IntroState.Declined or IntroState.Expired:
                await CloseAsync(connection, transaction, intro.Id, next, now);
                await AddEventAsync(connection, transaction, intro.Id, null, next, now);
                break;
            case IntroState.Introduced:
                await SetStateAsync(connection, transaction, intro.Id, next, closedAt: now);
                await ConsentTokens.ExpireForIntroAsync(connection, transaction, intro.Id, now);
                await Outbox.EnqueueAsync(connection, transaction, intro.Id, null, intro.ConnectorEmail, OutboxKind.Final, MailComposer.Final(aggregate), now);
                break;
            case IntroState.Ready:
                await SetStateAsync(connection, transaction, intro.Id, next, closedAt: null);
                await Outbox.EnqueueAsync(connection, transaction, intro.Id, null, intro.ConnectorEmail, OutboxKind.FinalDraft, MailComposer.Final(aggregate), now);
                break;
        }
    }

    /// <summary>Ends an intro: nothing more is due or sent, and its links stop working after a grace period.</summary>
    private static async Task CloseAsync(DbConnection connection, DbTransaction transaction, string introId, string state, long now)
    {
        await SetStateAsync(connection, transaction, introId, state, closedAt: now);
        await StopDueWorkAsync(connection, transaction, introId);
        await ConsentTokens.ExpireForIntroAsync(connection, transaction, introId, now);
    }

    /// <summary>Nothing of the intro is due any more (follow-ups, expiries) and its queued mail is cancelled.</summary>
    private static async Task StopDueWorkAsync(DbConnection connection, DbTransaction transaction, string introId)
    {
        await connection.ExecuteAsync(
            "UPDATE parties SET due_kind = NULL, due_at = NULL, claimed_until = NULL WHERE intro_id = @introId",
            new { introId }, transaction);
        await Outbox.CancelOpenAsync(connection, transaction, introId);
    }

    internal static Task LockAsync(DbConnection connection, DbTransaction transaction, string introId) =>
        // A no-op update takes the row lock on PostgreSQL; SQLite's transaction already holds the write lock.
        connection.ExecuteAsync("UPDATE intros SET state = state WHERE id = @introId", new { introId }, transaction);

    /// <summary>Locks the intro only if it is the connector's own (same tenant and object id); false otherwise.</summary>
    private static async Task<bool> LockOwnAsync(DbConnection connection, DbTransaction transaction, Connector connector, string introId) =>
        await connection.ExecuteAsync(
            "UPDATE intros SET state = state WHERE id = @introId AND tenant_id = @TenantId AND connector_id = @ObjectId",
            new { introId, connector.TenantId, connector.ObjectId }, transaction) > 0;

    /// <summary>
    /// Sets a party's answer. A "not now" with a date (<paramref name="askAgainAt"/>) is due to be asked
    /// again then; every other answer ends what was due for the party.
    /// </summary>
    internal static Task SetAnswerAsync(DbConnection connection, DbTransaction transaction, string partyId, string answer, string? until, long now,
        long? askAgainAt = null) =>
        connection.ExecuteAsync(
            """
            UPDATE parties SET answer = @answer, not_now_until = @until, answered_at = @now, ask_again_at = @askAgainAt,
                               due_kind = @dueKind, due_at = @askAgainAt, claimed_until = NULL
            WHERE id = @partyId
            """,
            new { partyId, answer, until, now, askAgainAt, dueKind = askAgainAt is null ? null : DueKind.AskAgain }, transaction);

    /// <summary>
    /// When a party who said "not now, ask me after <paramref name="until"/>" is asked again: the
    /// connector's first working day after that date, at nine in the morning, and never sooner than
    /// one working day from now.
    /// </summary>
    public static long AskAgainAt(BusinessCalendar calendar, DateOnly until, long now) =>
        Math.Max(calendar.FirstWorkingDayAfter(until, new TimeOnly(9, 0)), calendar.AddBusinessDays(now, 1));

    private static Task SetStateAsync(DbConnection connection, DbTransaction transaction, string introId, string state, long? closedAt) =>
        connection.ExecuteAsync("UPDATE intros SET state = @state, closed_at = @closedAt WHERE id = @introId",
            new { introId, state, closedAt }, transaction);

    internal static Task AddEventAsync(DbConnection connection, DbTransaction transaction, string introId, string? partyId, string what, long at) =>
        connection.ExecuteAsync("INSERT INTO intro_events (intro_id, party_id, at, what) VALUES (@introId, @partyId, @at, @what)",
            new { introId, partyId, at, what }, transaction);
}
