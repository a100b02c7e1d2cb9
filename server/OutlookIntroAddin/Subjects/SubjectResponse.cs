using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Subjects;

/// <summary>Everything the tenant holds about an address: each intro it is a party to, and the intros it made as a connector.</summary>
public sealed record SubjectResponse(string Email, IReadOnlyList<SubjectIntro> Intros, ConnectorIntros AsConnector);

/// <summary>One intro the address is a party to, seen from that party: never the other party's data.</summary>
public sealed record SubjectIntro(
    string Id, string ConnectorName, string ConnectorEmail, DateTimeOffset CreatedAt, string State, string Language,
    SubjectParty Party, IReadOnlyList<EventResponse> Events, IReadOnlyList<ReplyResponse> Replies,
    IReadOnlyList<SubjectMail> Mail, int ConsentLinks);

/// <summary>The party row; request subject and body only when the connector wrote their own.</summary>
public sealed record SubjectParty(
    string Id, string Name, string Email, string About, string Why, string Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy,
    string? NotNowUntil, string? RequestSubject, string? RequestBody);

/// <summary>A mail addressed to the party (their requests, follow-ups, the final intro): what and when, not the message.</summary>
public sealed record SubjectMail(string Id, string Kind, string State, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>
/// Intros the address made as the connector. Erasure does not touch them: they are the connector's own
/// record and go by the tenant's retention, or earlier when the connector cancels them.
/// </summary>
public sealed record ConnectorIntros(int Count, IReadOnlyList<string> Ids);

/// <summary>What one erasure removed (outbox rows: deleted, or emptied where the dispatcher still has to settle them).</summary>
public sealed record ErasureCounts(int Intros, int Parties, int Events, int OutboxRows, int ConsentTokens, int Replies)
{
    public static readonly ErasureCounts None = new(0, 0, 0, 0, 0, 0);

    public ErasureCounts Add(ErasureCounts other) => new(
        Intros + other.Intros, Parties + other.Parties, Events + other.Events, OutboxRows + other.OutboxRows,
        ConsentTokens + other.ConsentTokens, Replies + other.Replies);
}

public sealed record EraseRequest(string? Email);
