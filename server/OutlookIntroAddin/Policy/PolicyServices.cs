namespace OutlookIntroAddin.Policy;

public static class PolicyServices
{
    public static void AddPolicy(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PolicyStore>();
        builder.Services.AddSingleton<RetentionPurge>();
    }
}
