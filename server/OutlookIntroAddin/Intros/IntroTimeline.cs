using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Policy;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Intros;

public static class DueKind
{
    public const string FollowUp = "followUp";
    public const string Expire = "expire";

    /// <summary>A party who said "not now" until a date is asked again (<see cref="OutboxKind.CheckBack"/>).</summary>
    public const string AskAgain = "askAgain";
}

/// <summary>
/// The time-driven transitions: what happens when a mail went out, and when a party's follow-up
/// or expiry falls due. Counted in the connector's business days.
/// </summary>
public sealed class IntroTimeline(Db db, PolicyDefaults defaults, WorkSignal work)
{
    /// <summary>Records that <paramref name="row"/> went out (or, for a final draft, was created) and schedules what follows.</summary>
    public async Task OnSentAsync(OutboxRow row, string messageId, long sentAt, BusinessCalendar calendar)
    {
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            await IntroTransitions.LockAsync(connection, transaction, row.IntroId);
            if (!await Outbox.MarkSentAsync(connection, transaction, row.Id, sentAt)) return;
            await IntroTransitions.AddEventAsync(connection, transaction, row.IntroId, row.PartyId, SentEvent(row.Kind), sentAt);
            switch (row.Kind)
            {
                case OutboxKind.Final:
                    await connection.ExecuteAsync("UPDATE intros SET introduced_at = @sentAt WHERE id = @IntroId", new { sentAt, row.IntroId }, transaction);
                    await ListenForOutcomeAsync(connection, transaction, row.IntroId, messageId, sentAt, calendar,
                        await PolicyStore.ForIntroAsync(connection, transaction, row.IntroId, defaults));
                    return;
                case OutboxKind.FinalDraft:
                    await connection.ExecuteAsync("UPDATE intros SET final_draft_id = @messageId WHERE id = @IntroId", new { messageId, row.IntroId }, transaction);
                    return;
                case OutboxKind.Notice:
                    return;
                case OutboxKind.Request:
                    await connection.ExecuteAsync("UPDATE parties SET requested_at = @sentAt, request_message_id = @messageId WHERE id = @PartyId",
                        new { sentAt, messageId, row.PartyId }, transaction);
                    break;
                case OutboxKind.FollowUp:
                    await connection.ExecuteAsync("UPDATE parties SET followed_up_at = @sentAt WHERE id = @PartyId", new { sentAt, row.PartyId }, transaction);
                    break;
            }
            // The tenant's policy as it is now, when the next step is scheduled. A party is followed up
            // once at most: after a check-back, one who was followed up before is let go when it runs out.
            var policy = await PolicyStore.ForIntroAsync(connection, transaction, row.IntroId, defaults);
            // Only a check-back can follow a follow-up, so only it has to look.
            var followedUp = row.Kind == OutboxKind.FollowUp || (row.Kind == OutboxKind.CheckBack && await connection.ExecuteScalarAsync<long?>(
                "SELECT followed_up_at FROM parties WHERE id = @PartyId", new { row.PartyId }, transaction) is not null);
            var (nextKind, days) = followedUp
                ? (DueKind.Expire, policy.ExpireAfterBusinessDays)
                : (DueKind.FollowUp, policy.FollowUpAfterBusinessDays);
            // Only a party still waiting, in an intro still open, gets a next step.
            await connection.ExecuteAsync(
                """
                UPDATE parties SET due_kind = @nextKind, due_at = @dueAt, claimed_until = NULL
                WHERE id = @PartyId AND answer = 'pending'
                  AND EXISTS (SELECT 1 FROM intros WHERE intros.id = parties.intro_id AND intros.state = 'requested')
                """,
                new { nextKind, dueAt = calendar.AddBusinessDays(sentAt, days), row.PartyId }, transaction);
        });
    }

    /// <summary>
    /// The connector sent the final draft themselves (the intro was in review): the intro is introduced as
    /// of when it went, and what came of it is listened for and asked as after a final intro we sent.
    /// False when it was recorded already (or the intro is no longer waiting for that draft).
    /// </summary>
    public Task<bool> OnFinalDraftSentAsync(string introId, string messageId, long sentAt, BusinessCalendar calendar) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            await IntroTransitions.LockAsync(connection, transaction, introId);
            var introduced = await connection.ExecuteAsync(
                """
                UPDATE intros SET state = @introduced, introduced_at = @sentAt, closed_at = @sentAt
                WHERE id = @introId AND state = @ready AND final_draft_id = @messageId
                """, new { introId, messageId, sentAt, introduced = IntroState.Introduced, ready = IntroState.Ready }, transaction);
            if (introduced == 0) return false;
            await IntroTransitions.AddEventAsync(connection, transaction, introId, null, SentEvent(OutboxKind.Final), sentAt);
            await ConsentTokens.ExpireForIntroAsync(connection, transaction, introId, sentAt);
            await ListenForOutcomeAsync(connection, transaction, introId, messageId, sentAt, calendar,
                await PolicyStore.ForIntroAsync(connection, transaction, introId, defaults));
            return true;
        });

    /// <summary>
    /// How long the final intro's thread is listened to at least (for the two writing to each other):
    /// most first replies to an introduction come within days, and a mailbox is not watched for ever for one.
    /// </summary>
    public static readonly TimeSpan ListenForOutcome = TimeSpan.FromDays(30);

    /// <summary>
    /// The final intro went out: from now its thread is listened to (Replies), and the pane asks the
    /// connector what came of it after the tenant's business days, if the tenant asks at all.
    /// </summary>
    private static Task ListenForOutcomeAsync(
        DbConnection connection, DbTransaction transaction, string introId, string messageId, long sentAt, BusinessCalendar calendar, TenantPolicy policy)
    {
        long? askedAt = policy.OutcomeAfterBusinessDays > 0 ? calendar.AddBusinessDays(sentAt, policy.OutcomeAfterBusinessDays) : null;
        var listenUntil = Math.Max(sentAt + (long)ListenForOutcome.TotalMilliseconds, askedAt ?? 0);
        return connection.ExecuteAsync(
            """
            UPDATE intros SET final_message_id = @messageId, outcome_asked_at = @askedAt, outcome_listen_until = @listenUntil
            WHERE id = @introId
            """, new { introId, messageId, askedAt, listenUntil }, transaction);
    }

    private static string SentEvent(string kind) => kind switch
    {
        OutboxKind.Request => "requestSent",
        OutboxKind.FollowUp => "followUpSent",
        OutboxKind.CheckBack => "checkedBack",
        OutboxKind.Final => "introduced",
        OutboxKind.FinalDraft => "finalDraftReady",
        _ => "connectorNotified",
    };

    /// <summary>A party's follow-up, expiry or "ask again" fell due (claimed by the scheduler); <paramref name="dueAt"/> guards against a stale claim.</summary>
    public async Task OnDueAsync(string introId, string partyId, string kind, long dueAt, long now)
    {
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            await IntroTransitions.LockAsync(connection, transaction, introId);
            var aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            var party = aggregate.Party(partyId);
            if (party.DueKind != kind || party.DueAt != dueAt || !IntroRules.AcceptsAnswers(aggregate.Intro.State)) return;
            switch (kind)
            {
                case DueKind.FollowUp:
                    await connection.ExecuteAsync(
                        "UPDATE parties SET due_kind = NULL, due_at = NULL, claimed_until = NULL WHERE id = @partyId",
                        new { partyId }, transaction);
                    await Outbox.EnqueueAsync(connection, transaction, introId, partyId, aggregate.Intro.ConnectorEmail,
                        OutboxKind.FollowUp, MailComposer.FollowUp(aggregate, party), now);
                    return;
                case DueKind.AskAgain:
                    // Waiting again from now on: the check-back carries a link, and a reply to it is heard.
                    await connection.ExecuteAsync(
                        """
                        UPDATE parties SET answer = 'pending', answered_at = NULL, answered_by = NULL,
                                           due_kind = NULL, due_at = NULL, claimed_until = NULL
                        WHERE id = @partyId
                        """,
                        new { partyId }, transaction);
                    await IntroTransitions.AddEventAsync(connection, transaction, introId, partyId, "askedAgain", now);
                    await Outbox.EnqueueAsync(connection, transaction, introId, partyId, aggregate.Intro.ConnectorEmail,
                        OutboxKind.CheckBack, MailComposer.CheckBack(aggregate, party), now);
                    return;
            }
            await ExpireAsync(connection, transaction, aggregate, party, now);
        });
        work.Wake();
    }

    /// <summary>
    /// A party stayed silent: the intro closes for silence, and every party still waiting closes
    /// with it. The connector is told once, by a note to themselves, if the tenant wants it.
    /// </summary>
    private async Task ExpireAsync(DbConnection connection, DbTransaction transaction, IntroAggregate aggregate, PartyRow party, long now)
    {
        var introId = aggregate.Intro.Id;
        var silent = aggregate.Parties
            .Where(p => p.Id == party.Id || p.Answer is Answer.Pending or Answer.Undeliverable)
            .OrderBy(p => p.Position).ToList();
        foreach (var p in silent)
        {
            await IntroTransitions.SetAnswerAsync(connection, transaction, p.Id, Answer.Expired, null, now);
            await IntroTransitions.AddEventAsync(connection, transaction, introId, p.Id, IntroRules.EventFor(Answer.Expired), now);
        }
        await IntroTransitions.ApplyStateAsync(connection, transaction, await IntroStore.LoadAsync(connection, transaction, introId), now);
        if ((await PolicyStore.ForIntroAsync(connection, transaction, introId, defaults)).NotifyConnector)
        {
            await Outbox.EnqueueAsync(connection, transaction, introId, null, aggregate.Intro.ConnectorEmail,
                OutboxKind.Notice, MailComposer.Silence(aggregate, silent), now);
        }
    }
}
