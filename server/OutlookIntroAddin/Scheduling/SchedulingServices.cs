using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Scheduling;

public static class SchedulingServices
{
    /// <summary>The work loop of this instance: follow-ups and expiries, the outbox, the retention purge.</summary>
    public static void AddScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkLoopOptions>().BindConfiguration("Work");
        builder.Services.AddSingleton(sp => sp.Options<WorkLoopOptions>());
        builder.Services.AddSingleton<Scheduler>();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<DueWork>();
        builder.Services.AddHostedService<WorkLoop>();
    }
}
