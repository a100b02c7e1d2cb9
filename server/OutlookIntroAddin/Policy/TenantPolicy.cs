namespace OutlookIntroAddin.Policy;

/// <summary>What happens once every party said yes: the final intro is sent, or drafted for the connector to review.</summary>
public static class FinalIntroMode
{
    public const string Send = "send";
    public const string Review = "review";
}

/// <summary>What the add-in does when a hot-potato intro is about to be sent (Smart Alerts' send mode).</summary>
public static class SendCheck
{
    public const string Off = "off";
    /// <summary>Ask once; the connector may send anyway (Smart Alerts PromptUser).</summary>
    public const string Prompt = "prompt";
    /// <summary>Stop the send until the connector converts it or overrides (Smart Alerts SoftBlock).</summary>
    public const string SoftBlock = "softBlock";

    public static readonly string[] All = [Off, Prompt, SoftBlock];
}

/// <summary>A tenant's policy, as GET /api/policy returns it and PUT /api/admin/policy takes it.</summary>
/// <param name="NotifyConnector">The connector gets a short mail of their own when an intro closes for silence or a request bounces.</param>
/// <param name="RelationshipMonths">
/// How far back the pane looks, before a conversion, for what the connector already did with the same two people
/// and for people who declined or stayed silent twice; 0 turns that memory off.
/// </param>
/// <param name="OutcomeAfterBusinessDays">
/// Business days after the final intro at which the pane asks the connector, once, whether the two connected
/// (unless a reply already told); 0 never asks.
/// </param>
public sealed record TenantPolicy(
    int FollowUpAfterBusinessDays, int ExpireAfterBusinessDays, string FinalIntro, string SendCheck, int RetentionDays, bool NotifyConnector,
    int RelationshipMonths, int OutcomeAfterBusinessDays)
{
    public const int MinBusinessDays = 1, MaxBusinessDays = 60, MinRetentionDays = 1, MaxRetentionDays = 3650;

    /// <summary>Three years at most: longer than that, a decline says little about today.</summary>
    public const int MinRelationshipMonths = 0, MaxRelationshipMonths = 36;

    /// <summary>0 is off; otherwise as many business days as a follow-up may wait.</summary>
    public const int MinOutcomeBusinessDays = 0;

    public static TenantPolicy Defaults(PolicyDefaults options) => new(
        options.FollowUpAfterBusinessDays, options.ExpireAfterBusinessDays, options.FinalIntro, options.SendCheck, options.RetentionDays,
        options.NotifyConnector, options.RelationshipMonths, options.OutcomeAfterBusinessDays);
}

/// <summary>The body of PUT /api/admin/policy: every field is required, so a policy is never half set.</summary>
public sealed record PolicyRequest(
    int? FollowUpAfterBusinessDays, int? ExpireAfterBusinessDays, string? FinalIntro, string? SendCheck, int? RetentionDays, bool? NotifyConnector,
    int? RelationshipMonths, int? OutcomeAfterBusinessDays)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Days(FollowUpAfterBusinessDays, "followUpAfterBusinessDays", errors);
        Days(ExpireAfterBusinessDays, "expireAfterBusinessDays", errors);
        if (FinalIntro is not (FinalIntroMode.Send or FinalIntroMode.Review))
        {
            errors["finalIntro"] = ["finalIntro is 'send' or 'review'."];
        }
        if (SendCheck is null || !Policy.SendCheck.All.Contains(SendCheck))
        {
            errors["sendCheck"] = ["sendCheck is 'off', 'prompt' or 'softBlock'."];
        }
        if (RetentionDays is not (>= TenantPolicy.MinRetentionDays and <= TenantPolicy.MaxRetentionDays))
        {
            errors["retentionDays"] = [$"retentionDays is a whole number from {TenantPolicy.MinRetentionDays} to {TenantPolicy.MaxRetentionDays}."];
        }
        if (NotifyConnector is null) errors["notifyConnector"] = ["notifyConnector is true or false."];
        if (RelationshipMonths is not (>= TenantPolicy.MinRelationshipMonths and <= TenantPolicy.MaxRelationshipMonths))
        {
            errors["relationshipMonths"] =
                [$"relationshipMonths is a whole number of months from {TenantPolicy.MinRelationshipMonths} (off) to {TenantPolicy.MaxRelationshipMonths}."];
        }
        if (OutcomeAfterBusinessDays is not (>= TenantPolicy.MinOutcomeBusinessDays and <= TenantPolicy.MaxBusinessDays))
        {
            errors["outcomeAfterBusinessDays"] =
                [$"outcomeAfterBusinessDays is a whole number of business days from {TenantPolicy.MinOutcomeBusinessDays} (never ask) to {TenantPolicy.MaxBusinessDays}."];
        }
        return errors;
    }

    /// <summary>Only after <see cref="Validate"/> found nothing.</summary>
    public TenantPolicy ToPolicy() =>
        new(FollowUpAfterBusinessDays!.Value, ExpireAfterBusinessDays!.Value, FinalIntro!, SendCheck!, RetentionDays!.Value, NotifyConnector!.Value,
            RelationshipMonths!.Value, OutcomeAfterBusinessDays!.Value);

    private static void Days(int? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is not (>= TenantPolicy.MinBusinessDays and <= TenantPolicy.MaxBusinessDays))
        {
            errors[field] = [$"{field} is a whole number of business days from {TenantPolicy.MinBusinessDays} to {TenantPolicy.MaxBusinessDays}."];
        }
    }
}
