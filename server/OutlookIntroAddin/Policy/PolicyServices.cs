using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Policy;

public static class PolicyServices
{
    public static void AddPolicy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PolicyDefaults>().BindConfiguration("Intros")
            .Validate(o => o.FollowUpAfterBusinessDays is >= TenantPolicy.MinBusinessDays and <= TenantPolicy.MaxBusinessDays, "Intros:FollowUpAfterBusinessDays is between 1 and 60.")
            .Validate(o => o.ExpireAfterBusinessDays is >= TenantPolicy.MinBusinessDays and <= TenantPolicy.MaxBusinessDays, "Intros:ExpireAfterBusinessDays is between 1 and 60.")
            .Validate(o => o.FinalIntro is FinalIntroMode.Send or FinalIntroMode.Review, "Intros:FinalIntro is send or review.")
            .Validate(o => SendCheck.All.Contains(o.SendCheck), "Intros:SendCheck is off, prompt or softBlock.")
            .Validate(o => o.RetentionDays is >= TenantPolicy.MinRetentionDays and <= TenantPolicy.MaxRetentionDays, "Intros:RetentionDays is between 1 and 3650.")
            .Validate(o => o.RelationshipMonths is >= TenantPolicy.MinRelationshipMonths and <= TenantPolicy.MaxRelationshipMonths, "Intros:RelationshipMonths is between 0 (off) and 36.")
            .Validate(o => o.OutcomeAfterBusinessDays is >= TenantPolicy.MinOutcomeBusinessDays and <= TenantPolicy.MaxBusinessDays, "Intros:OutcomeAfterBusinessDays is between 0 (never ask) and 60.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<PolicyDefaults>());
        builder.Services.AddSingleton<PolicyStore>();
        builder.Services.AddSingleton<RetentionPurge>();
    }
}
