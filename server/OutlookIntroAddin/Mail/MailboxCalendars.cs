using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Graph;
using OutlookIntroAddin.Data;


namespace OutlookIntroAddin.Mail;

/// <summary>
/// Each connector's working days and time zone, read from Graph mailboxSettings and kept for a day
/// so a follow-up's date costs no extra Graph call per mail.
/// </summary>
public sealed class MailboxCalendars(Db db, TimeProvider clock, ILogger<MailboxCalendars> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    // One reader per mailbox at a time, so a burst of first sends costs one Graph call, not one each.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _reading = new(StringComparer.OrdinalIgnoreCase);

    public async Task<BusinessCalendar> GetAsync(GraphServiceClient client, string mailbox)
    {
        var gate = _reading.GetOrAdd(mailbox, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            return await ReadAsync(client, mailbox);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The calendar last read for a mailbox, whatever its age, inside a transaction that must not call
    /// Graph (an answer arriving by link); Monday to Friday in UTC if it was never read.
    /// </summary>
    public static async Task<BusinessCalendar> CachedAsync(DbConnection connection, DbTransaction transaction, string mailbox)
    {
        var cached = await connection.QuerySingleOrDefaultAsync<(string TimeZone, string WorkingDays)>(
            "SELECT time_zone, working_days FROM mailbox_calendars WHERE mailbox = @mailbox",
            new { mailbox = mailbox.ToLowerInvariant() }, transaction);
        return cached.TimeZone is null ? BusinessCalendar.Default : BusinessCalendar.From(cached.TimeZone, cached.WorkingDays.Split(','));
    }

    private async Task<BusinessCalendar> ReadAsync(GraphServiceClient client, string mailbox)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var connection = await db.OpenAsync())
        {
            var cached = await connection.QuerySingleOrDefaultAsync<(string TimeZone, string WorkingDays, long RefreshedAt)>(
                "SELECT time_zone, working_days, refreshed_at FROM mailbox_calendars WHERE mailbox = @mailbox", new { mailbox });
            if (cached.TimeZone is not null && now - cached.RefreshedAt < KeepFor.TotalMilliseconds)
            {
                return BusinessCalendar.From(cached.TimeZone, cached.WorkingDays.Split(','));
            }
        }
        try
        {
            var (zone, days) = await GraphMail.MailboxSettingsAsync(client, mailbox);
            await using var connection = await db.OpenAsync();
            await connection.ExecuteAsync(db.Dialect(
                portable: """
                    INSERT INTO mailbox_calendars (mailbox, time_zone, working_days, refreshed_at) VALUES (@mailbox, @zone, @days, @now)
                    ON CONFLICT (mailbox) DO UPDATE SET time_zone = excluded.time_zone, working_days = excluded.working_days, refreshed_at = excluded.refreshed_at
                    """,
                sqlServer: """
                    MERGE mailbox_calendars WITH (HOLDLOCK) AS t
                    USING (SELECT @mailbox AS mailbox) AS s ON t.mailbox = s.mailbox
                    WHEN MATCHED THEN UPDATE SET time_zone = @zone, working_days = @days, refreshed_at = @now
                    WHEN NOT MATCHED THEN INSERT (mailbox, time_zone, working_days, refreshed_at) VALUES (@mailbox, @zone, @days, @now);
                    """),
                new { mailbox, zone = zone ?? "UTC", days = string.Join(',', days), now });
            return BusinessCalendar.From(zone, days);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A follow-up on a Monday–Friday UTC week beats no follow-up at all.
            // Addresses never go into logs; the exception says what Graph answered.
            logger.LogWarning(e, "Could not read a mailbox's mailboxSettings; counting Monday to Friday in UTC");
            return BusinessCalendar.Default;
        }
    }
}
