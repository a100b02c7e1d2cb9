using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Tests.Policy;

public class PolicyTests
{
    private static readonly object Changed = new { followUpAfterBusinessDays = 3, expireAfterBusinessDays = 4, finalIntro = "review", sendCheck = "softBlock", retentionDays = 90 };

    [Fact]
    public async Task ATenantWithoutAPolicyGetsTheConfiguredDefaults()
    {
        await using var app = new IntroApp(settings: new() { ["Intros:FollowUpAfterBusinessDays"] = "5", ["Intros:RetentionDays"] = "180" });
        using var client = app.Client();
        Assert.Equal(new TenantPolicy(5, 7, "send", "prompt", 180), await client.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AnAdminsPolicyIsWhatEveryoneInTheTenantGetsAndNoOtherTenant(string provider)
    {
        await using var app = new IntroApp(provider);
        using var admin = app.Client("tenant-a", "admin-1", "admin@contoso.example", "Ada Admin", admin: true);
        var put = await admin.PutAsJsonAsync("/api/admin/policy", Changed);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var expected = new TenantPolicy(3, 4, "review", "softBlock", 90);
        Assert.Equal(expected, await put.Content.ReadFromJsonAsync<TenantPolicy>());

        using var colleague = app.Client("tenant-a", "user-2", "colleague@contoso.example");
        Assert.Equal(expected, await colleague.GetFromJsonAsync<TenantPolicy>("/api/policy"));
        using var elsewhere = app.Client("tenant-b", "admin-1", "admin@fabrikam.example");
        Assert.Equal(new TenantPolicy(7, 7, "send", "prompt", 365), await elsewhere.GetFromJsonAsync<TenantPolicy>("/api/policy"));

        // A second change replaces the first.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", new { followUpAfterBusinessDays = 10, expireAfterBusinessDays = 4, finalIntro = "send", sendCheck = "off", retentionDays = 30 })).StatusCode);
        Assert.Equal(new TenantPolicy(10, 4, "send", "off", 30), await colleague.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }

    [Fact]
    public async Task TheSandboxDemoConnectorIsAnAdmin()
    {
        await using var app = new IntroApp();
        using var demo = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await demo.PutAsJsonAsync("/api/admin/policy", Changed)).StatusCode);
    }

    [Fact]
    public async Task SomeoneWithoutTheAdminRoleCannotChangeThePolicy()
    {
        await using var app = new IntroApp();
        using var user = app.Client("tenant-a", "user-1", "user@contoso.example");
        var response = await user.PutAsJsonAsync("/api/admin/policy", Changed);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new TenantPolicy(7, 7, "send", "prompt", 365), await user.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }

    [Fact]
    public async Task ASandboxIdentityWhoseFifthPartIsNotAdminIsRefused()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new("Sandbox", "tenant-a/user-1/user@contoso.example/User/root");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/policy")).StatusCode);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"followUpAfterBusinessDays":0,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30}""", "followUpAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":61,"finalIntro":"send","sendCheck":"off","retentionDays":30}""", "expireAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"later","sendCheck":"off","retentionDays":30}""", "finalIntro" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"block","retentionDays":30}""", "sendCheck" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":0}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":3651}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off"}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7.5,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30}""", "followUpAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"purgeNow":true}""", "purgeNow" },
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task ABadPolicyIs400NamingTheFieldAndChangesNothing(string body, string field)
    {
        await using var app = new IntroApp();
        using var admin = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", Changed)).StatusCode);

        var response = await admin.PutAsync("/api/admin/policy", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(new TenantPolicy(3, 4, "review", "softBlock", 90), await admin.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }
}
