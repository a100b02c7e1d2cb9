using OutlookIntroAddin.Data;
using OutlookIntroAddin.Scheduling;

namespace OutlookIntroAddin.Mail;

public static class MailServices
{
    public static void AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>().BindConfiguration("Graph")
            .Validate(o => o.BaseUrl.Length == 0 || Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Graph:BaseUrl is an absolute URL.")
            .Validate(o => o.MaxConcurrentPerMailbox is >= 1 and <= 4, "Graph:MaxConcurrentPerMailbox is between 1 and 4 (Graph's own limit).")
            .Validate(o => o.DispatchParallelism is >= 1 and <= 256, "Graph:DispatchParallelism is between 1 and 256.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<GraphOptions>());
        builder.Services.AddSingleton<GraphClients>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<MailboxCalendars>();
        builder.Services.AddSingleton<Dispatcher>();

        builder.Services.AddOptions<WorkLoopOptions>().BindConfiguration("Work");
        builder.Services.AddSingleton(sp => sp.Options<WorkLoopOptions>());
        builder.Services.AddSingleton<WorkSignal>();
        builder.Services.AddSingleton<Scheduler>();
        builder.Services.AddSingleton<DueWork>();
        builder.Services.AddHostedService<WorkLoop>();
    }
}
