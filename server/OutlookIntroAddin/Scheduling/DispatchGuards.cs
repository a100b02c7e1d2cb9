namespace OutlookIntroAddin.Scheduling;

/// <summary>
/// The three guards that keep mail exactly-once when an instance pauses or dies mid-send. Each can
/// be switched off by <c>Testing:Guards:*</c>, honoured only in sandbox mode, so the soak's mutation
/// check can prove that each one is needed: with any of them off, the soak must fail.
/// </summary>
public sealed class DispatchGuards
{
    /// <summary>Before creating a draft, look for one already tagged with the outbox id.</summary>
    public bool DraftLookup { get; set; } = true;

    /// <summary>Every step of a claim holds only while the row's claim generation is still its own.</summary>
    public bool LeaseCheck { get; set; } = true;

    /// <summary>A mail's consent link is minted once, when it is queued, not at each attempt.</summary>
    public bool SingleToken { get; set; } = true;

    public static readonly DispatchGuards AllOn = new();
}
