using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Intros;

public static class IntrosServices
{
    public static void AddIntros(this WebApplicationBuilder builder)
    {
        // Outside sandbox mode a link's origin never comes from a request's Host header, which a caller chooses.
        var sandbox = IdentityOptions.IsSandbox(builder.Configuration);
        builder.Services.AddOptions<IntrosOptions>().BindConfiguration("Intros")
            .Validate(o => o.PublicBaseUrl.Length == 0 || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Intros:PublicBaseUrl is an absolute URL such as https://intros.contoso.com.")
            .Validate(o => sandbox || o.PublicBaseUrl.Length > 0,
                "Intros:PublicBaseUrl is required outside sandbox mode: the public origin of this server, such as https://intros.contoso.com, which consent links name.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<IntrosOptions>());
        builder.Services.AddSingleton<IntroStore>();
        builder.Services.AddSingleton<IntroTransitions>();
        builder.Services.AddSingleton<IdempotencyKeys>();
        builder.Services.AddSingleton<IntroTimeline>();
        builder.Services.AddSingleton<ConsentTokens>();
    }
}
