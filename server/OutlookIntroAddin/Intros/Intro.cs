namespace OutlookIntroAddin.Intros;

public static class IntroState
{
    public const string Requested = "requested";
    public const string Introduced = "introduced";
    public const string Ready = "ready";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    /// <summary>Open intros still need someone: a party's answer, or the connector's review of the final draft.</summary>
    public static bool IsOpen(string state) => state is Requested or Ready;
}

public static class Answer
{
    public const string Pending = "pending";
    public const string Yes = "yes";
    public const string NotNow = "notNow";
    public const string No = "no";
    public const string AlreadyConnected = "alreadyConnected";
    public const string Expired = "expired";

    /// <summary>The request to the party bounced: nobody has read it. The connector is told, and may record an answer they got another way.</summary>
    public const string Undeliverable = "undeliverable";

    /// <summary>What a party (by link) or the connector (for a reply) may record.</summary>
    public static readonly string[] Givable = [Yes, NotNow, No, AlreadyConnected];
}

/// <summary>
/// How our mails and pages speak to the parties: the register the connector drafted the requests in
/// (du/Sie, tu/vous, tú/usted, je/u). An intro without one gets its language's usual register.
/// </summary>
public static class Register
{
    public const string Formal = "formal";
    public const string Informal = "informal";
}

/// <summary>How a party's answer reached us.</summary>
public static class AnsweredBy
{
    public const string Link = "link";
    public const string Reply = "reply";
    public const string Connector = "connector";
}

/// <summary>An intros row; property names equal the SQL column aliases.</summary>
public sealed class IntroRow
{
    public string Id { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string ConnectorId { get; init; } = "";
    public string ConnectorName { get; init; } = "";
    public string ConnectorEmail { get; init; } = "";
    public string State { get; init; } = "";
    public string Reason { get; init; } = "";
    public string FinalIntro { get; init; } = "";
    public string Language { get; init; } = "";

    /// <summary>formal, informal, or null for the language's usual register (intros stored before it was chosen).</summary>
    public string? Register { get; init; }

    public string LinkBase { get; init; } = "";
    public long CreatedAt { get; init; }
    public long? IntroducedAt { get; init; }
    public long? ClosedAt { get; init; }
    public string? FinalDraftId { get; init; }

    /// <summary>What came of it once introduced (<see cref="Outcome"/>), null while nobody said.</summary>
    public string? Outcome { get; init; }

    public long? OutcomeAt { get; init; }

    /// <summary>reply (heard in the final intro's thread) or connector.</summary>
    public string? OutcomeBy { get; init; }

    /// <summary>From when the pane asks the connector what came of it (the response gives it once it has come); null when it never asks.</summary>
    public long? OutcomeAskedAt { get; init; }
}

public sealed class PartyRow
{
    public string Id { get; init; } = "";
    public string IntroId { get; init; } = "";
    public int Position { get; init; }
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public string About { get; init; } = "";

    /// <summary>What this party gains from meeting the other, as the connector put it to them; "" when not given.</summary>
    public string Why { get; init; } = "";

    /// <summary>The reason this party is given: their own, else the intro's.</summary>
    public string WhyFor(IntroRow intro) => Why.Length > 0 ? Why : intro.Reason;

    public bool AlreadyAgreed { get; init; }
    public string Answer { get; init; } = "";
    public string? NotNowUntil { get; init; }
    public string? RequestSubject { get; init; }
    public string? RequestBody { get; init; }
    public string? RequestMessageId { get; init; }
    public long? RequestedAt { get; init; }
    public long? FollowedUpAt { get; init; }
    public long? AnsweredAt { get; init; }
    public string? DueKind { get; init; }
    public long? DueAt { get; init; }
    public string? AnsweredBy { get; init; }
    public long? AskAgainAt { get; init; }
    public string? RequestConversationId { get; init; }
    public string? RequestInternetMessageId { get; init; }
}

/// <summary>A party_replies row: what a party's reply said, in short, and what became of it.</summary>
public sealed class ReplyRow
{
    public string Id { get; init; } = "";
    public string PartyId { get; init; } = "";
    public long ReceivedAt { get; init; }
    public string Excerpt { get; init; } = "";
    public string Understood { get; init; } = "";
    public string? Until { get; init; }
    public string Status { get; init; } = "";
}

public sealed class EventRow
{
    public string IntroId { get; init; } = "";
    public string? PartyId { get; init; }
    public long At { get; init; }
    public string What { get; init; } = "";
}

/// <summary>An intro with its parties, as one transition or one read sees it.</summary>
public sealed record IntroAggregate(IntroRow Intro, IReadOnlyList<PartyRow> Parties)
{
    public PartyRow Party(string partyId) => Parties.First(p => p.Id == partyId);

    public PartyRow Other(string partyId) => Parties.First(p => p.Id != partyId);
}
