using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// Mail written by a machine: non-delivery reports and automatic replies. Headers and the Exchange
/// message class are the reliable signs (RFC 3834's Auto-Submitted, Exchange's OOF class); subject
/// prefixes in the six languages catch the replies that lose their headers on the way.
/// </summary>
internal static class AutomaticMail
{
    private static readonly string[] DaemonSenders = ["postmaster", "mailer-daemon", "mailer_daemon", "maildaemon", "mail-daemon", "mailerdaemon"];

    public static bool IsBounce(IncomingReply reply)
    {
        var messageClass = reply.MessageClass ?? "";
        if (messageClass.StartsWith("REPORT.", StringComparison.OrdinalIgnoreCase)
            && messageClass.Contains("NDR", StringComparison.OrdinalIgnoreCase)) return true;
        if (Header(reply, "X-MS-Exchange-Message-Is-Ndr") is not null || Header(reply, "X-Failed-Recipients") is not null) return true;
        var subject = Subject(reply);
        var bounceSubject = Languages.All.Any(l => l.Mail.BounceSubjects.Any(p => subject.Contains(p, StringComparison.Ordinal)));
        var report = (Header(reply, "Content-Type") ?? "").Contains("report-type=delivery-status", StringComparison.OrdinalIgnoreCase);
        var address = reply.FromAddress;
        var angle = address.IndexOf('<');
        if (angle >= 0) address = address[(angle + 1)..].TrimEnd('>', ' ');
        var local = address.Split('@')[0].Trim().ToLowerInvariant();
        var daemon = DaemonSenders.Contains(local);
        return bounceSubject || (daemon && (report || IsAutoSubmitted(reply))) || (report && !subject.StartsWith("delivered", StringComparison.Ordinal));
    }

    /// <summary>Automatic by its headers, class or subject; the body is judged by the caller.</summary>
    public static bool IsAutoReply(IncomingReply reply)
    {
        var messageClass = reply.MessageClass ?? "";
        if (messageClass.StartsWith("IPM.Note.Rules.OofTemplate", StringComparison.OrdinalIgnoreCase)
            || messageClass.StartsWith("IPM.Note.Rules.ReplyTemplate", StringComparison.OrdinalIgnoreCase)) return true;
        if (IsAutoSubmitted(reply)) return true;
        foreach (var name in (string[])["X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"])
        {
            var value = Header(reply, name);
            if (value is not null && !value.Trim().Equals("no", StringComparison.OrdinalIgnoreCase)) return true;
        }
        var precedence = (Header(reply, "Precedence") ?? "").Trim().ToLowerInvariant();
        if (precedence is "auto_reply" or "auto-reply" or "bulk" or "junk" or "list") return true;
        // X-Auto-Response-Suppress asks others not to auto-answer this message; Outlook sets it on
        // ordinary mail too, so it marks an automatic reply only together with Exchange's rule-loop stamp.
        if (Header(reply, "X-Auto-Response-Suppress") is not null && Header(reply, "X-MS-Exchange-Inbox-Rules-Loop") is not null) return true;
        var subject = Subject(reply);
        // Several-word markers ("automatic reply") may stand anywhere, single words ("absent") only first.
        return Languages.All.Any(l => l.Mail.AutoSubjects.Any(p => p.Contains(' ') ? subject.Contains(p, StringComparison.Ordinal) : StartsWithWord(subject, p)));
    }

    /// <summary>A body written like a non-delivery report, for reports that reach us stripped of their headers.</summary>
    public static bool ReadsLikeBounce(string words) =>
        Languages.All.Any(l => Normal.HasAny(words, l.Mail.BounceBodies));

    /// <summary>A body written like an out-of-office notice.</summary>
    public static bool ReadsLikeOutOfOffice(string words) =>
        Languages.All.Any(l => Normal.HasAny(words, l.Mail.OutOfOffice));

    private static bool IsAutoSubmitted(IncomingReply reply)
    {
        var value = Header(reply, "Auto-Submitted");
        return value is not null && !value.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Header(IncomingReply reply, string name) =>
        reply.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Folded subject with leading "RE:"/"AW:"/"FW:" prefixes removed: an automatic reply
    /// prefixes the request's own "Re:" subject.</summary>
    private static string Subject(IncomingReply reply)
    {
        var subject = Normal.Fold(reply.Subject).Trim().TrimStart('[', '*', ' ');
        string[] replyPrefixes = ["re:", "aw:", "antw:", "sv:", "wg:", "fw:", "fwd:", "tr:", "rv:", "res:", "enc:"];
        for (var guard = 0; guard < 5; guard++)
        {
            var prefix = replyPrefixes.FirstOrDefault(p => subject.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null) break;
            subject = subject[prefix.Length..].TrimStart();
        }
        return subject;
    }

    private static bool StartsWithWord(string subject, string phrase) =>
        subject.StartsWith(phrase, StringComparison.Ordinal)
        && (subject.Length == phrase.Length || !char.IsLetterOrDigit(subject[phrase.Length]));
}
