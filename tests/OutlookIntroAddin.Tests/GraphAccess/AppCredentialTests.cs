using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

public class AppCredentialTests
{
    [Fact]
    public async Task TheAppsCertificateGivenAsACredentialDescriptionSignsTheOnBehalfOfExchange()
    {
        await using var entra = await EntraApp.StartAsync(certificate: true, asCredentialDescription: true);
        using var olivia = entra.Client(Owner());
        await olivia.CreateIntroAsync();
        await entra.WaitForSentAsync(Olivia, 2);

        // No secret is configured: the issuer accepted the assertion the certificate signed.
        Assert.Equal(1, entra.Issuer.Count("on_behalf_of"));
        Assert.Empty(entra.Issuer.OffLoopback);
    }

    public static TheoryData<string, string?, string, string?, string> Refused => new()
    {
        // setting, value, another setting, its value, what the refusal names
        { "Identity:ClientCertificatePath", "/nowhere/app.pfx", "Identity:ClientSecret", "a secret", "exactly one of" },
        { "Identity:ClientSecret", null, "Identity:ManagedIdentity", "system", "Identity:ManagedIdentity is for Graph:Mode=AppOnly" },
        { "Identity:ClientSecret", null, "Identity:ClientCertificatePath", "/nowhere/app.pfx", "Identity:ClientCertificatePath '/nowhere/app.pfx' could not be loaded" },
        { "Identity:ClientSecret", null, "Graph:Mode", "Delegated", "exactly one of" },
    };

    [Theory, MemberData(nameof(Refused))]
    public async Task AnAppCredentialThatCannotWorkStopsTheServerAtStartAndNamesTheSetting(string key, string? value, string other, string? otherValue, string says)
    {
        await using var issuer = await LocalIssuer.StartNewAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Identity:ClientId"] = LocalIssuer.ApiClientId,
            ["Identity:MetadataAddress"] = issuer.MetadataAddress,
            ["Identity:ClientSecret"] = LocalIssuer.ClientSecret,
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
            ["Intros:PublicBaseUrl"] = "https://intros.contoso.example",
        };
        settings[key] = value;
        settings[other] = otherValue;
        var refused = Assert.ThrowsAny<Exception>(() => new IntroApp(settings: settings.Where(s => s.Value is not null).ToDictionary()));
        Assert.Contains(says, EntraTenancyTests.AllMessages(refused));
    }
}
