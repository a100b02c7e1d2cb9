using Dapper;
using Microsoft.Data.Sqlite;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Tests;

public class SqliteWalTests
{
    /// <summary>
    /// With a reader always busy SQLite itself never starts the WAL over; without the restart
    /// this run leaves some 40,000 pages (160 MB) in it.
    /// </summary>
    [Fact]
    public async Task TheWalStartsOverUnderSteadyReadsAndWrites()
    {
        var folder = Directory.CreateTempSubdirectory("intros-wal-").FullName;
        try
        {
            var db = new Db(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, folder);
            await Migrator.MigrateAsync(db);
            await using (var setup = await db.OpenAsync())
                await setup.ExecuteAsync("CREATE TABLE wal_load (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");

            using var stop = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                    await db.InSnapshotAsync((c, t) => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wal_load", transaction: t));
            })).ToList();

            var body = new byte[8000];
            Random.Shared.NextBytes(body);
            for (var i = 0; i < 10_000; i++)
                await db.InTransactionAsync((c, t) => c.ExecuteAsync("INSERT INTO wal_load (body) VALUES (@body)", new { body }, t));
            // A few more commits, each past the checkpoint's 200 ms spacing, while the readers go on.
            for (var i = 0; i < 5; i++)
            {
                await Task.Delay(250);
                await db.InTransactionAsync((c, t) => c.ExecuteAsync("DELETE FROM wal_load WHERE id = @id", new { id = i + 1 }, t));
            }
            stop.Cancel();
            await Task.WhenAll(readers);

            await using var connection = await db.OpenAsync();
            var walPages = await connection.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(PASSIVE)");
            Assert.Equal(10_000 - 5, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wal_load"));
            Assert.InRange(walPages.Log, 1, 8192);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
