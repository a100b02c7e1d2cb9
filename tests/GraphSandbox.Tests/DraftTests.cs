using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphSandbox.Tests;

public class DraftTests
{
    [Fact]
    public async Task CreatedDraftWithExtendedPropertyComesBackWithItsIdAndProperty()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var draft = await graph.Users[alice].Messages.PostAsync(Mail.Draft("Hello", "bob@example.org", "ob-1"), config =>
        {
            config.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
            config.Options.Add(headers);
        });
        var fetched = await graph.Users[alice].Messages[draft!.Id].GetAsync(config =>
            config.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{Mail.OutboxIdProperty}')"]);

        Assert.Equal("IdType=\"ImmutableId\"", Assert.Single(headers.ResponseHeaders["Preference-Applied"]));
        Assert.True(draft.IsDraft);
        Assert.Equal("drafts", draft.ParentFolderId);
        Assert.Equal(draft.Id, fetched!.Id);
        Assert.Equal("Hello", fetched.Subject);
        Assert.Equal(BodyType.Html, fetched.Body!.ContentType);
        Assert.Equal("bob@example.org", Assert.Single(fetched.ToRecipients!).EmailAddress!.Address);
        Assert.Equal("ob-1", Assert.Single(fetched.SingleValueExtendedProperties!).Value);
    }

    [Fact]
    public async Task ExtendedPropertiesAreAbsentUnlessExpanded()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org", "ob-1"));

        var fetched = await graph.Users[alice].Messages[draft.Id].GetAsync(config =>
            config.QueryParameters.Select = ["subject"]);

        Assert.Null(fetched!.SingleValueExtendedProperties);
        Assert.Equal("Hello", fetched.Subject);
        Assert.Null(fetched.Body);
    }

    [Fact]
    public async Task DraftIsFoundByItsExtendedPropertyInDraftsOnly()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org", "ob-1"));
        await graph.CreateDraftAsync(alice, Mail.Draft("Other", "bob@example.org", "ob-2"));

        var inDrafts = await graph.FindByOutboxIdAsync(alice, "drafts", "ob-1");
        var inSentItems = await graph.FindByOutboxIdAsync(alice, "sentitems", "ob-1");

        Assert.Equal(draft.Id, Assert.Single(inDrafts).Id);
        Assert.Empty(inSentItems);
    }

    [Fact]
    public async Task AnExtendedPropertysNameIsMatchedInItsOwnCaseAndItsTypeGuidAndValueInAny()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org", "ob-Case"));

        async Task<List<Message>> FindAsync(string id, string value) =>
            (await graph.Users[alice].MailFolders["drafts"].Messages.GetAsync(c =>
                c.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')"))!.Value!;

        Assert.Equal(draft.Id, Assert.Single(await FindAsync(Mail.OutboxIdProperty.ToUpperInvariant().Replace("NAME OUTBOXID", "Name OutboxId"), "OB-CASE")).Id);
        Assert.Empty(await FindAsync(Mail.OutboxIdProperty.Replace("Name OutboxId", "Name outboxid"), "ob-Case"));
    }

    [Fact]
    public async Task NamesDifferingOnlyInCaseAreTwoPropertiesAndAnotherSpellingOfTheRestOverwritesOne()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org", "ob-1"));
        var lower = Mail.OutboxIdProperty.Replace("Name OutboxId", "Name outboxid");
        var otherSpelling = Mail.OutboxIdProperty.Replace("String", "string").ToLowerInvariant().Replace("name outboxid", "Name OutboxId");

        await graph.Users[alice].Messages[draft.Id].PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = lower, Value = "other" }] });
        await graph.Users[alice].Messages[draft.Id].PatchAsync(new Message { SingleValueExtendedProperties = [new() { Id = otherSpelling, Value = "ob-2" }] });
        var stored = sandbox.Store.Find(alice, draft.Id!)!;

        Assert.Equal(2, stored.SingleValueExtendedProperties.Count);
        Assert.Equal("ob-2", stored.ExtendedProperty(Mail.OutboxIdProperty));
        Assert.Equal("other", stored.ExtendedProperty(lower));
    }

    [Fact]
    public async Task UpdatingADraftChangesOnlyThePropertiesSent()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");
        var graph = sandbox.Graph(alice);
        var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org", "ob-1"));

        await graph.Users[alice].Messages[draft.Id].PatchAsync(new Message { Subject = "Changed" });
        var stored = sandbox.Store.Find(alice, draft.Id!)!;

        Assert.Equal("Changed", stored.Subject);
        Assert.Equal("<p>Hello</p>", stored.Body);
        // The type and GUID in another case still name it; the name part must match as written.
        Assert.Equal("ob-1", stored.ExtendedProperty(Mail.OutboxIdProperty.Replace("String", "string").Replace("C000", "c000")));
    }

    [Fact]
    public async Task AnUnsupportedFilterIsRefusedWithGraphErrorJson()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var alice = Mail.NewAddress("alice");

        var error = await Assert.ThrowsAsync<ODataError>(() => sandbox.Graph(alice).Users[alice].Messages
            .GetAsync(config => config.QueryParameters.Filter = "subject eq 'Hello'"));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidRequest", error.Error!.Code);
    }

    [Fact]
    public async Task DraftTimesComeFromTheInjectedClock()
    {
        var now = new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);
        await using var sandbox = await SandboxServer.StartAsync(clock: new FixedClock(now));
        var alice = Mail.NewAddress("alice");

        var draft = await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("Hello", "bob@example.org"));

        Assert.Equal(now, draft.CreatedDateTime);
        Assert.Equal(now, Assert.Single(sandbox.Store.Messages(alice)).CreatedAt);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
