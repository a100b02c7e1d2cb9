using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Policy;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Intros;

public static class DueKind
{
    public const string FollowUp = "followUp";
    public const string Expire = "expire";
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
            // The tenant's policy as it is now, when the next step is scheduled.
            var policy = await PolicyStore.ForIntroAsync(connection, transaction, row.IntroId, defaults);
            var (column, nextKind, days, what) = row.Kind switch
            {
                OutboxKind.Request => ("requested_at", DueKind.FollowUp, policy.FollowUpAfterBusinessDays, "requestSent"),
                OutboxKind.FollowUp => ("followed_up_at", DueKind.Expire, policy.ExpireAfterBusinessDays, "followUpSent"),
                OutboxKind.Final => ("", "", 0, "introduced"),
                _ => ("", "", 0, "finalDraftReady"),
            };
            await IntroTransitions.AddEventAsync(connection, transaction, row.IntroId, row.PartyId, what, sentAt);
            if (row.Kind == OutboxKind.Final)
            {
                await connection.ExecuteAsync("UPDATE intros SET introduced_at = @sentAt WHERE id = @IntroId", new { sentAt, row.IntroId }, transaction);
                return;
            }
            if (row.Kind == OutboxKind.FinalDraft)
            {
                await connection.ExecuteAsync("UPDATE intros SET final_draft_id = @messageId WHERE id = @IntroId", new { messageId, row.IntroId }, transaction);
                return;
            }
            // column is one of two constants above, never input.
            await connection.ExecuteAsync(
                $"UPDATE parties SET {column} = @sentAt" + (row.Kind == OutboxKind.Request ? ", request_message_id = @messageId" : "") + " WHERE id = @PartyId",
                new { sentAt, messageId, row.PartyId }, transaction);
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

    /// <summary>A party's follow-up or expiry fell due (claimed by the scheduler); <paramref name="dueAt"/> guards against a stale claim.</summary>
    public async Task OnDueAsync(string introId, string partyId, string kind, long dueAt, long now)
    {
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            await IntroTransitions.LockAsync(connection, transaction, introId);
            var aggregate = await IntroStore.LoadAsync(connection, transaction, introId);
            var party = aggregate.Party(partyId);
            if (party.DueKind != kind || party.DueAt != dueAt || !IntroRules.AcceptsAnswers(aggregate.Intro.State)) return;
            if (kind == DueKind.FollowUp)
            {
                await connection.ExecuteAsync(
                    "UPDATE parties SET due_kind = NULL, due_at = NULL, claimed_until = NULL WHERE id = @partyId",
                    new { partyId }, transaction);
                await Outbox.EnqueueAsync(connection, transaction, introId, partyId, aggregate.Intro.ConnectorEmail,
                    OutboxKind.FollowUp, MailComposer.FollowUp(aggregate, party), now);
                return;
            }
            await IntroTransitions.SetAnswerAsync(connection, transaction, partyId, Answer.Expired, null, now);
            await IntroTransitions.AddEventAsync(connection, transaction, introId, partyId, IntroRules.EventFor(Answer.Expired), now);
            await IntroTransitions.ApplyStateAsync(connection, transaction, await IntroStore.LoadAsync(connection, transaction, introId), now);
        });
        work.Wake();
    }
}
