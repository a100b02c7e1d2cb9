using OutlookIntroAddin.Consent;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

public static class IntrosServices
{
    public static void AddIntros(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntrosOptions>().BindConfiguration("Intros")
            .Validate(o => o.FollowUpAfterBusinessDays is >= 1 and <= 60, "Intros:FollowUpAfterBusinessDays is between 1 and 60.")
            .Validate(o => o.ExpireAfterBusinessDays is >= 1 and <= 60, "Intros:ExpireAfterBusinessDays is between 1 and 60.")
            .Validate(o => o.FinalIntro is FinalIntroMode.Send or FinalIntroMode.Review, "Intros:FinalIntro is send or review.")
            .Validate(o => SendCheck.All.Contains(o.SendCheck), "Intros:SendCheck is off, prompt or softBlock.")
            .Validate(o => o.RetentionDays is >= TenantPolicy.MinRetentionDays and <= TenantPolicy.MaxRetentionDays, "Intros:RetentionDays is between 1 and 3650.")
            .Validate(o => o.PublicBaseUrl.Length == 0 || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Intros:PublicBaseUrl is an absolute URL such as https://intros.contoso.com.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<IntrosOptions>());
        builder.Services.AddSingleton<IntroStore>();
        builder.Services.AddSingleton<IntroTransitions>();
        builder.Services.AddSingleton<IntroTimeline>();
        builder.Services.AddSingleton<ConsentTokens>();
    }
}
