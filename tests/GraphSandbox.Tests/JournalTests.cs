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

    private SandboxMailStore OpenStore() => new(TimeProvider.System, new SandboxOptions { StateFile = _path });
}
