namespace OutlookIntroAddin.RateLimits;

/// <summary>
/// Requests a minute, each a token bucket that holds one minute's worth and refills evenly: a burst
/// up to the number goes through at once, then one request every 60/N seconds.
/// </summary>
public sealed class RateLimitsOptions
{
    /// <summary>
    /// On by default, except in sandbox mode: there anyone is the demo admin and may reset the
    /// database, so a limit protects nothing, while soaks and load runs there send thousands of
    /// requests from one loopback address on purpose.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per client address, on /consent (the page and the answer together). A party opens a link and
    /// clicks once or twice; an office behind one address, or a mail scanner opening every link of a
    /// busy morning, stays far below this. A flood gets this many through, then one a second.
    /// </summary>
    public int ConsentPerMinute { get; set; } = 60;

    /// <summary>
    /// Per connector (tenant id and object id), on /api. The task pane asks for the list and the
    /// policy each time it opens or gets focus, and once per create or answer: a busy person makes a
    /// few dozen calls in a minute.
    /// </summary>
    public int ApiPerMinute { get; set; } = 120;
}
