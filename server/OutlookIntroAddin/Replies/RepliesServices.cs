using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Replies;

public static class RepliesServices
{
    /// <summary>Hearing the parties' replies: Inbox watches, delta catch-up, recording what they say.</summary>
    public static void AddReplies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReplyOptions>().BindConfiguration("Graph")
            .Validate(o => o.ReplyDetection is ReplyOptions.Notifications or ReplyOptions.Poll, "Graph:ReplyDetection is notifications or poll.")
            .Validate(o => o.ReplyPollInterval > TimeSpan.Zero, "Graph:ReplyPollInterval is positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.Options<ReplyOptions>());
        builder.Services.AddSingleton<InboxSignal>();
        builder.Services.AddSingleton<ReplyWatches>();
        builder.Services.AddSingleton<ReplyRecorder>();
        builder.Services.AddSingleton<ReplySubscriptions>();
        builder.Services.AddSingleton<InboxCatchUp>();
    }
}
