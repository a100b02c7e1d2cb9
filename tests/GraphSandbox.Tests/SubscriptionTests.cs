using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphSandbox.Tests;

public class SubscriptionTests
{
    [Fact]
    public async Task CreatingValidatesBothUrlsAndReturnsTheSubscriptionAsGraphDoes()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        var expiration = DateTimeOffset.UtcNow.AddDays(6);

        var created = await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, $"users/{alice}/mailFolders('Inbox')/messages", expiration));
        var fetched = await sandbox.Graph(alice).Subscriptions[created!.Id].GetAsync();
        var listed = await sandbox.Graph(alice).Subscriptions.GetAsync();

        Assert.Equal(["/notify", "/lifecycle"], hooks.ValidationRequests.Select(v => v.Path));
        Assert.All(hooks.ValidationRequests, v => Assert.StartsWith("Validation: Testing client application reachability for subscription", v.Token));
        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(("created", "secret-state", hooks.Url("/notify"), hooks.Url("/lifecycle")),
            (created.ChangeType, created.ClientState, created.NotificationUrl, created.LifecycleNotificationUrl));
        Assert.Equal(expiration.ToUnixTimeSeconds(), created.ExpirationDateTime!.Value.ToUnixTimeSeconds());
        Assert.Equal(created.Id, fetched!.Id);
        Assert.Equal(created.Id, Assert.Single(listed!.Value!).Id);
        Assert.Equal(alice, Assert.Single(sandbox.Subscriptions.All()).Mailbox);
    }

    [Theory]
    [InlineData(ValidationAnswer.ServerError, "ValidationError")]
    [InlineData(ValidationAnswer.WrongToken, "InvalidRequest")]
    [InlineData(ValidationAnswer.HtmlContentType, "ValidationError")]
    public async Task AFailedValidationIs400AndCreatesNothing(ValidationAnswer answer, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        hooks.Validation = answer;

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, $"users/{alice}/mailFolders('inbox')/messages")));

        Assert.Equal((400, code), (error.ResponseStatusCode, error.Error!.Code));
        Assert.Contains("validation request failed", error.Error.Message);
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Fact]
    public async Task AValidationRequestLeftUnansweredTimesOutAs400()
    {
        await using var sandbox = await SandboxServer.StartAsync(options => options.ValidationTimeout = TimeSpan.FromMilliseconds(200));
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        hooks.Validation = ValidationAnswer.Never;

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages")));

        Assert.Equal((400, "Subscription validation request timed out."), (error.ResponseStatusCode, error.Error!.Message));
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Fact]
    public async Task AnUnreachableNotificationUrlFailsTheCreateToo()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        string deadUrl;
        await using (var gone = await WebhookReceiver.StartAsync())
            deadUrl = gone.Url("/notify");

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created", NotificationUrl = deadUrl, Resource = "me/mailFolders('inbox')/messages",
            ExpirationDateTime = DateTimeOffset.UtcNow.AddDays(1),
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Theory]
    [InlineData(-1, 10, "ExtensionError")]
    [InlineData(10_081, 10, "ExtensionError")]
    [InlineData(60, 129, "InvalidRequest")]
    public async Task ExpirationAndClientStateOutsideGraphsLimitsAre400BeforeAnyValidation(int minutes, int clientStateLength, string code)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        var subscription = Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages", DateTimeOffset.UtcNow.AddMinutes(minutes));
        subscription.ClientState = new string('s', clientStateLength);

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Subscriptions.PostAsync(subscription));

        Assert.Equal((400, code), (error.ResponseStatusCode, error.Error!.Code));
        Assert.Empty(hooks.ValidationRequests);
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Theory]
    [InlineData("me/mailFolders('inbox')/messages")]
    [InlineData("/ME/MailFolders/Inbox/Messages")]
    [InlineData("users/{0}/mailfolders('INBOX')/messages")]
    [InlineData("users('{0}')/mailFolders/inbox/messages")]
    public async Task ResourceFormsAreCaseInsensitiveAndMeIsTheCaller(string resource)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");

        await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, string.Format(resource, alice.ToUpperInvariant())));

        Assert.Equal(alice, Assert.Single(sandbox.Subscriptions.All()).Mailbox);
    }

    [Fact]
    public async Task AResourceOtherThanAnInboxIsRefused()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/events")));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Empty(hooks.ValidationRequests);
    }

    [Fact]
    public async Task RenewingExtendsAndDeletingRemovesAndThenItIsNotFound()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var created = await graph.Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages", DateTimeOffset.UtcNow.AddHours(1)));
        var later = DateTimeOffset.UtcNow.AddDays(7).AddMinutes(-1);

        var renewed = await graph.Subscriptions[created!.Id].PatchAsync(new Subscription { ExpirationDateTime = later });
        var tooFar = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions[created.Id].PatchAsync(new Subscription { ExpirationDateTime = later.AddDays(1) }));
        await graph.Subscriptions[created.Id].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions[created.Id].GetAsync());

        Assert.Equal(later.ToUnixTimeSeconds(), renewed!.ExpirationDateTime!.Value.ToUnixTimeSeconds());
        Assert.Equal(400, tooFar.ResponseStatusCode);
        Assert.Equal((404, "ResourceNotFound"), (gone.ResponseStatusCode, gone.Error!.Code));
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Fact]
    public async Task WhenOwnersAreEnforcedAUserMaySubscribeOnlyToTheirOwnMailbox()
    {
        await using var sandbox = await SandboxServer.StartAsync(options => options.RequireMailboxOwner = true);
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var asAlice = sandbox.Graph(Hooks.UserToken(alice));

        var own = await asAlice.Subscriptions.PostAsync(Hooks.Inbox(hooks, $"users/{alice}/mailFolders('inbox')/messages"));
        var other = await Assert.ThrowsAsync<ODataError>(() => asAlice.Subscriptions.PostAsync(Hooks.Inbox(hooks, $"users/{bob}/mailFolders('inbox')/messages")));
        var bobsView = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(Hooks.UserToken(bob)).Subscriptions[own!.Id].GetAsync());

        Assert.Equal(alice, Assert.Single(sandbox.Subscriptions.All()).Mailbox);
        Assert.Equal(403, other.ResponseStatusCode);
        Assert.Equal(403, bobsView.ResponseStatusCode);
    }
}

/// <summary>Subscriptions and tokens the notification tests share.</summary>
public static class Hooks
{
    public static Subscription Inbox(WebhookReceiver hooks, string resource, DateTimeOffset? expiration = null) => new()
    {
        ChangeType = "created",
        NotificationUrl = hooks.Url("/notify"),
        LifecycleNotificationUrl = hooks.Url("/lifecycle"),
        Resource = resource,
        ExpirationDateTime = expiration ?? DateTimeOffset.UtcNow.AddDays(2),
        ClientState = "secret-state",
    };

    /// <summary>An unsigned delegated token, as the sandbox reads one (it checks claims, not signatures).</summary>
    public static string UserToken(string address) =>
        $"{Base64Url("{\"alg\":\"none\"}")}.{Base64Url($"{{\"preferred_username\":\"{address}\",\"scp\":\"Mail.Read\",\"tid\":\"{Guid.Empty}\"}}")}.sig";

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
