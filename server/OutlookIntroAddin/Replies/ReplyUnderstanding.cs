using OutlookIntroAddin.Replies.Dates;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Reads one reply to a private request: a machine's mail (bounce, automatic reply) or a person's
/// answer. A person's answer is confident only when the words clearly say it; a question back, a
/// hedge, a mixed text or nothing recognisable is "unclear" and waits for the connector. Any
/// refusal or deferral outranks an acceptance, so a "no" is never read as "yes".
/// </summary>
public static class ReplyUnderstanding
{
    /// <summary>Bodies are cut here before any parsing: a reply's own words fit many times over.</summary>
    public const int MaxBodyChars = 64 * 1024;

    /// <param name="today">The connector's local date when the reply arrived.</param>
    /// <param name="language">The intro's language (en, de, fr, es, nl, pt): a hint for numeric dates only.</param>
    public static ReplyReading Read(IncomingReply reply, DateOnly today, string language)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = reply.Body.Length > MaxBodyChars ? reply.Body[..MaxBodyChars] : reply.Body;
        var text = reply.BodyIsHtml ? HtmlText.ToText(body) : body;
        var own = QuotedText.OwnText(text);
        var excerpt = Excerpts.Of(own);
        if (AutomaticMail.IsBounce(reply)) return new(Understood.Bounce, null, excerpt);
        if (AutomaticMail.IsAutoReply(reply)) return new(Understood.AutoReply, When.Return(own, today, language), excerpt);

        var signals = Signals.Of(own);
        // Some automatic mail arrives without its headers. A body written as an NDR or an out-of-office is
        // one unless the person accepts in it; an automatic "no" would be recorded, a wrong autoReply only waits.
        var words = Normal.Words(own);
        if (!signals.Yes && AutomaticMail.ReadsLikeBounce(words)) return new(Understood.Bounce, null, excerpt);
        if (!signals.Yes && !signals.Already && AutomaticMail.ReadsLikeOutOfOffice(words))
            return new(Understood.AutoReply, When.Return(own, today, language), excerpt);
        var (understood, until) = Decide(signals, own, today, language);
        return new(understood, until, excerpt);
    }

    private static (string Understood, DateOnly? Until) Decide(Signals s, string own, DateOnly today, string language)
    {
        if (s.Already) return (Understood.AlreadyConnected, null);
        var later = When.AskAgain(own, today, language);
        // A date or "right now" alone is scheduling, not deferral, when the text accepts ("happy to, next week works").
        // "Can't" beside "right now" or a date defers; a firm refusal ("I'll pass") stays a no unless its date defers.
        var undecided = !s.Yes && !s.No && !s.Question && !s.Hedge;
        var dated = later.Day is not null && (later.Defers || s.Unable || undecided || (s.Yes && s.Contrast));
        if (s.NotNow || (s.Moment && (s.Unable || undecided)) || dated) return (Understood.NotNow, later.Day);
        if (s.No || s.Unable) return (Understood.No, null);
        if (s.Hedge || s.Question || !s.Yes) return (Understood.Unclear, null);
        return (Understood.Yes, null);
    }
}
