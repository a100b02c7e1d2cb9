using System.Net.Http.Json;
using Dapper;
using OutlookIntroAddin.Data;
using GraphSandbox;
using Microsoft.Extensions.DependencyInjection;
using OutlookIntroAddin.Intros;
using static OutlookIntroAddin.Tests.Scenario;

namespace OutlookIntroAddin.Tests.Replies.Hearing;

/// <summary>What the reply-hearing tests need: an intro whose requests went out, a party replying, bounded waits.</summary>
public static class Hearing
{
    public static Dictionary<string, string?> Poll(string interval = "00:00:00.200") => new()
    {
        ["Graph:ReplyDetection"] = "poll",
        ["Graph:ReplyPollInterval"] = interval,
    };

    public static SandboxMailStore Store(this IntroApp app) => app.Services.GetRequiredService<SandboxMailStore>();

    /// <summary>Creates an intro and waits until both requests are in the parties' Inboxes.</summary>
    public static async Task<(IntroResponse Intro, MailItem ToJuan, MailItem ToSue)> SentIntroAsync(this IntroApp app, string language = "en")
    {
        using var client = app.Client();
        var intro = await client.CreateIntroAsync(IntroBody(language: language));
        var mail = await app.MailWhenAsync(m => m.Inbox(Juan).Any() && m.Inbox(Sue).Any());
        await app.IntroWhenAsync(intro.Id, i => i.Parties.All(p => p.RequestedAt is not null));
        return (intro, mail.Inbox(Juan).Single(), mail.Inbox(Sue).Single());
    }

    /// <summary>Lets due work run until the intro satisfies <paramref name="done"/>; bounded, and fails with what it saw.</summary>
    public static async Task<IntroResponse> IntroWhenAsync(this IntroApp app, string id, Func<IntroResponse, bool> done, int seconds = 90)
    {
        using var client = app.Client();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await app.AdvanceAsync();
            var intro = await client.GetIntroAsync(id);
            if (done(intro)) return intro;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("The intro never reached the expected state: " + System.Text.Json.JsonSerializer.Serialize(intro));
            await Task.Delay(100);
        }
    }

    public static PartyResponse Party(this IntroResponse intro, string address) =>
        intro.Parties.Single(p => p.Email.Equals(address, StringComparison.OrdinalIgnoreCase));

    public sealed record WatchRow(string? SubscriptionId, long? DeltaDueAt, long? ClaimedUntil);

    /// <summary>The demo connector's Inbox watch as stored, or null when there is none.</summary>
    public static async Task<WatchRow?> WatchAsync(this IntroApp app)
    {
        var db = new Db(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(app.Provider), ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await using var connection = await db.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<WatchRow>(
            """
            SELECT subscription_id AS SubscriptionId, delta_due_at AS DeltaDueAt, claimed_until AS ClaimedUntil
            FROM reply_watches WHERE mailbox = @Connector
            """, new { Connector });
    }

    /// <summary>Waits (bounded) until the demo connector's watch satisfies <paramref name="done"/>.</summary>
    public static async Task<WatchRow?> WatchWhenAsync(this IntroApp app, Func<WatchRow?, bool> done, int seconds = 90)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await app.AdvanceAsync();
            var watch = await app.WatchAsync();
            if (done(watch)) return watch;
            if (DateTime.UtcNow > until) throw new TimeoutException($"The watch never reached the expected state: {watch}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits (bounded) until the Inbox is subscribed and the catch-up that subscribed it has ended. The
    /// subscription is saved before that catch-up reads the Inbox and releases the watch; a test that
    /// went on in between would race it (a clock moved meanwhile puts the next catch-up after it).
    /// </summary>
    public static Task<WatchRow?> SubscribedWatchAsync(this IntroApp app) =>
        app.WatchWhenAsync(w => w is { SubscriptionId: not null, ClaimedUntil: null, DeltaDueAt: not null });

    /// <summary>Someone unrelated writes to the connector, through Graph's sendMail.</summary>
    public static async Task SendToConnectorAsync(this IntroApp app, string from, string subject, string body)
    {
        using var client = app.Client();
        var response = await client.PostAsJsonAsync($"/graph/v1.0/users/{from}/sendMail", new
        {
            message = new
            {
                subject,
                body = new { contentType = "Text", content = body },
                toRecipients = new[] { new { emailAddress = new { address = Connector } } },
            },
        });
        response.EnsureSuccessStatusCode();
    }
}
