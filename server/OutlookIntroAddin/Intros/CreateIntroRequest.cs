namespace OutlookIntroAddin.Intros;

public sealed record CreateIntroRequest(
    List<PartyInput?>? Parties,
    string? Reason,
    List<RequestOverride?>? Requests,
    string? FinalIntro,
    string? Language,
    string? Register = null);

/// <param name="Why">What this person gains from meeting the other, in the connector's words to them; their consent page gives it as the reason.</param>
public sealed record PartyInput(string? Name, string? Email, string? About, bool AlreadyAgreed, string? Why = null);

/// <summary>The connector's own wording of one party's request, edited in the task pane.</summary>
public sealed record RequestOverride(string? Email, string? Subject, string? Body);

public sealed record AnswerRequest(string? Answer, DateOnly? Until);
