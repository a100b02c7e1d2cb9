using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookIntroAddin.Soak;

namespace OutlookIntroAddin.Tests.Doors;

/// <summary>A server told to stop (SIGTERM) stops claiming, gives back what it has not started, and exits cleanly.</summary>
public class ShutdownTests
{
    [Fact]
    public async Task AStoppingServerGivesBackTheMailItHasNotStartedAndExitsCleanly()
    {
        var folder = Directory.CreateTempSubdirectory("intros-shutdown-").FullName;
        var bin = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var (sandboxPort, serverPort) = (ServiceProcess.FreePort(), ServiceProcess.FreePort());
        var database = $"Data Source={Path.Combine(folder, "intros.db")}";
        await using var sandbox = new ServiceProcess("sandbox", Path.Combine(bin, "GraphSandbox.dll"),
            () => ["--urls", $"http://127.0.0.1:{sandboxPort}"], Path.Combine(folder, "sandbox.log"));
        await using var server = new ServiceProcess("server", Path.Combine(bin, "OutlookIntroAddin.dll"), () =>
        [
            "--urls", $"http://127.0.0.1:{serverPort}", "--Sandbox:Enabled", "true", "--Database:ConnectionString", database,
            "--Graph:BaseUrl", $"http://127.0.0.1:{sandboxPort}/v1.0", "--Graph:DispatchParallelism", "2", "--Work:PollInterval", "00:00:00.200",
        ], Path.Combine(folder, "server.log"));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{serverPort}") };
        try
        {
            await sandbox.StartAsync(new Uri($"http://127.0.0.1:{sandboxPort}/_sandbox/stats"));
            // A slow Graph: the two rows being sent are still under way when the stop comes.
            (await http.PutAsJsonAsync($"http://127.0.0.1:{sandboxPort}/_sandbox/faults", new { latencyMs = 3000 })).EnsureSuccessStatusCode();
            await server.StartAsync(new Uri($"http://127.0.0.1:{serverPort}/healthz"));
            for (var i = 0; i < 6; i++)
            {
                using var create = new HttpRequestMessage(HttpMethod.Post, "/api/intros") { Content = JsonContent.Create(Body(i)) };
                create.Headers.Authorization = new AuthenticationHeaderValue("Sandbox", $"t/c{i % 3}/connector{i % 3}@contoso.example/Connector");
                (await http.SendAsync(create)).EnsureSuccessStatusCode();
            }
            await WaitUntilAsync(async () => await ClaimedAsync(database) > 2);

            var exitCode = await server.TerminateAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(0, exitCode);
            // Only what was under way may still hold a lease; everything else is free for another instance now.
            Assert.InRange(await ClaimedAsync(database), 0, 2);
            Assert.Contains("gave back", await File.ReadAllTextAsync(Path.Combine(folder, "server.log")));
        }
        finally
        {
            await server.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static object Body(int i) => new
    {
        parties = new object[] { new { name = $"Juan {i}", email = $"juan{i}@example.com" }, new { name = $"Sue {i}", email = $"sue{i}@example.org" } },
        reason = "you both build XYZ",
    };

    private static async Task<long> ClaimedAsync(string database)
    {
        await using var connection = new SqliteConnection(database);
        return await connection.QuerySingleAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'drafted') AND claimed_until IS NOT NULL AND claimed_until > @now",
            new { now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The server never claimed the queued mail.");
            await Task.Delay(100);
        }
    }
}
