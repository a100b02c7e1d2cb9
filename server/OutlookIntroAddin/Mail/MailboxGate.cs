using System.Collections.Concurrent;
using System.Net;
using OutlookIntroAddin.GraphAccess;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// The innermost handler of our Graph pipeline, so it sees every attempt the SDK makes: at most
/// N requests in flight per mailbox, nothing for a mailbox before the Retry-After Graph gave it,
/// and no more sends per minute than Exchange accepts. Limits hold per process.
/// </summary>
public sealed class MailboxGate(GraphOptions options, TimeProvider? realTime = null) : DelegatingHandler
{
    private readonly TimeProvider _time = realTime ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Mailbox(int concurrency)
    {
        public readonly SemaphoreSlim InFlight = new(concurrency, concurrency);
        public readonly Queue<DateTimeOffset> RecentSends = new();
        public DateTimeOffset NotBefore = DateTimeOffset.MinValue;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var mailbox = _mailboxes.GetOrAdd(MailboxOf(request.RequestUri), _ => new Mailbox(Math.Max(1, options.MaxConcurrentPerMailbox)));
        await WaitUntilAsync(() => mailbox.NotBefore, ct);
        if (IsSend(request)) await WaitForSendSlotAsync(mailbox, ct);
        await mailbox.InFlight.WaitAsync(ct);
        try
        {
            // Another request may have been told to back off while this one queued.
            await WaitUntilAsync(() => mailbox.NotBefore, ct);
            var response = await base.SendAsync(request, ct);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                && RetryAfter(response) is { } delay)
            {
                var until = _time.GetUtcNow() + delay;
                lock (mailbox) { if (until > mailbox.NotBefore) mailbox.NotBefore = until; }
            }
            return response;
        }
        finally
        {
            mailbox.InFlight.Release();
        }
    }

    /// <summary>How long a send from this mailbox would wait now: Graph's Retry-After, or Exchange's 30 a minute.</summary>
    public TimeSpan SendWait(string mailbox)
    {
        if (!_mailboxes.TryGetValue(mailbox, out var state)) return TimeSpan.Zero;
        lock (state)
        {
            var now = _time.GetUtcNow();
            var wait = state.NotBefore - now;
            var inWindow = state.RecentSends.Count(at => now - at < TimeSpan.FromMinutes(1));
            if (options.MessagesPerMinute > 0 && inWindow >= options.MessagesPerMinute)
            {
                var slot = state.RecentSends.Where(at => now - at < TimeSpan.FromMinutes(1)).First() + TimeSpan.FromMinutes(1) - now;
                if (slot > wait) wait = slot;
            }
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private async Task WaitUntilAsync(Func<DateTimeOffset> deadline, CancellationToken ct)
    {
        for (var wait = deadline() - _time.GetUtcNow(); wait > TimeSpan.Zero; wait = deadline() - _time.GetUtcNow())
        {
            await Task.Delay(wait, _time, ct);
        }
    }

    private async Task WaitForSendSlotAsync(Mailbox mailbox, CancellationToken ct)
    {
        if (options.MessagesPerMinute <= 0) return;
        while (true)
        {
            TimeSpan wait;
            lock (mailbox)
            {
                var now = _time.GetUtcNow();
                while (mailbox.RecentSends.Count > 0 && now - mailbox.RecentSends.Peek() >= TimeSpan.FromMinutes(1)) mailbox.RecentSends.Dequeue();
                if (mailbox.RecentSends.Count < options.MessagesPerMinute)
                {
                    mailbox.RecentSends.Enqueue(now);
                    return;
                }
                wait = mailbox.RecentSends.Peek() + TimeSpan.FromMinutes(1) - now;
            }
            await Task.Delay(wait, _time, ct);
        }
    }

    private static bool IsSend(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri is { } uri
        && (uri.AbsolutePath.EndsWith("/send", StringComparison.OrdinalIgnoreCase)
            || uri.AbsolutePath.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase));

    /// <summary>The mailbox a Graph URL addresses: the segment after /users/, or "me".</summary>
    public static string MailboxOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var users = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        return users >= 0 && users + 1 < segments.Length ? Uri.UnescapeDataString(segments[users + 1]).ToLowerInvariant() : "me";
    }
}
