using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace GraphSandbox;

/// <summary>
/// The body Outlook writes for a reply: the new text, then a header block and the message replied
/// to. A party's real reply carries the whole request below its answer, so the code reading replies
/// must find the answer above the quote, and the sandbox gives it the same shape to work on.
/// </summary>
internal static partial class ReplyQuote
{
    public static string Compose(SandboxMessage original, string comment)
    {
        var sent = (original.SentAt ?? original.CreatedAt).UtcDateTime
            .ToString("dddd, MMMM d, yyyy h:mm:ss tt", CultureInfo.InvariantCulture);
        var from = original.From is { } f ? Display(f) : "";
        var to = string.Join("; ", original.To.Select(Display));
        if (original.BodyContentType != "html")
        {
            return $"{comment}\r\n\r\n________________________________\r\nFrom: {from}\r\nSent: {sent}\r\n"
                + $"To: {to}\r\nSubject: {original.Subject}\r\n\r\n{original.Body}";
        }
        string E(string text) => WebUtility.HtmlEncode(text);
        var newText = E(comment).Replace("\r\n", "\n").Replace("\n", "<br>");
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + $"<div dir=\"ltr\">{newText}</div>"
            + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
            + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
            + $"<b>From:</b> {E(from)}<br><b>Sent:</b> {E(sent)}<br><b>To:</b> {E(to)}<br><b>Subject:</b> {E(original.Subject)}"
            + "</font><div>&nbsp;</div></div>"
            + $"<div>{InnerBody(original.Body)}</div></body></html>";
    }

    private static string Display(SandboxRecipient r) =>
        string.IsNullOrWhiteSpace(r.Name) || r.Name == r.Address ? r.Address : $"{r.Name} <{r.Address}>";

    /// <summary>The quoted message goes inside this body, so its own html and body tags go.</summary>
    private static string InnerBody(string html) =>
        BodyContent().Match(html) is { Success: true } match ? match.Groups["inner"].Value : html;

    [GeneratedRegex(@"<body[^>]*>(?<inner>.*)</body>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BodyContent();
}
