using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GraphSandbox.Tests;

/// <summary>
/// Graph's two id formats (https://learn.microsoft.com/graph/outlook-immutable-id): the default REST
/// id changes when a message moves to another folder; <c>Prefer: IdType="ImmutableId"</c> gives one
/// that stays. A URL may use either.
/// </summary>
public class IdFormatTests
{
    [Fact]
    public async Task WithoutThePreferenceAMessageHasARestIdThatASendToSentItemsChanges()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var rest = sandbox.Graph(alice, immutableIds: false);
        var immutable = sandbox.Graph(alice);

        var draft = (await rest.Users[alice].Messages.PostAsync(Mail.Draft("Hello", "bob@example.org")))!;
        var sameDraft = (await immutable.Users[alice].Messages[draft.Id].GetAsync())!;
        var draftRestId = draft.Id!;
        await rest.Users[alice].Messages[draftRestId].Send.PostAsync();
        var sent = (await immutable.Users[alice].Messages[sameDraft.Id].GetAsync())!;
        var sentAsRest = (await rest.Users[alice].Messages[sameDraft.Id].GetAsync())!;
        var stale = await Assert.ThrowsAsync<ODataError>(() => rest.Users[alice].Messages[draftRestId].GetAsync());

        Assert.NotEqual(draftRestId, sameDraft.Id);
        Assert.Equal(sameDraft.Id, Assert.Single(sandbox.Store.Messages(alice, "sentitems")).Id);
        Assert.Equal(sameDraft.Id, sent.Id);
        Assert.False(sent.IsDraft);
        Assert.NotEqual(draftRestId, sentAsRest.Id);
        Assert.NotEqual(sent.Id, sentAsRest.Id);
        Assert.Equal("Hello", sentAsRest.Subject);
        Assert.Equal(404, stale.ResponseStatusCode);
    }

    [Fact]
    public async Task DeltaAndNotificationsGiveIdsInTheFormatAskedFor()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var rest = sandbox.Graph(alice, immutableIds: false);
        // A subscription's id format is the one asked for when it was created.
        await sandbox.Graph(alice).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("For Alice", alice));
        var notification = await hooks.NextAsync("/notify");
        var received = Assert.Single(sandbox.Store.Messages(alice, "inbox"));
        var restDelta = (await rest.Users[alice].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!;
        var immutableDelta = (await sandbox.Graph(alice).Users[alice].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!;
        var restId = Assert.Single(restDelta.Value!).Id!;
        var byRestId = (await rest.Users[alice].Messages[restId].GetAsync(c => c.QueryParameters.Select = ["subject"]))!;

        Assert.Equal(received.Id, notification.ResourceData!.AdditionalData["id"]);
        Assert.Equal(received.Id, Assert.Single(immutableDelta.Value!).Id);
        Assert.NotEqual(received.Id, restId);
        Assert.Equal(restId, byRestId.Id);
        Assert.Equal("For Alice", byRestId.Subject);
    }

    [Fact]
    public async Task ARestIdSubscriptionNotifiesRestIds()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        await sandbox.Graph(alice, immutableIds: false).Subscriptions.PostAsync(Hooks.Inbox(hooks, "me/mailFolders('inbox')/messages"));

        await sandbox.Graph(bob).SendAsync(bob, Mail.Draft("For Alice", alice));
        var notification = await hooks.NextAsync("/notify");
        var id = (string)notification.ResourceData!.AdditionalData["id"];
        var fetched = (await sandbox.Graph(alice).Users[alice].Messages[id].GetAsync())!;

        Assert.NotEqual(fetched.Id, id);
        Assert.Equal(Assert.Single(sandbox.Store.Messages(alice, "inbox")).Id, fetched.Id);
        Assert.Equal($"Users/{alice}/Messages/{id}", notification.Resource);
    }
}
