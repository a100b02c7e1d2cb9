using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>
/// An OpenID Connect issuer shaped like Entra ID's v2.0 endpoint, on Kestrel at loopback: its own
/// RSA signing keys, per-tenant and multi-tenant metadata (<c>organizations</c> and <c>common</c>
/// carry the literal <c>{tenantid}</c> in <c>issuer</c>, like Entra's), and the JWKS. It listens
/// twice: plain http (for the server under test, which accepts http metadata on loopback only) and
/// https with a certificate made in process, because MSAL.NET and Azure.Identity refuse an http
/// authority. Issuers are always the https form, whichever listener served the metadata.
/// </summary>
/// <remarks>
/// Routes are mapped on <see cref="App"/> before <see cref="StartAsync"/>, so another file can add
/// endpoints (a token endpoint, instance discovery) with <c>issuer.App.MapPost(…)</c>; handlers
/// run after the start, when <see cref="HttpsAuthority"/> and the token factory are usable.
/// </remarks>
public sealed partial class LocalIssuer : IAsyncDisposable
{
    /// <summary>Tenants are GUIDs in Entra ID; these three are made up.</summary>
    public const string TenantA = "aaaaaaaa-0000-4000-8000-00000000000a";
    public const string TenantB = "bbbbbbbb-0000-4000-8000-00000000000b";
    public const string TenantC = "cccccccc-0000-4000-8000-00000000000c";

    /// <summary>The app registration of our API: the server's <c>Identity:ClientId</c> and the v2 tokens' <c>aud</c>.</summary>
    public const string ApiClientId = "0a9f3c1e-5b7d-4e2a-9c61-7d2f4b8e1a30";

    /// <summary>The multi-tenant segment the server's metadata address uses by default.</summary>
    public const string Organizations = "organizations";

    // Replaced whole on rotation, so a JWKS request never sees a list half changed.
    private volatile RsaSecurityKey[] _signingKeys = [NewKey()];
    private readonly X509Certificate2 _certificate = SelfSignedCertificate();
    private Uri? _http, _https;

