using System.Text.RegularExpressions;
using Microsoft.Identity.Client;

namespace OutlookIntroAddin.GraphAccess;

/// <summary>
/// Whether Entra ID accepts the app's own credential (its client secret or certificate). An expired
/// or deleted one (<c>invalid_client</c>: AADSTS7000215, 7000222, 700027) is not a passing outage:
/// nothing reaches Graph until an admin renews it. It is logged as an error, shown on <c>/healthz</c>,
/// and mail waits for it instead of counting retries.
/// </summary>
public sealed partial class AppCredentialHealth(TimeProvider clock, ILogger<AppCredentialHealth> logger)
{
    /// <summary>How long the outbox waits before trying a refused credential again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(15);
    private readonly Lock _lock = new();
    private Refusal? _refusal;
    private DateTimeOffset _logged = DateTimeOffset.MinValue;

    public sealed record Refusal(string Code, DateTimeOffset Since);

    public Refusal? Current
    {
        get { lock (_lock) return _refusal; }
    }

    /// <summary>The AADSTS code ("AADSTS7000222") when <paramref name="e"/> is Entra refusing the app's credential; null otherwise.</summary>
    public static string? RefusedCode(Exception e) => e switch
    {
        MsalServiceException { ErrorCode: MsalError.InvalidClient } msal => Code(msal.Message),
        _ => null,
    };

    public void Refused(string code)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_refusal?.Code != code) _refusal = new Refusal(code, now);
            if (now - _logged < LogEvery) return;
            _logged = now;
        }
        logger.LogError("Microsoft Entra ID refused this app's credential ({Code}): renew the client secret or certificate; no mail goes out until then", code);
    }

    public void Accepted()
    {
        lock (_lock)
        {
            if (_refusal is null) return;
            _refusal = null;
            _logged = DateTimeOffset.MinValue;
        }
        logger.LogInformation("Microsoft Entra ID accepts this app's credential again");
    }

    private static string Code(string message) => AadstsCode().Match(message) is { Success: true } m ? m.Value : "invalid_client";

    [GeneratedRegex(@"AADSTS\d+")]
    private static partial Regex AadstsCode();
}

/// <summary>Entra ID refused the app's own credential; see <see cref="AppCredentialHealth"/>.</summary>
public sealed class AppCredentialRefusedException(string code, Exception inner)
    : Exception($"Microsoft Entra ID refused this app's credential ({code})", inner)
{
    public string Code { get; } = code;
}
