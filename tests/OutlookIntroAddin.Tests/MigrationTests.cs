using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Tests;

public class MigrationTests
{
    [Theory, MemberData(nameof(IntroApp.Providers), MemberType = typeof(IntroApp))]
    public async Task StartingTwiceAppliesEachScriptOnce(string provider)
    {
        await using var app = new IntroApp(provider);
        var db = new Db(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = app.DatabaseConnectionString }, Path.GetTempPath());
        await Migrator.MigrateAsync(db);
        await Migrator.MigrateAsync(db);

        await using var connection = await db.OpenAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(versions.Distinct(), versions);
        Assert.Equal(1, versions[0]);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM intros"));
    }

    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        await using var app = new IntroApp();
        using var client = app.Client();
        var response = await client.GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"ok\"", response);
        Assert.Contains("Sqlite", response);
    }
}
