using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Replies;

/// <summary>A party still waiting for, as reply matching sees them.</summary>
public sealed record WaitingParty(
    string PartyId, string IntroId, string Email, string? ConversationId, string? InternetMessageId, string Language, string? DueKind, long? DueAt,
    string? RequestMessageId);

public static class ReplyStatus
{
    public const string Recorded = "recorded";
    public const string NeedsReview = "needsReview";
    public const string Ignored = "ignored";
}

/// <summary>
/// What a party's reply changes. A confident answer goes the same way as a link answer
/// (<see cref="IntroTransitions.AnswerAsync"/>); everything else is kept for the connector. The
/// message id is stored as seen in the same transaction as its reply row, so it is handled once.
/// </summary>
public sealed class ReplyRecorder(Db db, IntroTransitions transitions, TimeProvider clock)
{
    private static readonly string[] Answers = [Understood.Yes, Understood.NotNow, Understood.No, Understood.AlreadyConnected];

    public async Task<bool> SeenAsync(string mailbox, string messageId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM inbox_messages_seen WHERE mailbox = @mailbox AND message_id = @messageId", new { mailbox, messageId }) > 0;
    }

    /// <summary>A reply from the party in their request's thread.</summary>
    public async Task RecordAsync(string mailbox, InboxItem item, WaitingParty party, ReplyReading reading, BusinessCalendar calendar)
    {
        // A reply names the first day to ask again ("after 15 January" is the 16th); the record keeps the
        // last day not to, as the consent page's "ask me again after" does.
        if (reading is { Understood: Understood.NotNow, Until: { } from }) reading = reading with { Until = from.AddDays(-1) };
        var status = ReplyStatus.NeedsReview;
        if (Answers.Contains(reading.Understood))
        {
            // Answering first and storing the reply after is safe to repeat: a second try finds the answer Unchanged.
            var outcome = await transitions.AnswerAsync(party.IntroId, party.PartyId, reading.Understood, reading.Until, byReply: true, replyMessageId: item.Id);
            status = outcome is AnswerOutcome.Recorded or AnswerOutcome.Unchanged ? ReplyStatus.Recorded : ReplyStatus.NeedsReview;
        }
        else if (reading.Understood == Understood.Bounce)
        {
            var outcome = await transitions.UndeliverableAsync(party.IntroId, party.PartyId, calendar);
            status = outcome is AnswerOutcome.Recorded or AnswerOutcome.Unchanged ? ReplyStatus.Recorded : ReplyStatus.NeedsReview;
        }
        else if (reading.Understood == Understood.AutoReply) status = ReplyStatus.Ignored;
        var human = reading.Understood is not (Understood.AutoReply or Understood.Bounce);
        var followUpAt = reading.Understood == Understood.AutoReply && reading.Until is { } back && party is { DueKind: DueKind.FollowUp, DueAt: { } due }
            ? AfterReturn(calendar, back, due) : null;
        await StoreAsync(mailbox, item, party, reading, status, stopFollowUp: human || reading.Understood == Understood.Bounce, followUpAt);
    }

    /// <summary>Mail the connector has to look at: another sender in the thread, or the party writing in a new thread.</summary>
    public Task ForReviewAsync(string mailbox, InboxItem item, WaitingParty party, ReplyReading reading) =>
        StoreAsync(mailbox, item, party, reading, ReplyStatus.NeedsReview, stopFollowUp: false, followUpAt: null);

    private async Task StoreAsync(string mailbox, InboxItem item, WaitingParty party, ReplyReading reading, string status, bool stopFollowUp, long? followUpAt)
    {
        var receivedAt = (item.ReceivedAt ?? clock.GetUtcNow()).ToUnixTimeMilliseconds();
        await db.InTransactionAsync(async (connection, transaction) =>
        {
            var fresh = await connection.ExecuteAsync(db.Dialect(
                portable: "INSERT INTO inbox_messages_seen (mailbox, message_id) VALUES (@mailbox, @Id) ON CONFLICT DO NOTHING",
                sqlServer: """
                    MERGE inbox_messages_seen WITH (HOLDLOCK) AS t
                    USING (SELECT @mailbox AS mailbox, @Id AS message_id) AS s ON t.mailbox = s.mailbox AND t.message_id = s.message_id
                    WHEN NOT MATCHED THEN INSERT (mailbox, message_id) VALUES (s.mailbox, s.message_id);
                    """),
                new { mailbox, item.Id }, transaction);
            if (fresh == 0) return;
            await connection.ExecuteAsync(db.Dialect(
                portable: """
                    INSERT INTO party_replies (id, intro_id, party_id, message_id, received_at, excerpt, understood, until, status)
                    VALUES (@id, @IntroId, @PartyId, @messageId, @receivedAt, @excerpt, @understood, @until, @status)
                    ON CONFLICT (party_id, message_id) DO NOTHING
                    """,
                sqlServer: """
                    MERGE party_replies WITH (HOLDLOCK) AS t
                    USING (SELECT @PartyId AS party_id, @messageId AS message_id) AS s ON t.party_id = s.party_id AND t.message_id = s.message_id
                    WHEN NOT MATCHED THEN INSERT (id, intro_id, party_id, message_id, received_at, excerpt, understood, until, status)
                                          VALUES (@id, @IntroId, @PartyId, @messageId, @receivedAt, @excerpt, @understood, @until, @status);
                    """),
                new
                {
                    id = Ids.New(), party.IntroId, party.PartyId, messageId = item.Id, receivedAt,
                    excerpt = reading.Excerpt.Length <= Excerpts.MaxLength ? reading.Excerpt : reading.Excerpt[..Excerpts.MaxLength],
                    understood = reading.Understood, until = reading.Until?.ToString("yyyy-MM-dd"), status,
                }, transaction);
            if (stopFollowUp)
            {
                await connection.ExecuteAsync(
                    "UPDATE parties SET due_kind = NULL, due_at = NULL, claimed_until = NULL WHERE id = @PartyId AND due_kind = @kind",
                    new { party.PartyId, kind = DueKind.FollowUp }, transaction);
            }
            if (followUpAt is { } at)
            {
                await connection.ExecuteAsync(
                    "UPDATE parties SET due_at = @at, claimed_until = NULL WHERE id = @PartyId AND due_kind = @kind AND due_at < @at",
                    new { party.PartyId, kind = DueKind.FollowUp, at }, transaction);
            }
        });
    }

    /// <summary>The first of the connector's business days after the party is back, at the follow-up's usual time of day.</summary>
    private static long? AfterReturn(BusinessCalendar calendar, DateOnly back, long due)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(due), calendar.TimeZone);
        var next = calendar.FirstWorkingDayAfter(back, TimeOnly.FromTimeSpan(local.TimeOfDay));
        return next > due ? next : null;
    }
}
