using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Intros;

public static class IntrosServices
{
    public static void AddIntros(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntrosOptions>().BindConfiguration("Intros")
            .Validate(o => o.PublicBaseUrl.Length == 0 || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Intros:PublicBaseUrl is an absolute URL such as https://intros.contoso.com.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<IntrosOptions>());
        builder.Services.AddSingleton<IntroStore>();
        builder.Services.AddSingleton<IntroTransitions>();
        builder.Services.AddSingleton<IntroTimeline>();
        builder.Services.AddSingleton<ConsentTokens>();
        builder.Services.AddSingleton<Outbox>();
    }
}
