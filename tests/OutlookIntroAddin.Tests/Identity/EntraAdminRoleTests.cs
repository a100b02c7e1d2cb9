using System.Net;
using System.Net.Http.Json;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Tests.Identity;

public class EntraAdminRoleTests
{
    private static readonly object Changed = new { followUpAfterBusinessDays = 3, expireAfterBusinessDays = 4, finalIntro = "review", sendCheck = "off", retentionDays = 90, notifyConnector = true, relationshipMonths = 6, outcomeAfterBusinessDays = 14 };

    [Fact]
    public async Task OnlyATokenWithTheAdminAppRoleChangesItsOwnTenantsPolicy()
    {
        await using var entra = await EntraApp.StartAsync();
        using var user = entra.Client(new TokenSpec { Roles = ["Intros.Reader"] });
        var refused = await user.PutAsJsonAsync("/api/admin/policy", Changed);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var admin = entra.Client(new TokenSpec { ObjectId = "00000000-0000-4000-8000-0000000000ad", Roles = ["Intros.Admin"] });
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", Changed)).StatusCode);

        var expected = new TenantPolicy(3, 4, "review", "off", 90, true, 6, 14);
        Assert.Equal(expected, await user.GetFromJsonAsync<TenantPolicy>("/api/policy"));
        using var otherTenant = entra.Client(new TokenSpec { Tenant = LocalIssuer.TenantB, Roles = ["Intros.Admin"] });
        Assert.Equal(new TenantPolicy(7, 7, "send", "softBlock", 365, true, 6, 14), await otherTenant.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }
}
