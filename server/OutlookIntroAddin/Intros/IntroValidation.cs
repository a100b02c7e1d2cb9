using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// Checks a create request completely before anything is stored or sent. Keys name the field at
/// fault the way a client addresses it (parties[1].email).
/// </summary>
public static partial class IntroValidation
{
    public const int MaxName = 100, MaxEmail = 254, MaxAbout = 300, MaxWhy = 1000, MaxReason = 2000, MaxSubject = 200, MaxBody = 10_000;

    public static Dictionary<string, string[]> Validate(CreateIntroRequest request, Connector connector)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);

        var parties = request.Parties ?? [];
        if (request.Parties is null) Fail("parties", "Name the two people to introduce.");
        else if (parties.Count != 2) Fail("parties", "An introduction has exactly two parties.");
        for (var i = 0; i < parties.Count && parties.Count == 2; i++)
        {
            var field = $"parties[{i}]";
            if (parties[i] is not { } party) { Fail(field, "This party is empty."); continue; }
            Line(party.Name, $"{field}.name", MaxName, required: true, Fail);
            Address(party.Email, $"{field}.email", Fail);
            Text(party.About, $"{field}.about", MaxAbout, Fail);
            Text(party.Why, $"{field}.why", MaxWhy, Fail);
            if (SameAddress(party.Email, connector.Email)) Fail($"{field}.email", "You are the connector; name the two other people.");
        }
        if (parties.Count == 2 && parties[0] is { } first && parties[1] is { } second && SameAddress(first.Email, second.Email))
        {
            Fail("parties[1].email", "Both parties have the same address; an introduction needs two different people.");
        }

        Text(request.Reason, "reason", MaxReason, Fail);
        if (request.FinalIntro is not (null or FinalIntroMode.Send or FinalIntroMode.Review))
        {
            Fail("finalIntro", "finalIntro is 'send' or 'review'.");
        }
        if (request.Language is { } language && !LanguageTag().IsMatch(language))
        {
            Fail("language", "language is a language tag such as 'en' or 'pt-BR'.");
        }
        if (request.Register is not (null or Register.Formal or Register.Informal))
        {
            Fail("register", "register is 'formal' or 'informal'.");
        }

        var requests = request.Requests ?? [];
        for (var i = 0; i < requests.Count; i++)
        {
            var field = $"requests[{i}]";
            if (requests[i] is not { } r) { Fail(field, "This request is empty."); continue; }
            if (!parties.Any(p => p is not null && SameAddress(p.Email, r.Email)))
            {
                Fail($"{field}.email", "This request is for no party of the introduction.");
            }
            else if (requests.Take(i).Any(o => o is not null && SameAddress(o.Email, r.Email)))
            {
                Fail($"{field}.email", "There is already a request for this party.");
            }
            if (r.Email is not null && HasFormatCharacter(r.Email)) Fail($"{field}.email", InvisibleInLine);
            if (r.Subject is not null) Line(r.Subject, $"{field}.subject", MaxSubject, required: true, Fail);
            if (r.Body is not null) Text(r.Body, $"{field}.body", MaxBody, Fail, required: true);
        }
        return errors;
    }

    /// <summary>An address as stored parties are looked up by it (<c>LOWER(email) = @key</c>): trimmed, lower case.</summary>
    public static string AddressKey(string address) => address.Trim().ToLowerInvariant();

    public static bool SameAddress(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private const string InvisibleInLine =
        "Invisible formatting characters (zero-width spaces and joiners, direction marks and overrides, soft hyphens, byte order marks) are not allowed here.";

    private const string InvisibleInText =
        "Direction overrides, embeddings and isolates, and invisible tag characters are not allowed: they make the text read differently from what it is.";

    /// <summary>
    /// Names and subjects become mail headers: no line breaks or other control characters (header
    /// injection). Nor any format character (Unicode Cf): in a name or subject nothing legitimate
    /// needs one, and each can make two names look alike, hide text, or reverse what follows.
    /// </summary>
    private static void Line(string? value, string field, int max, bool required, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) fail(field, "This field is required."); return; }
        if (value.Length > max) fail(field, $"At most {max} characters.");
        else if (value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')) fail(field, "Line breaks and control characters are not allowed here.");
        else if (HasFormatCharacter(value)) fail(field, InvisibleInLine);
    }

    /// <summary>
    /// Free text (about, reason, a request's body) keeps the format characters real writing needs:
    /// zero-width joiners and non-joiners (Persian, Indic scripts, emoji sequences), direction marks,
    /// soft hyphens. It refuses those that reorder or hide other text: bidi embeddings, overrides and
    /// isolates ("Trojan Source"), tag characters (text no reader sees, but a program may act on) and
    /// interlinear annotations.
    /// </summary>
    private static void Text(string? value, string field, int max, Action<string, string> fail, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) fail(field, "This field is required."); return; }
        if (value.Length > max) fail(field, $"At most {max} characters.");
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) fail(field, "Control characters are not allowed.");
        else if (value.EnumerateRunes().Any(r => r.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)
            or (>= 0xFFF9 and <= 0xFFFB) or (>= 0xE0000 and <= 0xE007F))) fail(field, InvisibleInText);
    }

    /// <summary>The same rule for an address wherever a client names one (the history lookup's <c>a</c> and <c>b</c> too).</summary>
    internal static void Address(string? value, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value)) fail(field, "An email address is required.");
        else if (HasFormatCharacter(value)) fail(field, InvisibleInLine);
        else if (value.Length > MaxEmail || value.Any(char.IsControl) || !EmailAddress().IsMatch(value.Trim())) fail(field, "This is not a valid email address.");
    }

    /// <summary>By code point, so tag characters (U+E0001…, surrogate pairs in a string) count too.</summary>
    private static bool HasFormatCharacter(string value) =>
        value.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format);

    // Deliberately plain: one @, no spaces, quotes, brackets or separators, a dot in the domain.
    [GeneratedRegex(@"^[^@\s""<>()\[\],;:\\]+@[^@\s""<>()\[\],;:\\]+\.[^@\s""<>()\[\],;:\\.]{2,}$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageTag();
}
