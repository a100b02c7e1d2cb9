namespace OutlookIntroAddin.Policy;

/// <summary>
/// The policy of a tenant whose admins changed nothing. Bound from the <c>Intros</c> section, whose
/// key names the README documents (<c>Intros:FollowUpAfterBusinessDays</c>, …).
/// </summary>
public sealed class PolicyDefaults
{
    public int FollowUpAfterBusinessDays { get; set; } = 7;
    public int ExpireAfterBusinessDays { get; set; } = 7;

    /// <summary>What happens once both said yes when the create request does not say: send the final intro, or draft it for review.</summary>
    public string FinalIntro { get; set; } = FinalIntroMode.Send;

    /// <summary>The add-in's check at send time: off, prompt or softBlock.</summary>
    public string SendCheck { get; set; } = Policy.SendCheck.SoftBlock;

    /// <summary>Closed intros are deleted, with their links, this many days after they closed.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>The connector gets a short mail of their own when an intro closes for silence or a request bounces.</summary>
    public bool NotifyConnector { get; set; } = true;

    /// <summary>Months of the connector's past intros the pane recalls before a conversion; 0 recalls nothing.</summary>
    public int RelationshipMonths { get; set; } = 6;

    /// <summary>Business days after the final intro at which the pane asks whether the two connected; 0 never asks.</summary>
    public int OutcomeAfterBusinessDays { get; set; } = 14;
}
