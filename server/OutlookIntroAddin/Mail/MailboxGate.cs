using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using OutlookIntroAddin.GraphAccess;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// The innermost handler of our Graph pipeline, so it sees every attempt the SDK makes: at most
/// N requests in flight per mailbox, nothing for a mailbox before the Retry-After Graph gave it,
/// and no more sends per minute than Exchange accepts. The limits are Graph's per mailbox, not per
/// process, so they are held in the database (<see cref="MailboxPermits"/>) for every instance on it.
/// Waits end with <c>ct</c>: the HttpClient's timeout bounds them.
/// </summary>
public sealed class MailboxGate(GraphOptions options, MailboxPermits permits, TimeProvider realTime, ILogger<MailboxGate> logger) : DelegatingHandler
{
    /// <summary>How long a request's permit outlives its holder: a crashed instance's permits free after this.</summary>
    public static readonly TimeSpan PermitLease = TimeSpan.FromSeconds(10);

    // Another instance's permit comes back when its request ends, which nothing announces here.
    private const long LookAgainMs = 250;
    private const long MinuteMs = 60_000;

    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Mailbox(int concurrency)
    {
        // This process's own first gate, so that no more of its requests than Graph allows ask the database.
        public readonly SemaphoreSlim InFlight = new(concurrency, concurrency);

        // Its sends queue here, so that only the first waits in the database for the mailbox's next minute.
        public readonly SemaphoreSlim Sending = new(1, 1);
    }

