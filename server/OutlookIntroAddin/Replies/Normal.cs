using System.Globalization;
using System.Text;

namespace OutlookIntroAddin.Replies;

/// <summary>
/// One spelling for comparing: lower case, accents dropped, typographic apostrophes and quotes made
/// plain. People type "deja", "não"/"nao", "schön"/"schoen" and “curly” or 'straight' marks
/// interchangeably, so the phrase lists are written once in this form.
/// </summary>
internal static class Normal
{
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == '\u00df') { folded.Append("ss"); continue; }
            folded.Append(c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' => '"',
                '\u00a0' or '\u202f' or '\t' => ' ',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }
        return folded.ToString();
    }

    /// <summary>Folded words separated by single spaces, with a space at both ends, so that a
    /// phrase is found by <c>Contains(" " + phrase + " ")</c> on word boundaries.</summary>
    public static string Words(string text)
    {
        var folded = Fold(text);
        var words = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded)
        {
            var keep = char.IsLetterOrDigit(c) || c == '\'';
            if (keep) words.Append(c);
            else if (words[^1] != ' ') words.Append(' ');
        }
        if (words[^1] != ' ') words.Append(' ');
        return words.ToString();
    }

    public static bool Has(string words, string phrase) => words.Contains(' ' + phrase + ' ', StringComparison.Ordinal);

    public static bool HasAny(string words, IEnumerable<string> phrases) => phrases.Any(p => Has(words, p));
}
