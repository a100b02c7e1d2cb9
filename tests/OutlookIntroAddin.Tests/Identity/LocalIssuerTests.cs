using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OutlookIntroAddin.Tests.Identity;

public class LocalIssuerTests
{
    [Fact]
    public async Task MetadataOverHttpsIsTrustedOnlyThroughTheTrustingHandler()
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        var address = new Uri(issuer.HttpsAuthority, "organizations/v2.0/.well-known/openid-configuration");

        using (var untrusting = new HttpClient())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => untrusting.GetAsync(address));
        }
        using var trusting = new HttpClient(issuer.CreateTrustingHandler());
        var metadata = await trusting.GetFromJsonAsync<JsonElement>(address);
        Assert.Equal(issuer.IssuerFor("{tenantid}"), metadata.GetProperty("issuer").GetString());
        Assert.StartsWith(issuer.HttpsAuthority.GetLeftPart(UriPartial.Authority), metadata.GetProperty("token_endpoint").GetString());
    }

    [Fact]
    public async Task ATenantsMetadataNamesThatTenantAsIssuer()
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        using var http = new HttpClient();
        var metadata = await http.GetFromJsonAsync<JsonElement>(new Uri(issuer.HttpAddress, $"{LocalIssuer.TenantB}/v2.0/.well-known/openid-configuration"));
        Assert.Equal(issuer.IssuerFor(LocalIssuer.TenantB), metadata.GetProperty("issuer").GetString());
    }

    [Theory]
    [InlineData(TokenSignature.Valid, true)]
    [InlineData(TokenSignature.UnknownKey, false)]
    [InlineData(TokenSignature.Tampered, false)]
    [InlineData(TokenSignature.None, false)]
    public async Task OnlyItsOwnSignatureValidatesAgainstItsPublishedKeys(TokenSignature signature, bool valid)
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        issuer.RotateSigningKey();
        var configuration = await new ConfigurationManager<OpenIdConnectConfiguration>(
            issuer.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false })
            .GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(2, configuration.SigningKeys.Count);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issuer.CreateToken(new TokenSpec { Signature = signature }), new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer.Replace("{tenantid}", LocalIssuer.TenantA),
            ValidAudience = LocalIssuer.ApiClientId,
            IssuerSigningKeys = configuration.SigningKeys,
        });
        Assert.True(valid == result.IsValid, result.Exception?.Message);
    }
}
