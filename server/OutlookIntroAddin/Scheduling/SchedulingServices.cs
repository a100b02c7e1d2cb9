using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Scheduling;

public static class SchedulingServices
{
    /// <summary>The work loops of this instance: follow-ups and expiries, the outbox, the retention purge; and hearing replies.</summary>
    public static void AddScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkLoopOptions>().BindConfiguration("Work")
            .Validate(o => o.OutboxLease >= TimeSpan.FromSeconds(3), "Work:OutboxLease is at least 00:00:03.")
            .Validate(o => o.ShutdownTimeout > TimeSpan.Zero, "Work:ShutdownTimeout is positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<WorkLoopOptions>());
        builder.Services.AddOptions<HostOptions>().Configure<WorkLoopOptions>((host, work) => host.ShutdownTimeout = work.ShutdownTimeout);
        // Only the soak's mutation check switches a guard off, and only in sandbox mode.
        var guards = IdentityOptions.IsSandbox(builder.Configuration)
            ? builder.Configuration.GetSection("Testing:Guards").Get<DispatchGuards>() ?? DispatchGuards.AllOn
            : DispatchGuards.AllOn;
        builder.Services.AddSingleton(guards);
        builder.Services.AddSingleton<OutboxClaims>();
        builder.Services.AddSingleton<Scheduler>();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<DueWork>();
        // Hosts stop services in reverse order: the work loop first, so a stopping instance gives back its mail at once.
        builder.Services.AddHostedService<ReplyLoop>();
        builder.Services.AddHostedService<WorkLoop>();
    }
}
