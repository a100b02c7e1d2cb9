using System.Net;
using System.Text;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// HTML to plain text with a single forward scan: no regular expressions, no DOM, so the cost is
/// linear in the (already capped) input whatever the markup. Quoted originals are marked on the
/// way: lines inside a blockquote get a "> " prefix, an Outlook/Gmail reply container ends the
/// text with <see cref="Cut"/>, and an &lt;hr&gt; becomes Outlook's underscore separator line.
/// </summary>
internal static class HtmlText
{
    /// <summary>A line that means "the rest is the quoted original".</summary>
    public const string Cut = "\u0001";

    private static readonly string[] Skipped = ["script", "style", "head", "title", "xml"];
    private static readonly string[] Blocks =
        ["p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section", "article"];
    // The containers Outlook (desktop, web, Mac), Gmail, Thunderbird and Yahoo put the original in.
    private static readonly string[] QuoteContainers =
        ["divrplyfwdmsg", "appendonsend", "gmail_quote", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "olk_src_body_section", "mail-editor-reference-message-container"];

    public static string ToText(string html)
    {
        var output = new Lines();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0) { output.Text(WebUtility.HtmlDecode(html[i..])); break; }
            if (open > i) output.Text(WebUtility.HtmlDecode(html[i..open]));
            if (html.AsSpan(open).StartsWith("<!--"))
            {
                var endComment = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }
            var close = html.IndexOf('>', open + 1);
            if (close < 0) break;
            var tag = html.Substring(open + 1, close - open - 1);
            i = close + 1;
            var closing = tag.StartsWith('/');
            var name = TagName(closing ? tag[1..] : tag);
            if (!closing && Skipped.Contains(name))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (!closing && IsQuoteContainer(tag)) { output.Break(); output.Raw(Cut); break; }
            if (name == "blockquote") { output.Break(); output.Depth = Math.Max(0, output.Depth + (closing ? -1 : 1)); continue; }
            if (name == "hr") { output.Break(); output.Raw("________________________________"); continue; }
            if (Blocks.Contains(name)) output.Break();
        }
        return output.ToString();
    }

    private static string TagName(string tag)
    {
        var end = 0;
        while (end < tag.Length && (char.IsLetterOrDigit(tag[end]) || tag[end] == ':')) end++;
        return tag[..end].ToLowerInvariant();
    }

    private static bool IsQuoteContainer(string tag)
    {
        var lower = tag.ToLowerInvariant();
        return QuoteContainers.Any(q => lower.Contains(q, StringComparison.Ordinal));
    }

    /// <summary>Text split into lines as blocks open and close, prefixed while inside quotes.</summary>
    private sealed class Lines
    {
        private readonly StringBuilder text = new();
        private bool atLineStart = true;
        public int Depth { get; set; }

        public void Text(string run)
        {
            foreach (var c in run)
            {
                if (c is '\r' or '\n' or '\t') { Space(); continue; }
                if (atLineStart && char.IsWhiteSpace(c)) continue;
                if (atLineStart && Depth > 0) text.Append("> ");
                atLineStart = false;
                text.Append(c);
            }
        }

        public void Raw(string line) { Break(); text.Append(line).Append('\n'); atLineStart = true; }

        public void Break()
        {
            if (!atLineStart) text.Append('\n');
            atLineStart = true;
        }

        private void Space() { if (!atLineStart && text[^1] != ' ') text.Append(' '); }

        public override string ToString() => text.ToString();
    }
}
