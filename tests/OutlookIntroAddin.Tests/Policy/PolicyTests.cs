using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Tests.Policy;

public class PolicyTests
{
    private static readonly object Changed = new { followUpAfterBusinessDays = 3, expireAfterBusinessDays = 4, finalIntro = "review", sendCheck = "prompt", retentionDays = 90, notifyConnector = false, relationshipMonths = 12, outcomeAfterBusinessDays = 20 };

    [Fact]
    public async Task ATenantWithoutAPolicyGetsTheConfiguredDefaults()
    {
        await using var app = new IntroApp(settings: new()
        {
            ["Intros:FollowUpAfterBusinessDays"] = "5", ["Intros:RetentionDays"] = "180", ["Intros:RelationshipMonths"] = "9", ["Intros:OutcomeAfterBusinessDays"] = "10",
        });
        using var client = app.Client();
        Assert.Equal(new TenantPolicy(5, 7, "send", "softBlock", 180, true, 9, 10), await client.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }

    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task AnAdminsPolicyIsWhatEveryoneInTheTenantGetsAndNoOtherTenant(string provider)
    {
        await using var app = new IntroApp(provider);
        using var admin = app.Client("tenant-a", "admin-1", "admin@contoso.example", "Ada Admin", admin: true);
        var put = await admin.PutAsJsonAsync("/api/admin/policy", Changed);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var expected = new TenantPolicy(3, 4, "review", "prompt", 90, false, 12, 20);
        Assert.Equal(expected, await put.Content.ReadFromJsonAsync<TenantPolicy>());

        using var colleague = app.Client("tenant-a", "user-2", "colleague@contoso.example");
        Assert.Equal(expected, await colleague.GetFromJsonAsync<TenantPolicy>("/api/policy"));
        Assert.Equal(expected, await admin.GetFromJsonAsync<TenantPolicy>("/api/admin/policy"));
        using var elsewhere = app.Client("tenant-b", "admin-1", "admin@fabrikam.example");
        Assert.Equal(new TenantPolicy(7, 7, "send", "softBlock", 365, true, 6, 14), await elsewhere.GetFromJsonAsync<TenantPolicy>("/api/policy"));

        // A second change replaces the first.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/admin/policy", new { followUpAfterBusinessDays = 10, expireAfterBusinessDays = 4, finalIntro = "send", sendCheck = "off", retentionDays = 30, notifyConnector = true, relationshipMonths = 0, outcomeAfterBusinessDays = 0 })).StatusCode);
        Assert.Equal(new TenantPolicy(10, 4, "send", "off", 30, true, 0, 0), await colleague.GetFromJsonAsync<TenantPolicy>("/api/policy"));
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
        // The admins' read of the policy (what the task pane shows its admin page by) is refused too.
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/admin/policy")).StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new TenantPolicy(7, 7, "send", "softBlock", 365, true, 6, 14), await user.GetFromJsonAsync<TenantPolicy>("/api/policy"));
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
        { """{"followUpAfterBusinessDays":0,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "followUpAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":61,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "expireAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"later","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "finalIntro" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"block","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "sendCheck" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":0,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":3651,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "retentionDays" },
        { """{"followUpAfterBusinessDays":7.5,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "followUpAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":14,"purgeNow":true}""", "purgeNow" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30}""", "notifyConnector" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":"yes","relationshipMonths":6,"outcomeAfterBusinessDays":14}""", "notifyConnector" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true}""", "relationshipMonths" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":-1,"outcomeAfterBusinessDays":14}""", "relationshipMonths" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":37,"outcomeAfterBusinessDays":14}""", "relationshipMonths" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":1.5,"outcomeAfterBusinessDays":14}""", "relationshipMonths" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6}""", "outcomeAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":-1}""", "outcomeAfterBusinessDays" },
        { """{"followUpAfterBusinessDays":7,"expireAfterBusinessDays":7,"finalIntro":"send","sendCheck":"off","retentionDays":30,"notifyConnector":true,"relationshipMonths":6,"outcomeAfterBusinessDays":61}""", "outcomeAfterBusinessDays" },
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
        Assert.Equal(new TenantPolicy(3, 4, "review", "prompt", 90, false, 12, 20), await admin.GetFromJsonAsync<TenantPolicy>("/api/policy"));
    }
}