    public LocalIssuer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate));
        });
        App = builder.Build();
        App.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext http) => Results.Json(Metadata(tenant, Origin(http))));
        App.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(Jwks()));
        // v1.0: its own issuer (Entra's is https://sts.windows.net/{tenantid}/), the same keys.
        App.MapGet("/{tenant}/.well-known/openid-configuration", (string tenant, HttpContext http) =>
        {
            V1MetadataRequests++;
            var metadata = Metadata(tenant, Origin(http));
            metadata["issuer"] = V1IssuerFor(IssuerTenant(tenant));
            metadata["jwks_uri"] = $"{Origin(http)}/{tenant}/discovery/keys";
            return Results.Json(metadata);
        });
        App.MapGet("/{tenant}/discovery/keys", () => Results.Json(Jwks()));
        // Instance discovery, which MSAL asks Entra's global host about any authority it does not know:
        // this issuer's host is a cloud of its own, known by no other name.
        App.MapGet("/common/discovery/instance", (string authorization_endpoint) =>
        {
            var endpoint = new Uri(authorization_endpoint);
            var tenant = endpoint.Segments[1].TrimEnd('/');
            return Results.Json(new Dictionary<string, object>
            {
                ["tenant_discovery_endpoint"] = $"{endpoint.GetLeftPart(UriPartial.Authority)}/{tenant}/v2.0/.well-known/openid-configuration",
                ["api-version"] = "1.1",
                ["metadata"] = new[] { new { preferred_network = endpoint.Authority, preferred_cache = endpoint.Authority, aliases = new[] { endpoint.Authority } } },
            });
        });
    }

    /// <summary>Entra ID's global host, where MSAL sends instance discovery.</summary>
    public const string EntraHost = "login.microsoftonline.com";

    /// <summary>How often the v1.0 metadata was read.</summary>
    public int V1MetadataRequests { get; private set; }

    /// <summary>The issuer's web app: map further routes on it before <see cref="StartAsync"/>.</summary>
    public WebApplication App { get; }

    /// <summary>https://127.0.0.1:port — the authority MSAL and Azure.Identity are given.</summary>
    public Uri HttpsAuthority => _https ?? throw new InvalidOperationException("Start the issuer first.");

    /// <summary>http://127.0.0.1:port — the plain listener, for clients that take a loopback http address.</summary>
    public Uri HttpAddress => _http ?? throw new InvalidOperationException("Start the issuer first.");

    /// <summary>The multi-tenant metadata over plain http: the server's <c>Identity:MetadataAddress</c>.</summary>
    public string MetadataAddress => new Uri(HttpAddress, $"{Organizations}/v2.0/.well-known/openid-configuration").ToString();

    /// <summary>The keys the JWKS publishes; the first one signs. <see cref="RotateSigningKey"/> adds one in front.</summary>
    public IReadOnlyList<RsaSecurityKey> SigningKeys => _signingKeys;

    public X509Certificate2 Certificate => _certificate;

    /// <summary>The issuer of a tenant's tokens; <c>{tenantid}</c> stays a literal for the multi-tenant template.</summary>
    public string IssuerFor(string tenant) => $"{HttpsAuthority.GetLeftPart(UriPartial.Authority)}/{tenant}/v2.0";

    /// <summary>The issuer of a tenant's v1.0 tokens: another host, as Entra's sts.windows.net is.</summary>
    public static string V1IssuerFor(string tenant) => $"https://sts.issuer.localhost/{tenant}/";

    private static string IssuerTenant(string tenant) => tenant is Organizations or "common" or "consumers" ? "{tenantid}" : tenant;

    public static async Task<LocalIssuer> StartNewAsync()
    {
        var issuer = new LocalIssuer();
        await issuer.StartAsync();
        return issuer;
    }

    public async Task StartAsync()
    {
        await App.StartAsync();
        var addresses = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        _http = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
        _https = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)));
    }

    /// <summary>A new key signs from now on; the old one stays published, as during Entra's own rollover.</summary>
    public RsaSecurityKey RotateSigningKey()
    {
        var key = NewKey();
        _signingKeys = [key, .. _signingKeys];
        return key;
    }

    /// <summary>
    /// An HTTP handler that trusts exactly this issuer's certificate (and nothing else), for
    /// MSAL's and Azure.Identity's HTTP client factories.
    /// </summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var pinned = _certificate.RawData;
        return new LoopbackOnly(this) { InnerHandler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(pinned),
            },
        } };
    }

    /// <summary>Requests these clients tried to send anywhere but loopback (refused, never sent).</summary>
    public ConcurrentQueue<Uri> OffLoopback { get; } = new();

    /// <summary>
    /// Keeps the clients on loopback: Entra ID's own host (which MSAL asks for instance discovery)
    /// reaches this issuer, as the cloud it stands in for; any other host is refused and noted.
    /// </summary>
    private sealed class LoopbackOnly(LocalIssuer issuer) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (uri.Host == EntraHost) request.RequestUri = new UriBuilder(uri) { Host = issuer.HttpsAuthority.Host, Port = issuer.HttpsAuthority.Port }.Uri;
            else if (!uri.IsLoopback)
            {
                issuer.OffLoopback.Enqueue(uri);
                throw new HttpRequestException($"Tests stay on loopback: {uri.Host} was not called.");
            }
            return base.SendAsync(request, cancellationToken);
        }
    }

    private Dictionary<string, object?> Metadata(string tenant, string origin)
    {
        return new()
        {
            ["issuer"] = IssuerFor(IssuerTenant(tenant)),
            ["token_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/token",
            ["authorization_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/authorize",
            ["jwks_uri"] = $"{origin}/{tenant}/discovery/v2.0/keys",
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "private_key_jwt", "client_secret_basic" },
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "name", "oid", "tid", "preferred_username", "ver" },
            ["tenant_region_scope"] = null,
            ["cloud_instance_name"] = "microsoftonline.com",
        };
    }

    private object Jwks() => new
    {
        keys = _signingKeys.Select(key =>
        {
            var p = key.Rsa.ExportParameters(includePrivateParameters: false);
            return new Dictionary<string, object>
            {
                ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                // Entra publishes the issuer a key signs for; multi-tenant keys carry the template.
                ["issuer"] = IssuerFor("{tenantid}"),
            };
        }),
    };

    private static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) };

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel wants a key it can use on every platform: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _certificate.Dispose();
        foreach (var key in _signingKeys) key.Rsa.Dispose();
    }
}