    private int Concurrency => Math.Max(1, options.MaxConcurrentPerMailbox);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var name = MailboxOf(request);
        var mailbox = _mailboxes.GetOrAdd(name, _ => new Mailbox(Concurrency));
        var send = IsSend(request) && options.MessagesPerMinute > 0 ? await TakeSendAsync(mailbox, name, ct) : null;
        await mailbox.InFlight.WaitAsync(ct);
        try
        {
            var permit = await TakeAsync(name, MailboxPermits.Request, Concurrency, (long)PermitLease.TotalMilliseconds, ct);
            try
            {
                // Exchange counts the send from when it gets it, so its minute starts now; a permit that
                // ran out meanwhile may be another send's by now, and this one takes its own turn again.
                if (send is not null && !await permits.RenewAsync(send, Now() + MinuteMs)) await TakeSendAsync(mailbox, name, ct);
                var response = await SendHoldingAsync(request, permit, ct);
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                    && RetryAfter(response) is { } delay)
                {
                    await BackOffAsync(name, Now() + (long)delay.TotalMilliseconds);
                }
                return response;
            }
            finally
            {
                await ReleaseAsync(permit);
            }
        }
        finally
        {
            mailbox.InFlight.Release();
        }
    }

    /// <summary>How long a send from this mailbox would wait now, from any instance: Graph's Retry-After, or Exchange's 30 a minute.</summary>
    public async Task<TimeSpan> SendWaitAsync(string mailbox, CancellationToken ct = default)
    {
        var now = Now();
        var perMinute = options.MessagesPerMinute;
        var state = await permits.StateAsync(mailbox, MailboxPermits.Send, Math.Max(1, perMinute), now, ct);
        var until = state.NotBefore ?? now;
        if (perMinute > 0 && state.Held >= perMinute && state.FirstExpiry > until) until = state.FirstExpiry.Value;
        return TimeSpan.FromMilliseconds(until - now);
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private long Now() => realTime.GetUtcNow().ToUnixTimeMilliseconds();

    private long _forgotAt;

    /// <summary>At most hourly per instance: permits and Retry-Afters that ended over an hour ago are deleted.</summary>
    public async Task ForgetEndedAsync(CancellationToken ct)
    {
        var now = Now();
        var last = Interlocked.Read(ref _forgotAt);
        if (now - last < (long)TimeSpan.FromHours(1).TotalMilliseconds || Interlocked.CompareExchange(ref _forgotAt, now, last) != last) return;
        await permits.ForgetEndedAsync(now - (long)TimeSpan.FromHours(1).TotalMilliseconds, ct);
    }

    private async Task<Permit> TakeSendAsync(Mailbox mailbox, string name, CancellationToken ct)
    {
        await mailbox.Sending.WaitAsync(ct);
        try
        {
            return await TakeAsync(name, MailboxPermits.Send, options.MessagesPerMinute, MinuteMs, ct);
        }
        finally
        {
            mailbox.Sending.Release();
        }
    }

    /// <summary>Waits for a permit: until the Retry-After, until a send's minute is over, or while other instances hold every slot.</summary>
    private async Task<Permit> TakeAsync(string mailbox, string kind, int limit, long leaseMs, CancellationToken ct)
    {
        for (var raced = 0; ; )
        {
            var now = Now();
            if (await permits.TakeAsync(mailbox, kind, limit, now, now + leaseMs, ct) is { } permit) return permit;
            var state = await permits.StateAsync(mailbox, kind, limit, now, ct);
            var wait = state switch
            {
                { NotBefore: { } notBefore } => notBefore - now,
                // Another instance took the free slot at the same moment; the next one may be free.
                _ when state.Held < limit => ++raced <= 3 ? 0 : LookAgainMs,
                { FirstExpiry: { } first } when kind == MailboxPermits.Send => first - now,
                { FirstExpiry: { } first } => Math.Min(first - now, LookAgainMs),
                _ => LookAgainMs,
            };
            if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), realTime, ct);
        }
    }

    /// <summary>Sends while keeping the permit: a slow answer outlives a lease, and a crashed instance must lose its permits soon.</summary>
    private async Task<HttpResponseMessage> SendHoldingAsync(HttpRequestMessage request, Permit permit, CancellationToken ct)
    {
        var sending = base.SendAsync(request, ct);
        using var answered = new CancellationTokenSource();
        while (await Task.WhenAny(sending, Task.Delay(PermitLease / 3, realTime, answered.Token)) != sending)
        {
            try
            {
                if (!await permits.RenewAsync(permit, Now() + (long)PermitLease.TotalMilliseconds))
                {
                    logger.LogWarning("A Graph request outlived its mailbox permit (was this instance paused?); the mailbox may briefly see one request more than its limit");
                }
            }
            catch (DbException e)
            {
                logger.LogWarning(e, "Could not renew a mailbox permit; it frees when its lease runs out");
            }
        }
        await answered.CancelAsync();
        return await sending;
    }

    private async Task ReleaseAsync(Permit permit)
    {
        try
        {
            await permits.ReleaseAsync(permit);
        }
        catch (DbException e)
        {
            logger.LogWarning(e, "Could not give back a mailbox permit; it frees when its lease runs out");
        }
    }

    private async Task BackOffAsync(string mailbox, long notBefore)
    {
        try
        {
            await permits.BackOffAsync(mailbox, notBefore);
        }
        catch (DbException e)
        {
            // The answer itself still goes back: the caller sees Graph's 429 or 503 and waits on its own.
            logger.LogWarning(e, "Could not record Graph's Retry-After for other instances");
        }
    }

    private static bool IsSend(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri is { } uri
        && (uri.AbsolutePath.EndsWith("/send", StringComparison.OrdinalIgnoreCase)
            || uri.AbsolutePath.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The mailbox a request is for: the one its client tagged it with (<see cref="MailboxTagging"/>;
    /// the tag never reaches Graph), else the one its URL names. <c>/me</c> and the links Graph hands
    /// back for it name none.
    /// </summary>
    public static string MailboxOf(HttpRequestMessage request)
    {
        // A retry is a copy of the request without the header, but with its options.
        if (request.Options.TryGetValue(TaggedMailbox, out var known)) return known;
        if (request.Headers.TryGetValues(MailboxTagging.Header, out var tagged))
        {
            request.Headers.Remove(MailboxTagging.Header);
            if (tagged.FirstOrDefault() is { Length: > 0 } mailbox)
            {
                request.Options.Set(TaggedMailbox, mailbox.ToLowerInvariant());
                return mailbox.ToLowerInvariant();
            }
        }
        return MailboxOf(request.RequestUri);
    }

    private static readonly HttpRequestOptionsKey<string> TaggedMailbox = new("intros.mailbox");

    /// <summary>The mailbox a Graph URL addresses: the segment after /users/, or "me".</summary>
    public static string MailboxOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var users = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        return users >= 0 && users + 1 < segments.Length ? Uri.UnescapeDataString(segments[users + 1]).ToLowerInvariant() : "me";
    }
}
