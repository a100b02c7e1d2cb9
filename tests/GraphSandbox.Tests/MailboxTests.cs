using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphSandbox.Tests;

public class MailboxTests
{
    [Fact]
    public async Task MailboxSettingsDefaultToUtcMondayToFridayEightToFive()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");

        var settings = await sandbox.Graph(alice).Users[alice].MailboxSettings.GetAsync();

        Assert.Equal("UTC", settings!.TimeZone);
        Assert.Equal([DayOfWeekObject.Monday, DayOfWeekObject.Tuesday, DayOfWeekObject.Wednesday,
            DayOfWeekObject.Thursday, DayOfWeekObject.Friday], settings.WorkingHours!.DaysOfWeek!.Select(d => d!.Value));
        Assert.Equal(new TimeOnly(8, 0), ToTimeOnly(settings.WorkingHours.StartTime!.Value));
        Assert.Equal(new TimeOnly(17, 0), ToTimeOnly(settings.WorkingHours.EndTime!.Value));
        Assert.Equal("UTC", settings.WorkingHours.TimeZone!.Name);
    }

    [Fact]
    public async Task MailboxSettingsSetInTheStoreAreWhatGraphReturns()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        sandbox.Store.SetMailboxSettings(alice.ToUpperInvariant(), new SandboxMailboxSettings(
            "Pacific Standard Time", [DayOfWeek.Sunday, DayOfWeek.Monday], new TimeOnly(9, 30), new TimeOnly(18, 0)));

        var settings = await sandbox.Graph(alice).Me.MailboxSettings.GetAsync();

        Assert.Equal("Pacific Standard Time", settings!.TimeZone);
        Assert.Equal([DayOfWeekObject.Sunday, DayOfWeekObject.Monday], settings.WorkingHours!.DaysOfWeek!.Select(d => d!.Value));
        Assert.Equal(new TimeOnly(9, 30), ToTimeOnly(settings.WorkingHours.StartTime!.Value));
    }

    [Fact]
    public async Task MeIsTheAddressInTheBearerToken()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");

        var draft = await sandbox.Graph(alice).Me.Messages.PostAsync(Mail.Draft("Mine", "bob@example.org"));

        Assert.Equal(alice, draft!.From!.EmailAddress!.Address);
        Assert.NotNull(sandbox.Store.Find(alice, draft.Id!));
    }

    [Fact]
    public async Task AMessageIsFromItsMailboxOwnerByNameAndMeSaysTheName()
    {
        var alice = Mail.NewAddress("alice");
        await using var sandbox = await SandboxServer.StartAsync(o => o.DisplayNames[alice] = "Alice Example");
        var bob = Mail.NewAddress("bob");

        var draft = await sandbox.Graph(alice).Me.Messages.PostAsync(Mail.Draft("Mine", bob));
        var bobs = await sandbox.Graph(bob).Me.Messages.PostAsync(Mail.Draft("His", alice));

        Assert.Equal(("Alice Example", alice), (draft!.From!.EmailAddress!.Name, draft.From.EmailAddress.Address));
        Assert.Equal(bob, bobs!.From!.EmailAddress!.Name);
        Assert.Equal("Alice Example", (await sandbox.Graph(alice).Me.GetAsync())!.DisplayName);
    }

    [Fact]
    public async Task MeIsThePreferredUsernameOfAJwtThatIsNotValidated()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var jwt = $"{Base64Url("{\"alg\":\"none\"}")}.{Base64Url($"{{\"preferred_username\":\"{alice}\"}}")}.sig";

        var draft = await sandbox.Graph(jwt).Me.Messages.PostAsync(Mail.Draft("Mine", "bob@example.org"));

        Assert.NotNull(sandbox.Store.Find(alice, draft!.Id!));
    }

    [Fact]
    public async Task AUserWhoseSignInNameIsNotTheirAddressReachesTheirMailboxAsMeOrByUpnAndMeSaysTheAddress()
    {
        var (upn, mail) = (Mail.NewAddress("alice"), Mail.NewAddress("alice.smith"));
        await using var sandbox = await SandboxServer.StartAsync(o => o.MailAddresses[upn] = mail);
        var jwt = $"{Base64Url("{\"alg\":\"none\"}")}.{Base64Url($"{{\"preferred_username\":\"{upn}\",\"oid\":\"oid-1\"}}")}.sig";

        var mine = await sandbox.Graph(jwt).Me.Messages.PostAsync(Mail.Draft("Mine", "bob@example.org"));
        var byUpn = await sandbox.Graph(jwt).Users[upn].Messages.PostAsync(Mail.Draft("Also mine", "bob@example.org"));
        var me = await sandbox.Graph(jwt).Me.GetAsync(c => c.QueryParameters.Select = ["mail", "userPrincipalName"]);

        Assert.NotNull(sandbox.Store.Find(mail, mine!.Id!));
        Assert.NotNull(sandbox.Store.Find(mail, byUpn!.Id!));
        Assert.Equal((mail, upn, "oid-1"), (me!.Mail, me.UserPrincipalName, me.Id));
        Assert.Null(me.DisplayName);
    }

    [Fact]
    public async Task MeWithATokenThatNamesNoUserIsUnauthorized()
    {
        await using var sandbox = await SandboxServer.StartAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph("opaque-token").Me.Messages.GetAsync());

        Assert.Equal((401, "InvalidAuthenticationToken"), (error.ResponseStatusCode, error.Error!.Code));
    }

    [Fact]
    public async Task ListingPagesTenAtATimeWithANextLinkTheSdkFollows()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        for (var i = 0; i < 12; i++)
            await graph.CreateDraftAsync(alice, Mail.Draft($"Draft {i}", "bob@example.org"));

        var first = await graph.Users[alice].MailFolders["drafts"].Messages.GetAsync();
        var second = await new Microsoft.Graph.Users.Item.MailFolders.Item.Messages.MessagesRequestBuilder(
            first!.OdataNextLink!, graph.RequestAdapter).GetAsync();

        Assert.Equal(10, first.Value!.Count);
        Assert.Equal(2, second!.Value!.Count);
        Assert.Null(second.OdataNextLink);
        Assert.Equal(12, first.Value.Concat(second.Value).Select(m => m.Id).Distinct().Count());
    }

    private static TimeOnly ToTimeOnly(Microsoft.Kiota.Abstractions.Time time) => new(time.Hour, time.Minute, time.Second);

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
