using Dapper;
using GraphSandbox;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.GraphAccess;
using OutlookIntroAddin.Scheduling;

namespace OutlookIntroAddin.Sandbox;

/// <summary>
/// Sandbox mode (no Entra ID configured): the Graph sandbox mounted in this process, a clock that
/// can jump ahead, and routes to look inside. None of it exists in any other mode.
/// </summary>
public static class SandboxApi
{
    public static void AddSandbox(this WebApplicationBuilder builder)
    {
        if (!IdentityOptions.IsSandbox(builder.Configuration)) return;
        var start = builder.Configuration.GetValue<DateTimeOffset?>("Sandbox:ClockStart");
        var clock = new SandboxClock(start);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        // The demo connector's mail goes out under their name, as Exchange sends it from a real mailbox.
        builder.Services.AddGraphSandbox(o => o.DisplayNames[SandboxAuthenticationHandler.Demo.Email] = SandboxAuthenticationHandler.Demo.Name);
    }

    public static void MapSandbox(this WebApplication app)
    {
        if (!IdentityOptions.IsSandbox(app.Configuration)) return;
        app.MapGraphSandbox(GraphOptions.SandboxPath);
        var group = app.MapGroup("/sandbox").AllowAnonymous().ExcludeFromDescription();

        group.MapSandboxPage();
        group.MapGet("/mail", (SandboxMailStore store) => store.AllMessages().Select(m => m.ToViewItem()));
        // A party's automatic reply or a bounce, which the sandbox page offers on each message.
        group.MapMailControl();
        group.MapGet("/clock", (SandboxClock clock) => Results.Ok(new { now = clock.GetUtcNow() }));

        group.MapPost("/clock/advance", async (int? days, SandboxClock clock, DueWork work, CancellationToken ct) =>
        {
            if (ControlEndpoints.InvalidClockDays(days) is { } invalid) return invalid;
            clock.Advance(TimeSpan.FromDays(days!.Value));
            await work.RunAsync(ct);
            return Results.Ok(new { now = clock.GetUtcNow() });
        });

        group.MapPost("/reset", async (Db db, SandboxMailStore store) =>
        {
            await db.InTransactionAsync(async (connection, transaction) =>
            {
                // The Inbox watches go too: the Graph sandbox forgets their subscriptions and delta links;
                // and Graph's pacing of the mailboxes, which starts afresh.
                foreach (var table in new[] { "idempotency_keys", "outbox", "consent_tokens", "intro_events", "party_replies", "parties", "intros", "mailbox_calendars",
                             "reply_watches", "inbox_messages_seen", "mailbox_permits", "mailbox_backoff" })
                {
                    await connection.ExecuteAsync($"DELETE FROM {table}", transaction: transaction);
                }
            });
            store.Reset();
            return Results.NoContent();
        });

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var demo = SandboxAuthenticationHandler.Demo;
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("Sandbox mode: open {Url}/sandbox (as the demo connector {Name})", url.TrimEnd('/'), demo.Name);
            }
        });
    }
}
