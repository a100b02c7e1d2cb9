namespace OutlookIntroAddin.Intros;

public sealed record IntroResponse(
    string Id, string State, DateTimeOffset CreatedAt, string Reason, string FinalIntro, string Language,
    IReadOnlyList<PartyResponse> Parties, DateTimeOffset? IntroducedAt, string? FinalDraftId,
    IReadOnlyList<EventResponse> Events, bool NeedsSignIn);

public sealed record PartyResponse(
    string Id, string Name, string Email, string About, bool AlreadyAgreed, string Answer, string? NotNowUntil,
    DateTimeOffset? RequestedAt, DateTimeOffset? FollowedUpAt, DateTimeOffset? AnsweredAt);

public sealed record EventResponse(DateTimeOffset At, string What, string? PartyId);

public static class IntroMapping
{
    /// <param name="needsSignIn">Mail of this intro waits until the connector signs in again.</param>
    public static IntroResponse ToResponse(this IntroAggregate aggregate, IEnumerable<EventRow> events, bool needsSignIn = false)
    {
        var intro = aggregate.Intro;
        return new IntroResponse(
            intro.Id, intro.State, Time(intro.CreatedAt), intro.Reason, intro.FinalIntro, intro.Language,
            aggregate.Parties.OrderBy(p => p.Position).Select(ToResponse).ToList(),
            Time(intro.IntroducedAt), intro.FinalDraftId,
            events.Select(e => new EventResponse(Time(e.At), e.What, e.PartyId)).ToList(), needsSignIn);
    }

    private static PartyResponse ToResponse(PartyRow p) => new(
        p.Id, p.Name, p.Email, p.About, p.AlreadyAgreed, p.Answer, p.NotNowUntil,
        Time(p.RequestedAt), Time(p.FollowedUpAt), Time(p.AnsweredAt));

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? Time(long? ms) => ms is { } v ? Time(v) : null;
}
