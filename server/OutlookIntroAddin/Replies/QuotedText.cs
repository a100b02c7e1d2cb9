using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// The party's own lines of a plain-text reply: everything from the quoted original on is dropped
/// ("On … wrote:" in six languages, Outlook's From:/Sent: block, "Original Message" separators),
/// as are "&gt;" lines, the "-- " signature, phone footers and a closing such as "Best regards".
/// </summary>
internal static class QuotedText
{
    private const int SignatureLines = 10;
    private static readonly string[] Openers = ["on", "am", "le", "el", "op", "em", "no", "de", "den", "the"];

    public static string OwnText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == HtmlText.Cut || lines[i].TrimEnd() == "--" || lines[i] == "-- ") break;
            if (trimmed.StartsWith('>')) continue;
            var folded = Normal.Fold(trimmed);
            if (IsSeparator(folded) || IsAttribution(lines, i) || IsHeaderBlock(lines, i) || IsFooter(folded)) break;
            if (kept.Any(l => l.Trim().Length > 0) && IsDisclaimer(folded)) break;
            kept.Add(lines[i]);
        }
        var closing = ClosingLine(kept);
        if (closing > 0) kept.RemoveRange(closing, kept.Count - closing);
        return string.Join('\n', kept).Trim();
    }

    private static bool IsSeparator(string folded)
    {
        if (folded.Length >= 10 && folded.All(c => c == '_' || c == ' ')) return true;
        if (!folded.StartsWith("--", StringComparison.Ordinal) && !folded.StartsWith("__", StringComparison.Ordinal)
            && !folded.StartsWith("begin", StringComparison.Ordinal)) return false;
        var words = Normal.Words(folded);
        return Languages.All.Any(l => Normal.HasAny(words, l.Mail.Original));
    }

    /// <summary>"On Tue, 14 Oct 2025, Anna &lt;anna@…&gt; wrote:", possibly wrapped over two or three lines.</summary>
    private static bool IsAttribution(string[] lines, int at)
    {
        var joined = "";
        // A wrapped attribution starts like one ("On Tue, …", "Am 14.10.…", "Le mar. …"); any line may hold a whole one.
        var opens = Openers.Contains(Normal.Words(lines[at]).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
        for (var i = at; i < Math.Min(lines.Length, opens ? at + 3 : at + 1); i++)
        {
            var line = lines[i].Trim();
            // Mail programs wrap a long attribution, but never across a blank line or after a full stop.
            if (line.Length == 0 || (i > at && joined.TrimEnd().EndsWith('.'))) return false;
            joined += " " + line;
            if (joined.Length > 400) return false;
            var folded = Normal.Fold(joined).TrimEnd();
            if (!folded.EndsWith(':')) continue;
            var words = Normal.Words(folded);
            return Languages.All.Any(l => Normal.HasAny(words, l.Mail.Wrote));
        }
        return false;
    }

    /// <summary>Outlook's quoted header: "From:" followed within a few lines by "Sent:"/"To:"/"Subject:".</summary>
    private static bool IsHeaderBlock(string[] lines, int at)
    {
        var first = Normal.Fold(lines[at].Trim()).TrimStart('*');
        var language = Languages.All.FirstOrDefault(l => l.Mail.HeaderFrom.Any(label => IsLabel(first, label)));
        if (language is null) return false;
        if (language.Mail.HeaderOther.Any(label => first.Contains(' ' + label + ':', StringComparison.Ordinal))) return true;
        for (var i = at + 1; i < Math.Min(lines.Length, at + 6); i++)
        {
            var next = Normal.Fold(lines[i].Trim()).TrimStart('*');
            if (Languages.All.Any(l => l.Mail.HeaderOther.Any(label => IsLabel(next, label)))) return true;
        }
        return false;
    }

    private static bool IsLabel(string line, string label)
    {
        if (!line.StartsWith(label, StringComparison.Ordinal)) return false;
        var rest = line[label.Length..].TrimStart(' ', '*');
        return rest.StartsWith(':');
    }

    private static bool IsName(string word)
    {
        var trimmed = word.TrimStart(',', '-', '*', '\u2013');
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]);
    }

    private static bool IsDisclaimer(string folded)
    {
        var words = Normal.Words(folded);
        return Languages.All.Any(l => Normal.HasAny(words, l.Mail.Disclaimers));
    }

    private static bool IsFooter(string folded) =>
        Languages.All.Any(l => l.Mail.Footers.Any(f => folded.StartsWith(f, StringComparison.Ordinal)));

    /// <summary>
    /// The line where a closing ("Best regards,", "Viele Grüße, Sue") starts a short trailing block.
    /// Only a name may follow the closing on its line: "Thanks, happy to." is an answer, not a signature.
    /// </summary>
    private static int ClosingLine(List<string> kept)
    {
        var firstText = kept.FindIndex(l => l.Trim().Length > 0);
        for (var i = Math.Max(firstText + 1, kept.Count - SignatureLines); i < kept.Count; i++)
        {
            var words = Normal.Words(kept[i]);
            var original = kept[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var closing in Languages.All.SelectMany(l => l.Mail.Closings))
            {
                if (!words.StartsWith(' ' + closing + ' ', StringComparison.Ordinal)) continue;
                var rest = original.Skip(closing.Split(' ').Length).ToArray();
                if (rest.Length <= 2 && rest.All(IsName)) return i;
            }
        }
        return -1;
    }
}
