using Microsoft.Identity.Client;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// MSAL's (and Azure.Identity's) HTTP client for the tests: it trusts exactly the local issuer's
/// in-process certificate, so the real libraries talk https to the stand-in for Entra ID.
/// </summary>
public sealed class MsalThroughLoopback(LocalIssuer issuer) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(issuer.CreateTrustingHandler());

    public HttpClient GetHttpClient() => _client;
}
