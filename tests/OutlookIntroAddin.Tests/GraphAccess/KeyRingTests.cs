using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OutlookIntroAddin.Tests.Identity;
using static OutlookIntroAddin.Tests.GraphAccess.GraphAccessHelpers;

namespace OutlookIntroAddin.Tests.GraphAccess;

public class KeyRingTests
{
    [Fact]
    public async Task WithAKeyProtectionCertificateTheKeyRingIsEncryptedAndAnotherInstanceStillReadsTheCache()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"intros-keyring-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=intros key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "ring-password"));
        }
        try
        {
            await using var entra = await EntraApp.StartAsync(settings: new()
            {
                ["DataProtection:CertificatePath"] = pfx,
                ["DataProtection:CertificatePassword"] = "ring-password",
            });
            entra.Issuer.GraphTokenLifetime = TimeSpan.FromMinutes(1);
            using (var olivia = entra.Client(Owner())) await olivia.CreateIntroAsync(IntroForSue());
            await entra.WaitForSentAsync(Olivia, 1);

            var key = Assert.Single(await entra.App.QueryAsync<string>("SELECT xml FROM data_protection_keys"));
            Assert.Contains("encryptedSecret", key);
            Assert.DoesNotContain("<value>", key);

            // A second instance decrypts the key ring with the same certificate, then the cache with the key.
            var other = entra.StartAnotherInstance();
            var token = await other.GraphTokenForAsync(entra, Owner().ObjectId);
            // Issued by a refresh, so read from the cache; not necessarily the latest token, since the first
            // instance's reply watching calls Graph too.
            Assert.Equal("refresh_token", entra.Issuer.Issued.Single(t => t.AccessToken == token).Grant);
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
