using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookIntroAddin.Tests.Identity;

/// <summary>One server in Entra ID mode for every case here: each case only reads.</summary>
public sealed class TokenValidationFixture : IAsyncLifetime
{
    public EntraApp Entra { get; private set; } = null!;

    public async Task InitializeAsync() => Entra = await EntraApp.StartAsync(settings: new()
    {
        ["Identity:AllowedTenants:0"] = LocalIssuer.TenantA,
        ["Identity:AllowedTenants:1"] = LocalIssuer.TenantB,
    });

    public async Task DisposeAsync() => await Entra.DisposeAsync();
}

public class TokenValidationTests(TokenValidationFixture fixture) : IClassFixture<TokenValidationFixture>
{
    private EntraApp Entra => fixture.Entra;

    /// <summary>Each way a token can be wrong, the one knob that makes it so, and what the challenge says.</summary>
    private static readonly Dictionary<string, (Func<LocalIssuer, TokenSpec> Spec, string Says)> BadTokens = new()
    {
        ["signedByAnUnknownKey"] = (_ => new TokenSpec { Signature = TokenSignature.UnknownKey }, "signature is not valid"),
        ["alteredAfterSigning"] = (_ => new TokenSpec { Signature = TokenSignature.Tampered }, "signature is not valid"),
        ["algNone"] = (_ => new TokenSpec { Signature = TokenSignature.None }, "signature is not valid"),
        ["anotherApisAudience"] = (_ => new TokenSpec { Audience = "00000003-0000-0000-c000-000000000000" }, "not for this API"),
        ["anotherTenantsIssuer"] = (issuer => new TokenSpec { Issuer = issuer.IssuerFor(LocalIssuer.TenantB) }, "not the issuer of tenant " + LocalIssuer.TenantA),
        ["anotherHostsIssuer"] = (_ => new TokenSpec { Issuer = $"https://sts.example.net/{LocalIssuer.TenantA}/v2.0" }, "not the issuer of tenant"),
        ["theIssuerTemplateItself"] = (issuer => new TokenSpec { Issuer = issuer.IssuerFor("{tenantid}") }, "not the issuer of tenant"),
        ["aTenantNotAllowed"] = (_ => new TokenSpec { Tenant = LocalIssuer.TenantC }, "may not use this app"),
        ["aTenantThatIsNotAGuid"] = (_ => new TokenSpec { Tenant = "contoso" }, "no valid tenant"),
        ["expired"] = (_ => new TokenSpec { Expired = true }, "expired"),
        ["withoutTheScope"] = (_ => new TokenSpec { Scopes = "User.Read Mail.Send" }, "lacks the access_as_user scope"),
        ["appOnlyWithoutScp"] = (_ => new TokenSpec { Scopes = null, Roles = ["Intros.Admin"], ExtraClaims = new Dictionary<string, object> { ["idtyp"] = "app" } }, "lacks the access_as_user scope"),
        ["withoutAnObjectId"] = (_ => new TokenSpec { ObjectId = "" }, "no oid claim"),
        ["withoutASignInName"] = (_ => new TokenSpec { PreferredUsername = null }, "no preferred_username claim"),
        ["aV1TokenFromAnotherTenantsIssuer"] = (_ => new TokenSpec { Version = "1.0", Issuer = LocalIssuer.V1IssuerFor(LocalIssuer.TenantB) }, "not the issuer of tenant " + LocalIssuer.TenantA),
        ["aV1TokenWithTheV2IssuersHost"] = (issuer => new TokenSpec { Version = "1.0", Issuer = issuer.IssuerFor(LocalIssuer.TenantA).Replace("/v2.0", "/") }, "not the issuer of tenant"),
        ["aV1TokenOfATenantNotAllowed"] = (_ => new TokenSpec { Version = "1.0", Tenant = LocalIssuer.TenantC }, "may not use this app"),
    };

    public static TheoryData<string> BadTokenNames => new(BadTokens.Keys);

    [Fact]
    public async Task AValidTokenReachesTheApi()
    {
        using var client = Entra.Client();
        var response = await client.GetAsync("/api/intros");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(LocalIssuer.ApiClientId)]
    [InlineData("api://" + LocalIssuer.ApiClientId)]
    public async Task BothAudienceFormsOfOurApiAreAccepted(string audience)
    {
        using var client = Entra.Client(new TokenSpec { Audience = audience, Tenant = LocalIssuer.TenantB });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/intros")).StatusCode);
    }

    [Theory]
    [InlineData("api://" + LocalIssuer.ApiClientId)]
    [InlineData(LocalIssuer.ApiClientId)]
    public async Task AV1TokenAsEntraIssuesItByDefaultReachesTheApiAsItsUser(string audience)
    {
        using var client = Entra.Client(new TokenSpec { Version = "1.0", Audience = audience, Tenant = LocalIssuer.TenantB, PreferredUsername = "owner@fabrikam.example" });
        var response = await client.GetAsync("/api/policy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Entra.Issuer.V1MetadataRequests >= 1);
    }

    [Fact]
    public async Task AV1SignInNameInUpnIsEnough()
    {
        using var client = Entra.Client(new TokenSpec { PreferredUsername = null, ExtraClaims = new Dictionary<string, object> { ["upn"] = "olivia@contoso.example" } });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/intros")).StatusCode);
    }

    [Theory, MemberData(nameof(BadTokenNames))]
    public async Task ABadTokenIsRefusedWith401AndSaysWhy(string badToken)
    {
        var (spec, says) = BadTokens[badToken];
        using var client = Entra.Client(spec(Entra.Issuer));
        var response = await client.GetAsync("/api/intros");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter);
        Assert.Contains(says, challenge.Parameter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Sandbox sandbox-tenant/demo-connector/alex.demo@contoso.example")]
    [InlineData("Bearer not-a-jwt")]
    public async Task WithoutAValidBearerTokenNothingIsServed(string? authorization)
    {
        using var client = Entra.App.CreateClient(new() { BaseAddress = Entra.App.BaseAddress });
        if (authorization is not null) client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        var response = await client.GetAsync("/api/intros");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task ARefusedTokenIsTheClientsProblemNotAnErrorInTheServersLog()
    {
        var logs = new Doors.CapturedLogs();
        await using var entra = await EntraApp.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        string[] refused =
        [
            "not-a-jwt",
            entra.Issuer.CreateToken(new TokenSpec { Expired = true }),
            entra.Issuer.CreateToken(new TokenSpec { Signature = TokenSignature.Tampered }),
            entra.Issuer.CreateToken(new TokenSpec { Tenant = LocalIssuer.TenantC, Issuer = entra.Issuer.IssuerFor(LocalIssuer.TenantB) }),
        ];
        foreach (var token in refused)
        {
            using var client = EntraApp.Client(entra.App, token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/intros")).StatusCode);
        }
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    [Fact]
    public async Task SandboxRoutesDoNotExistInEntraMode()
    {
        using var client = Entra.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sandbox/mail")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/sandbox/clock/advance?days=1", null)).StatusCode);
    }
}
