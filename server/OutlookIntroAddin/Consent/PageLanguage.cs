using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Consent;

/// <summary>
/// The language of a page for a link that names no intro we can read: such a link has no intro
/// language, only the browser's Accept-Language to go by. Every other page speaks its intro's.
/// </summary>
public static class PageLanguage
{
    /// <summary>The browser's most preferred language among ours ("de-CH,de;q=0.9" is German); English when none is.</summary>
    public static MailWording Negotiate(HttpRequest request) =>
        // Malformed entries are dropped by the parser; OrderByDescending is stable, so equal weights keep the browser's order.
        request.GetTypedHeaders().AcceptLanguage
            .Where(a => a.Quality is not <= 0 && a.Value.HasValue && a.Value.Value != "*")
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => MailWording.Exactly(a.Value.Value!))
            .FirstOrDefault(w => w is not null) ?? Wordings.English;
}
