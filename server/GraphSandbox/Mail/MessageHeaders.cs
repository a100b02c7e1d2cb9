using System.Globalization;

namespace GraphSandbox;

/// <summary>The RFC 5322 headers Exchange writes on mail, so code that threads by them can be tested.</summary>
internal static class MessageHeaders
{
    public const string InReplyTo = "In-Reply-To";
    public const string References = "References";
    public const string AutoSubmitted = "Auto-Submitted";
    public const string AutoResponseSuppress = "X-Auto-Response-Suppress";

    /// <summary>Stands in for the Exchange Online host names real headers carry.</summary>
    public const string Host = "sandbox.graph.local";

    /// <summary>
    /// RFC 5322 §3.6.4: In-Reply-To is the parent's Message-ID, References the parent's References
    /// followed by that Message-ID.
    /// </summary>
    public static IReadOnlyList<SandboxHeader> ThreadOf(SandboxMessage parent)
    {
        var references = string.Join(' ',
            new[] { parent.Header(References), parent.InternetMessageId }.Where(r => !string.IsNullOrWhiteSpace(r)));
        return [new(InReplyTo, parent.InternetMessageId), new(References, references)];
    }

    /// <summary>
    /// What a recipient's copy shows: the headers transport writes, then the ones the author's copy
    /// already carried (thread, auto-submission), which win over computed ones of the same name. Bcc
    /// never appears.
    /// </summary>
    public static IReadOnlyList<SandboxHeader> Transport(SandboxMessage sent, DateTimeOffset at)
    {
        var date = at.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        var headers = new List<SandboxHeader>
        {
            new("Received", $"from {Host} by {Host} with HTTPS; {date}"),
            new("From", sent.From is { } from ? Mailbox(from) : ""),
            new("To", string.Join(", ", sent.To.Select(Mailbox))),
        };
        if (sent.Cc.Count > 0)
            headers.Add(new("CC", string.Join(", ", sent.Cc.Select(Mailbox))));
        if (sent.ReplyTo.Count > 0)
            headers.Add(new("Reply-To", string.Join(", ", sent.ReplyTo.Select(Mailbox))));
        headers.Add(new("Subject", sent.Subject));
        headers.Add(new("Thread-Topic", Topic(sent.Subject)));
        headers.Add(new("Date", date));
        headers.Add(new("Message-ID", sent.InternetMessageId));
        headers.Add(new("Content-Type", $"{(sent.BodyContentType == "html" ? "text/html" : "text/plain")}; charset=\"utf-8\""));
        headers.Add(new("MIME-Version", "1.0"));
        foreach (var own in sent.InternetMessageHeaders)
        {
            headers.RemoveAll(h => string.Equals(h.Name, own.Name, StringComparison.OrdinalIgnoreCase));
            headers.Add(own);
        }
        return headers;
    }

    /// <summary>RFC 5322 mailbox: <c>"Display Name" &lt;address&gt;</c>, or the bare address when it has no name of its own.</summary>
    public static string Mailbox(SandboxRecipient r) =>
        string.IsNullOrWhiteSpace(r.Name) || r.Name == r.Address
            ? $"<{r.Address}>"
            : $"\"{r.Name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\" <{r.Address}>";

    /// <summary>Exchange's Thread-Topic: the subject without the reply and forward prefixes.</summary>
    private static string Topic(string subject)
    {
        var topic = subject.Trim();
        string[] prefixes = ["RE:", "FW:", "FWD:", "Automatic reply:", "Undeliverable:"];
        while (prefixes.FirstOrDefault(p => topic.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix)
            topic = topic[prefix.Length..].TrimStart();
        return topic;
    }
}
