namespace OutlookIntroAddin.Intros;

public sealed record CreateIntroRequest(
    List<PartyInput?>? Parties,
    string? Reason,
    List<RequestOverride?>? Requests,
    string? FinalIntro,
    string? Language,
    string? Register = null);

public sealed record PartyInput(string? Name, string? Email, string? About, bool AlreadyAgreed);

/// <summary>The connector's own wording of one party's request, edited in the task pane.</summary>
public sealed record RequestOverride(string? Email, string? Subject, string? Body);

public sealed record AnswerRequest(string? Answer, DateOnly? Until);
