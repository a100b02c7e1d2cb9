using System.Text.Json;

namespace GraphSandbox.Tests;

public sealed class JournalTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"graph-sandbox-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task AStoreOpenedOnTheJournalHasEveryMessageAndMailboxSetting()
    {
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        var settings = new SandboxMailboxSettings("Europe/Paris", [DayOfWeek.Monday], new TimeOnly(9, 0), new TimeOnly(12, 0));
        IReadOnlyList<SandboxMessage> before;
        await using (var sandbox = await SandboxServer.StartAsync(options => options.StateFile = _path))
        {
            var graph = sandbox.Graph(alice);
            var sent = await graph.CreateDraftAsync(alice, Mail.Draft("Sent", bob, "ob-1"));
            await graph.Users[alice].Messages[sent.Id].Send.PostAsync();
            var draft = await graph.CreateDraftAsync(alice, Mail.Draft("Draft", bob, "ob-2"));
            await graph.Users[alice].Messages[draft.Id].PatchAsync(new() { Subject = "Edited" });
            sandbox.Store.SetMailboxSettings(alice, settings);
            before = sandbox.Store.AllMessages();
        }

        using var restored = OpenStore();

        Assert.Equal(3, before.Count);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(restored.AllMessages()));
        Assert.Equal(JsonSerializer.Serialize(settings), JsonSerializer.Serialize(restored.GetMailboxSettings(alice)));
    }

    [Fact]
    public async Task ATornLastLineIsDroppedAndWritingGoesOn()
    {
        var alice = Mail.NewAddress("alice");
        await using (var sandbox = await SandboxServer.StartAsync(options => options.StateFile = _path))
            await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("Kept", "bob@example.org"));
        File.AppendAllText(_path, "{\"Put\":[{\"Id\":\"AAMkAGtor"); // what a kill mid-write leaves

        using (var afterKill = OpenStore())
        {
            Assert.Equal("Kept", Assert.Single(afterKill.AllMessages()).Subject);
            afterKill.SetMailboxSettings(alice, SandboxMailboxSettings.Default with { TimeZone = "Asia/Tokyo" });
        }
        using var later = OpenStore();

        Assert.Single(later.AllMessages());
        Assert.Equal("Asia/Tokyo", later.GetMailboxSettings(alice).TimeZone);
    }

    [Fact]
    public void ADamagedCompleteLineIsRefusedRatherThanGuessedAt()
    {
        File.WriteAllText(_path, "not json\n{\"SettingsFor\":\"a@example.com\"}\n");

        Assert.Throws<InvalidDataException>(OpenStore);
    }

    [Fact]
    public async Task ResetEmptiesTheJournalToo()
    {
        var alice = Mail.NewAddress("alice");
        await using (var sandbox = await SandboxServer.StartAsync(options => options.StateFile = _path))
        {
            await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("Gone", "bob@example.org"));
            sandbox.Store.Reset();
            await sandbox.Graph(alice).CreateDraftAsync(alice, Mail.Draft("After reset", "bob@example.org"));
        }

        using var restored = OpenStore();

        Assert.Equal("After reset", Assert.Single(restored.AllMessages()).Subject);
    }

    [Fact]
    public async Task DeltaTokensRemovalsAndThreadHeadersSurviveARestartOnTheSameJournal()
    {
        var (alice, bob) = (Mail.NewAddress("alice"), Mail.NewAddress("bob"));
        string token;
        SandboxMessage reply;
        await using (var before = await SandboxServer.StartAsync(options => options.StateFile = _path))
        {
            await before.Graph(alice).SendAsync(alice, Mail.Draft("Kept", bob));
            await before.Graph(alice).SendAsync(alice, Mail.Draft("Deleted", bob));
            var inbox = before.Store.Messages(bob, "inbox");
            reply = before.Store.Reply(bob, inbox.Single(m => m.Subject == "Kept").Id, "Yes");
            var round = await before.Graph(bob).Users[bob].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync();
            token = Uri.UnescapeDataString(round!.OdataDeltaLink!.Split("$deltatoken=")[1]);
            await before.Graph(bob).Users[bob].Messages[inbox.Single(m => m.Subject == "Deleted").Id].DeleteAsync();
        }

        await using var after = await SandboxServer.StartAsync(options => options.StateFile = _path);
        await after.Graph(alice).SendAsync(alice, Mail.Draft("After restart", bob));
        var changes = await after.Graph(bob).Users[bob].MailFolders["inbox"].Messages.Delta
            .WithUrl($"{after.GraphBaseUrl}/users/{bob}/mailFolders/inbox/messages/delta?$deltatoken={Uri.EscapeDataString(token)}")
            .GetAsDeltaGetResponseAsync();
        var received = after.Store.Messages(alice, "inbox").Single();

        Assert.Equal(["After restart"], changes!.Value!.Where(m => m.Subject is not null).Select(m => m.Subject));
        Assert.Single(changes.Value!, m => m.AdditionalData.ContainsKey("@removed"));
        Assert.Equal(reply.InternetMessageId, received.InternetMessageId);
        Assert.Equal(reply.Header("In-Reply-To"), received.Header("In-Reply-To"));
        Assert.Equal("Yes", received.UniqueBody);
        Assert.Equal(MessageClasses.Note, received.MessageClass);
    }

    private SandboxMailStore OpenStore() => new(TimeProvider.System, new SandboxOptions { StateFile = _path });
}
