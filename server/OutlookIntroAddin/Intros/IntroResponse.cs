namespace OutlookIntroAddin.Intros;

public sealed record IntroResponse(
    string Id, string State, DateTimeOffset CreatedAt, string Reason, string FinalIntro, string Language,
    string? Register, IReadOnlyList<PartyResponse> Parties, DateTimeOffset? IntroducedAt, string? FinalDraftId,
    IReadOnlyList<EventResponse> Events, bool NeedsSignIn, string? Outcome, DateTimeOffset? OutcomeAt, string? OutcomeBy,
    DateTimeOffset? OutcomeAskedAt);

public sealed record PartyResponse(
    string Id, string Name, string Email, string About, string Why, bool AlreadyAgreed, string Answer, string? NotNowUntil,
    DateTimeOffset? RequestedAt, DateTimeOffset? FollowedUpAt, DateTimeOffset? AnsweredAt,
    string? AnsweredBy, DateTimeOffset? AskAgainAt, IReadOnlyList<ReplyResponse> Replies);

/// <summary>A party's mail reply as the connector sees it: an excerpt, never the body.</summary>
public sealed record ReplyResponse(string Id, DateTimeOffset ReceivedAt, string Excerpt, string Understood, string? Until, string Status);

public sealed record EventResponse(DateTimeOffset At, string What, string? PartyId);

public static class IntroMapping
{
    /// <param name="needsSignIn">Mail of this intro waits until the connector signs in again.</param>
    /// <param name="now">
    /// The product's clock: <c>outcomeAskedAt</c> is given once it has come (the pane asks from then on), so a
    /// sandbox clock moved ahead is what counts, never the browser's.
    /// </param>
    public static IntroResponse ToResponse(this IntroAggregate aggregate, IEnumerable<EventRow> events, bool needsSignIn = false,
        ILookup<string, ReplyRow>? replies = null, long now = 0)
    {
        var intro = aggregate.Intro;
        return new IntroResponse(
            intro.Id, intro.State, Time(intro.CreatedAt), intro.Reason, intro.FinalIntro, intro.Language, intro.Register,
            aggregate.Parties.OrderBy(p => p.Position).Select(p => ToResponse(p, replies?[p.Id] ?? [])).ToList(),
            Time(intro.IntroducedAt), intro.FinalDraftId,
            events.Select(ToResponse).ToList(), needsSignIn, intro.Outcome, Time(intro.OutcomeAt), intro.OutcomeBy,
            intro.OutcomeAskedAt <= now ? Time(intro.OutcomeAskedAt) : null);
    }

    private static PartyResponse ToResponse(PartyRow p, IEnumerable<ReplyRow> replies) => new(
        p.Id, p.Name, p.Email, p.About, p.Why, p.AlreadyAgreed, p.Answer, p.NotNowUntil,
        Time(p.RequestedAt), Time(p.FollowedUpAt), Time(p.AnsweredAt), p.AnsweredBy, Time(p.AskAgainAt),
        replies.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Select(ToResponse).ToList());

    public static EventResponse ToResponse(this EventRow e) => new(Time(e.At), e.What, e.PartyId);

    public static ReplyResponse ToResponse(this ReplyRow r) => new(r.Id, Time(r.ReceivedAt), r.Excerpt, r.Understood, r.Until, r.Status);

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? Time(long? ms) => ms is { } v ? Time(v) : null;
}
