using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookIntroAddin.Mail;

/// <summary>
/// Delegated mode: a connector's token reaches their own mailbox, which Graph finds as <c>/me</c> by
/// the signed-in user, whatever their sign-in name (a token's <c>preferred_username</c> need not be
/// the mailbox's address, nor anything <c>/users/{…}</c> resolves). Our calls are written as
/// <c>/users/{mailbox}/…</c>, which the mailbox gate counts by; on the wire they become <c>/me/…</c>.
/// </summary>
public sealed class MeAddressing : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.RequestUri is { } uri && ToMe(uri) is { } me) request.RequestUri = me;
        return base.SendAsync(request, ct);
    }

    /// <summary><c>…/v1.0/users/{x}/rest?query</c> as <c>…/v1.0/me/rest?query</c>; null when the URL names no user.</summary>
    public static Uri? ToMe(Uri uri)
    {
        var path = uri.AbsolutePath;
        var users = path.IndexOf("/users/", StringComparison.OrdinalIgnoreCase);
        if (users < 0) return null;
        var after = path.IndexOf('/', users + "/users/".Length);
        var rest = after < 0 ? "" : path[after..];
        return new Uri(uri.GetLeftPart(UriPartial.Authority) + path[..users] + "/me" + rest + uri.Query);
    }
}

/// <summary>
/// Names the mailbox a request is for in a header the mailbox gate reads and removes, so that the
/// gate counts by mailbox even for URLs that do not name it (<c>/me</c>, and the links Graph hands
/// back for them).
/// </summary>
public sealed class MailboxTagging(IAuthenticationProvider inner, string mailbox) : IAuthenticationProvider
{
    public const string Header = "X-Intros-Mailbox";

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd(Header, mailbox);
        return inner.AuthenticateRequestAsync(request, additionalAuthenticationContext, cancellationToken);
    }
}
