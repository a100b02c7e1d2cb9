using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// The intro's state machine, kept pure so every transition is decided in one place and tested
/// without a database. <see cref="IntroTransitions"/> applies the decisions.
/// </summary>
public static class IntroRules
{
    /// <summary>The state an open intro moves to given every party's current answer.</summary>
    public static string StateFor(string finalIntro, IEnumerable<string> answers)
    {
        var all = answers.ToList();
        if (all.Any(a => a is Answer.No or Answer.AlreadyConnected or Answer.NotNow)) return IntroState.Declined;
        if (all.Any(a => a == Answer.Expired)) return IntroState.Expired;
        if (all.Count > 0 && all.All(a => a == Answer.Yes))
        {
            return finalIntro == FinalIntroMode.Review ? IntroState.Ready : IntroState.Introduced;
        }
        return IntroState.Requested;
    }

    /// <summary>
    /// A party's answer as the intro's state counts it: a "not now" with a date to ask again, and a
    /// request that bounced, still wait (the intro stays open); every other answer counts as given.
    /// </summary>
    public static string Standing(string answer, long? askAgainAt) =>
        (answer == Answer.NotNow && askAgainAt is not null) || answer == Answer.Undeliverable ? Answer.Pending : answer;

    /// <summary>Answers count only while the intro is still waiting for them.</summary>
    public static bool AcceptsAnswers(string state) => state == IntroState.Requested;

    /// <summary>
    /// The party who takes the first step after the intro: the one who already agreed (usually the
    /// one who asked for it), otherwise the first party the connector named.
    /// </summary>
    public static PartyRow NextStepTaker(IReadOnlyList<PartyRow> parties) =>
        parties.Where(p => p.AlreadyAgreed).OrderBy(p => p.Position).FirstOrDefault()
        ?? parties.OrderBy(p => p.Position).First();

    public static string EventFor(string answer) => answer switch
    {
        Answer.Yes => "answeredYes",
        Answer.NotNow => "answeredNotNow",
        Answer.No => "answeredNo",
        Answer.AlreadyConnected => "answeredAlreadyConnected",
        Answer.Expired => "expired",
        Answer.Undeliverable => "undeliverable",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "not an answer"),
    };
}
