using OutlookIntroAddin.Replies.Phrases;

namespace OutlookIntroAddin.Replies;

/// <summary>What the party's own words contain, sentence by sentence, in any of the six languages.</summary>
internal sealed record Signals(bool Yes, bool No, bool Unable, bool NotNow, bool Moment, bool Already, bool Hedge, bool Question, bool Contrast)
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\u00a1', '\u00bf'];
    // Verb-second languages put the negation after the word it negates ("passt mir nicht").
    private static readonly string[] NegationFollows = ["de", "nl"];

    public static Signals Of(string ownText)
    {
        var all = new Signals(false, false, false, false, false, false, false, false, false);
        foreach (var (sentence, asks) in Sentences(ownText))
        {
            // "Who is he?" leaves the answer open; "when would suit him?" arranges an accepted meeting.
            var words = Normal.Words(sentence);
            var doubts = Languages.All.Any(l => Normal.HasAny(words, l.Doubts));
            foreach (var cues in Languages.All) all = all.Or(In(sentence, asks && doubts, cues));
        }
        return all;
    }

    private Signals Or(Signals o) => new(Yes || o.Yes, No || o.No, Unable || o.Unable, NotNow || o.NotNow, Moment || o.Moment,
        Already || o.Already, Hedge || o.Hedge, Question || o.Question, Contrast || o.Contrast);

    private static Signals In(string sentence, bool asks, LanguageCues cues)
    {
        var original = Normal.Words(sentence);
        var hedge = Normal.HasAny(original, cues.Hedge);
        var words = Blank(original, cues.Hedge);
        // "Why not!" and "kein Problem" accept although they carry a negation: take them before blanking.
        var neutralYes = cues.Yes.Any(y => cues.Neutral.Contains(y) && Normal.Has(words, y));
        words = Blank(words, cues.Neutral);
        var (yes, negatedYes) = Acceptance(words, sentence, cues);
        yes |= neutralYes;
        var no = negatedYes || Normal.HasAny(words, cues.No) || OpensWithRefusal(sentence, cues);
        var already = Normal.HasAny(words, cues.Already) || KnowsAlready(words, cues);
        var unable = Normal.HasAny(words, cues.Unable) || AbilityNegated(words, cues);
        return new Signals(yes, no, unable, Normal.HasAny(words, cues.NotNow), Normal.HasAny(words, cues.Moment), already, hedge,
            asks, Normal.HasAny(words, cues.Contrast));
    }

    /// <summary>Whether the sentence accepts, and whether an acceptance in it is negated ("not interested").</summary>
    private static (bool Yes, bool Negated) Acceptance(string words, string sentence, LanguageCues cues)
    {
        var yes = false;
        var negated = false;
        // A negation reaches within its clause only: "Zurzeit leider nicht, gerne im November".
        // Blanked phrases already cut the words; otherwise the sentence's commas do.
        var clauses = words.Contains('|')
            ? words.Split('|').Select(part => ' ' + part.Trim() + ' ')
            : sentence.Split(',', ':', '\u2014', '\u2013', '(', ')').Select(Normal.Words);
        foreach (var clauseWords in clauses)
        {
            var tokens = clauseWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var cue in cues.Yes)
            {
                var at = clauseWords.IndexOf(' ' + cue + ' ', StringComparison.Ordinal);
                if (at < 0) continue;
                var first = clauseWords[..(at + 1)].Count(c => c == ' ') - 1;
                var last = first + cue.Split(' ').Length - 1;
                if (Negated(tokens, first, last, cues)) negated = true; else yes = true;
            }
        }
        foreach (var clause in sentence.Split(',', ':', '\u2014', '-'))
        {
            var clauseWords = Normal.Words(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (clauseWords.Length == 0 || !cues.OpeningYes.Contains(clauseWords[0])) continue;
            // "Sí." accepts, "si quieres…" is "if you like": only unambiguous words accept with more words after them.
            if (clauseWords.Length == 1 || clauseWords[0] is "yes" or "yeah" or "yep" or "oui" or "sim" or "ja" or "absolutely") yes = true;
        }
        return (yes, negated);
    }

    private static bool Negated(string[] tokens, int first, int last, LanguageCues cues)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++) if (IsNegator(tokens[i], cues)) return true;
        // "Absolutely not", "claro que no", "natürlich nicht": a negation right after the acceptance.
        var next = last + 1 < tokens.Length && tokens[last + 1] is "que" or "dass" ? last + 2 : last + 1;
        if (next < tokens.Length && IsNegator(tokens[next], cues)) return true;
        if (!NegationFollows.Contains(cues.Code)) return false;
        for (var i = last + 1; i < Math.Min(tokens.Length, last + 4); i++) if (IsNegator(tokens[i], cues)) return true;
        return false;
    }

    private static bool AbilityNegated(string words, LanguageCues cues)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!cues.Ability.Contains(tokens[i])) continue;
            for (var j = i + 1; j < Math.Min(tokens.Length, i + 5) && tokens[j] != "|"; j++)
                if (IsNegator(tokens[j], cues)) return true;
        }
        return false;
    }

    private static bool IsNegator(string token, LanguageCues cues) =>
        cues.Negators.Any(n => n.EndsWith('\'') ? token.StartsWith(n, StringComparison.Ordinal) : token == n)
        || token.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>A bare refusal word as a clause of its own: "No.", "Nein, danke", "Thanks, but no", "Leider nein".</summary>
    private static bool OpensWithRefusal(string sentence, LanguageCues cues)
    {
        foreach (var clause in sentence.Split(',', '!', ':', '\u2014'))
        {
            var clauseWords = Normal.Words(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Softeners.Contains(w)).ToArray();
            if (clauseWords.Length == 1 && cues.OpeningNo.Contains(clauseWords[0])) return true;
        }
        return false;
    }

    private static readonly string[] Softeners =
    [
        "but", "sadly", "unfortunately", "regretfully", "thanks", "then", "leider", "aber", "danke", "dann", "mais",
        "malheureusement", "merci", "pero", "lamentablemente", "desafortunadamente", "gracias", "maar", "helaas",
        "bedankt", "mas", "infelizmente", "obrigado", "obrigada", "i'm", "afraid", "sorry", "desole", "lo", "siento",
    ];

    /// <summary>An "already" word and a know/met word in one sentence without a negation.</summary>
    private static bool KnowsAlready(string words, LanguageCues cues)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!tokens.Any(t => cues.AlreadyWords.Contains(t))) return false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!cues.Know.Any(k => tokens[i].StartsWith(k, StringComparison.Ordinal))) continue;
            // "I've never met her" / "ich kenne sie nicht": the negation sits next to the verb.
            var near = tokens[Math.Max(0, i - 3)..Math.Min(tokens.Length, i + (NegationFollows.Contains(cues.Code) ? 4 : 1))];
            if (!near.Any(t => IsNegator(t, cues))) return true;
        }
        return false;
    }

    private static string Blank(string words, string[] phrases)
    {
        foreach (var p in phrases.Where(p => Normal.Has(words, p)))
            words = words.Replace(' ' + p + ' ', " | ", StringComparison.Ordinal);
        return words;
    }

    private static IEnumerable<(string Sentence, bool Asks)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !SentenceEnds.Contains(text[i])) continue;
            var sentence = text[start..i];
            var asks = (i < text.Length && text[i] == '?') || sentence.TrimStart().StartsWith('\u00bf');
            if (sentence.Trim().Length > 0) yield return (sentence, asks);
            start = i + 1;
        }
    }
}
