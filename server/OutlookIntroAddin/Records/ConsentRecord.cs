using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Records;

/// <summary>One consent-relevant event of one party, as the record shows it.</summary>
public sealed record RecordRow(
    string IntroId, DateTimeOffset CreatedAt, string State, string Language, string ConnectorName, string ConnectorEmail,
    string PartyName, string PartyEmail, string RequestShown, string? RequestSubject, string Event, DateTimeOffset At,
    string? Channel, string? ReplyExcerpt)
{
    public static readonly string[] Columns =
    [
        "introId", "createdAt", "state", "language", "connectorName", "connectorEmail", "partyName", "partyEmail",
        "requestShown", "requestSubject", "event", "at", "channel", "replyExcerpt",
    ];

    public const string ConnectorsWording = "connector's wording", DraftedByProduct = "drafted by the product";

    public string?[] Cells() =>
    [
        IntroId, Time(CreatedAt), State, Language, ConnectorName, ConnectorEmail, PartyName, PartyEmail,
        RequestShown, RequestSubject, Event, Time(At), Channel, ReplyExcerpt,
    ];

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
}

/// <summary>
/// Every party event of a tenant's intros (or one connector's), with the intro's creation as each
/// party's first row (the moment the connector named them), read as one ordered query and handed
/// on row by row: however many intros there are, only the row being written is held. Intros that
/// retention purged are gone from the tables and so from the record.
/// </summary>
public sealed class ConsentRecord(Db db)
{
    /// <summary>How an answer arrived, from the events recorded before the channel was: the "answeredByReply" marker written just before it.</summary>
    private const string ByReplyMarker = "answeredByReply";

    public async IAsyncEnumerable<RecordRow> ReadAsync(string tenantId, string? connectorId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = connection.QueryUnbufferedAsync<EventRow>($"""
            SELECT i.id AS IntroId, i.created_at AS CreatedAt, i.state AS State, i.language AS Language,
                   i.connector_name AS ConnectorName, i.connector_email AS ConnectorEmail,
                   p.id AS PartyId, p.name AS PartyName, p.email AS PartyEmail,
                   p.request_subject AS RequestSubject,
                   CASE WHEN p.request_subject IS NULL AND p.request_body IS NULL THEN 0 ELSE 1 END AS Edited,
                   e.what AS What, e.at AS At, e.channel AS Channel, r.excerpt AS ReplyExcerpt
            FROM intros i
            JOIN parties p ON p.intro_id = i.id
            JOIN intro_events e ON e.intro_id = i.id AND (e.party_id = p.id OR (e.party_id IS NULL AND e.what = 'created'))
            LEFT JOIN party_replies r ON r.party_id = e.party_id AND r.message_id = e.reply_message_id
            WHERE i.tenant_id = @tenantId {(connectorId is null ? "" : "AND i.connector_id = @connectorId")}
            ORDER BY i.created_at, i.id, p.position, e.id
            """, new { tenantId, connectorId });

        EventRow? marker = null;
        await foreach (var e in rows.WithCancellation(ct))
        {
            if (e.What == ByReplyMarker)
            {
                marker = e;
                continue;
            }
            var byReply = marker is not null && marker.PartyId == e.PartyId && marker.At == e.At && marker.IntroId == e.IntroId;
            marker = null;
            var edited = e.Edited != 0;
            yield return new RecordRow(
                e.IntroId, DateTimeOffset.FromUnixTimeMilliseconds(e.CreatedAt), e.State, e.Language, e.ConnectorName, e.ConnectorEmail,
                e.PartyName, e.PartyEmail, edited ? RecordRow.ConnectorsWording : RecordRow.DraftedByProduct, edited ? e.RequestSubject : null,
                e.What, DateTimeOffset.FromUnixTimeMilliseconds(e.At), Channel(e, byReply), e.ReplyExcerpt);
        }
    }

    /// <summary>
    /// Link, reply or connector for an answer; "unknown" for an answer recorded before channels were
    /// kept and not marked as a reply; nothing for what the product did itself (a request sent, an expiry).
    /// </summary>
    private static string? Channel(EventRow e, bool byReply) => e switch
    {
        { Channel: { } channel } => channel,
        { What: "alreadyAgreed" } => "connector",
        { What: var what } when what.StartsWith("answered", StringComparison.Ordinal) => byReply ? "reply" : "unknown",
        _ => null,
    };

    private sealed class EventRow
    {
        public string IntroId { get; init; } = "";
        public long CreatedAt { get; init; }
        public string State { get; init; } = "";
        public string Language { get; init; } = "";
        public string ConnectorName { get; init; } = "";
        public string ConnectorEmail { get; init; } = "";
        public string PartyId { get; init; } = "";
        public string PartyName { get; init; } = "";
        public string PartyEmail { get; init; } = "";
        public string? RequestSubject { get; init; }
        public long Edited { get; init; }
        public string What { get; init; } = "";
        public long At { get; init; }
        public string? Channel { get; init; }
        public string? ReplyExcerpt { get; init; }
    }
}
