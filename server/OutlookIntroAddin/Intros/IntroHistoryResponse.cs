namespace OutlookIntroAddin.Intros;

/// <summary>
/// What the connector already did with two people within the tenant's window (<c>relationshipMonths</c>):
/// their intros of this very pair, newest first, and each person's declines and silences on any of
/// the connector's requests. <see cref="Since"/> is null when the tenant turned the memory off (0 months).
/// </summary>
public sealed record IntroHistoryResponse(int Months, DateTimeOffset? Since, IReadOnlyList<PastIntro> Intros, IReadOnlyList<PersonHistory> People);

/// <param name="Latest">The last thing that happened to the intro, as in its timeline.</param>
public sealed record PastIntro(
    string Id, string State, DateTimeOffset CreatedAt, DateTimeOffset? IntroducedAt, DateTimeOffset? ClosedAt,
    EventResponse? Latest, IReadOnlyList<PastParty> Parties);

public sealed record PastParty(string Id, string Name, string Email, string Answer, DateTimeOffset? AnsweredAt);

/// <summary>
/// One of the two people on their own. <see cref="Declined"/> counts "no" and "not now", <see cref="Silent"/>
/// requests that expired unanswered; <see cref="Flag"/> says the two together reached
/// <see cref="IntroHistory.FlagAt"/>, when asking once more by mail is unlikely to be welcome.
/// </summary>
public sealed record PersonHistory(string Email, int Declined, int Silent, bool Flag);
