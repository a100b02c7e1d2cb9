namespace GraphSandbox;

/// <summary>
/// Graph's failure modes to imitate, as one immutable value (the JSON of <c>PUT /_sandbox/faults</c>).
/// Rates are probabilities per request; the <c>Next…</c> counters fail exactly the next N
/// requests, for tests that must not depend on chance.
/// </summary>
public sealed record SandboxFaultSettings
{
    public double Rate429 { get; init; }
    public double Rate503 { get; init; }

    /// <summary>send and sendMail only: the mail goes out, then 504 comes back (the ambiguous failure).</summary>
    public double Rate504AfterSend { get; init; }

    /// <summary>
    /// send and sendMail only: after the mail went out, the answer is held back this long, so a test
    /// can kill the sender in the window between Graph accepting a send and the sender recording it
    /// (<c>sendsHoldingNow</c> in the stats says when one is held).
    /// </summary>
    public int HoldAfterSendMs { get; init; }

    /// <summary>
    /// send only: Exchange sends asynchronously. After the 202 the message stays in Drafts, still
    /// <c>isDraft</c>, this long before it goes out and moves to Sent Items ("the copy of the message
    /// isn't created until the message is successfully sent, which might take some time":
    /// https://learn.microsoft.com/graph/outlook-immutable-id#immutable-id-with-sending-mail). A draft
    /// sent again meanwhile goes out again: the documentation promises nothing better.
    /// </summary>
    public int SendDelayMs { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;
    public int LatencyMs { get; init; }
    public double LatencySpikeRate { get; init; }
    public int LatencySpikeMs { get; init; }

    /// <summary>Graph's Outlook limit is 4 concurrent requests per app and mailbox; 0 = unlimited.</summary>
    public int MaxConcurrentPerMailbox { get; init; } = 4;

    public int? Seed { get; init; }
    public int Next429 { get; init; }
    public int Next503 { get; init; }
    public int Next504AfterSend { get; init; }

    /// <summary>send and sendMail only: the next this many are answered 503 before anything is sent.</summary>
    public int Next503OnSend { get; init; }

    public void Validate()
    {
        foreach (var (name, rate) in new[] { (nameof(Rate429), Rate429), (nameof(Rate503), Rate503),
                     (nameof(Rate504AfterSend), Rate504AfterSend), (nameof(LatencySpikeRate), LatencySpikeRate) })
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
                throw new ArgumentOutOfRangeException(name, rate, "must be between 0 and 1");
        }
        foreach (var (name, value) in new[] { (nameof(RetryAfterSeconds), RetryAfterSeconds), (nameof(LatencyMs), LatencyMs),
                     (nameof(LatencySpikeMs), LatencySpikeMs), (nameof(HoldAfterSendMs), HoldAfterSendMs), (nameof(SendDelayMs), SendDelayMs), (nameof(MaxConcurrentPerMailbox), MaxConcurrentPerMailbox),
                     (nameof(Next429), Next429), (nameof(Next503), Next503), (nameof(Next504AfterSend), Next504AfterSend), (nameof(Next503OnSend), Next503OnSend) })
        {
            if (value < 0)
                throw new ArgumentOutOfRangeException(name, value, "must not be negative");
        }
    }
}
