using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using GraphSandbox;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// The real app on Kestrel (loopback, random port) in sandbox mode, with its own database: a fresh
/// SQLite file, a fresh PostgreSQL database when INTROS_TEST_POSTGRES names a server, or a fresh SQL
/// Server database when INTROS_TEST_SQLSERVER is a connection string to one (its login may create databases).
/// </summary>
public sealed class IntroApp : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 25 November 2026, 09:00 in Seattle: far enough from a weekend to cross one.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("intros-test-").FullName;
    private readonly string? _postgresDatabase;
    private readonly string? _sqlServerDatabase;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after the app's own, for parts that stand in for the outside world.</param>
    public IntroApp(string provider = "Sqlite", Dictionary<string, string?>? settings = null, string? sharedDatabase = null,
        Action<IServiceCollection>? services = null)
    {
        Provider = provider;
        _services = services;
        _settings = new()
        {
            ["Sandbox:ClockStart"] = Wednesday.ToString("O"),
            ["Work:PollInterval"] = "00:00:00.250",
            ["Database:Provider"] = provider,
        };
        if (provider == "Postgres")
        {
            _postgresDatabase = sharedDatabase is null ? CreatePostgresDatabase() : null;
            _settings["Database:ConnectionString"] = sharedDatabase ?? PostgresConnectionString(_postgresDatabase!);
        }
        else if (provider == "SqlServer")
        {
            _sqlServerDatabase = sharedDatabase is null ? CreateSqlServerDatabase() : null;
            _settings["Database:ConnectionString"] = sharedDatabase ?? SqlServerConnectionString(_sqlServerDatabase!);
        }
        else
        {
            _settings["Database:ConnectionString"] = sharedDatabase ?? $"Data Source={Path.Combine(_folder, "intros.db")}";
        }
        // Sandbox mode unless the test configures an Entra ID app.
        if (settings?.ContainsKey("Identity:ClientId") != true) _settings["Sandbox:Enabled"] = "true";
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
        UseKestrel(0);
        StartServer();
    }

    public string Provider { get; }

    /// <summary>Where Kestrel listens, on loopback.</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public string DatabaseConnectionString => _settings["Database:ConnectionString"]!;

    public static IEnumerable<object[]> Providers()
    {
        yield return ["Sqlite"];
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES"))) yield return ["Postgres"];
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INTROS_TEST_SQLSERVER"))) yield return ["SqlServer"];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>A client acting as the demo connector (a tenant admin), or as another connector of any tenant, an admin if <paramref name="admin"/>.</summary>
    public HttpClient Client(string? tenant = null, string? objectId = null, string? email = null, string? name = null, bool admin = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Sandbox", $"{tenant}/{objectId}/{email}/{name ?? email}" + (admin ? "/admin" : ""));
        }
        return client;
    }

    /// <summary>Runs everything that is due now, after moving the clock <paramref name="days"/> ahead.</summary>
    public async Task AdvanceAsync(int days = 0)
    {
        using var client = Client();
        var response = await client.PostAsync($"/sandbox/clock/advance?days={days}", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What Graph's mailboxSettings will say about a mailbox's week.</summary>
    public void SetWorkingWeek(string mailbox, string timeZone, params DayOfWeek[] days) =>
        Services.GetRequiredService<SandboxMailStore>().SetMailboxSettings(mailbox, new SandboxMailboxSettings(
            timeZone, days.Length > 0 ? days : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new TimeOnly(8, 0), new TimeOnly(17, 0)));

    public SandboxFaults Faults => Services.GetRequiredService<SandboxFaults>();

    public SandboxStats GraphStats => Services.GetRequiredService<SandboxStats>();

    public async Task<List<MailItem>> MailAsync()
    {
        using var client = Client();
        return (await client.GetFromJsonAsync<List<MailItem>>("/sandbox/mail"))!;
    }

    /// <summary>
    /// Lets due work run until <paramref name="done"/> holds; bounded, and fails with what it saw. The
    /// bound is far above what a pass takes (a few seconds): it only says when to give up, and a CI
    /// machine that also runs the soak tests' killed and restarted servers may stall for a while.
    /// </summary>
    public async Task<List<MailItem>> MailWhenAsync(Func<List<MailItem>, bool> done, int seconds = 90)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await AdvanceAsync();
            var mail = await MailAsync();
            if (done(mail)) return mail;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Mail never reached the expected state; {mail.Count} messages: " + string.Join("; ", mail.Select(m => $"{m.Mailbox}/{m.Folder}: {m.Subject}")));
            await Task.Delay(100);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (_sqlServerDatabase is not null)
        {
            SqlConnection.ClearAllPools();
            await using var admin = new SqlConnection(Environment.GetEnvironmentVariable("INTROS_TEST_SQLSERVER"));
            await admin.OpenAsync();
            await using var drop = new SqlCommand(
                $"ALTER DATABASE [{_sqlServerDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerDatabase}]", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string CreatePostgresDatabase()
    {
        var name = "intros_test_" + Guid.NewGuid().ToString("N")[..12];
        using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES"));
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        create.ExecuteNonQuery();
        return name;
    }

    private static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("INTROS_TEST_POSTGRES")) { Database = database }.ToString();

    private static string CreateSqlServerDatabase()
    {
        var name = "intros_test_" + Guid.NewGuid().ToString("N")[..12];
        using var admin = new SqlConnection(Environment.GetEnvironmentVariable("INTROS_TEST_SQLSERVER"));
        admin.Open();
        using var create = new SqlCommand($"CREATE DATABASE [{name}]", admin);
        create.ExecuteNonQuery();
        return name;
    }

    private static string SqlServerConnectionString(string database) =>
        new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable("INTROS_TEST_SQLSERVER")) { InitialCatalog = database }.ToString();
}

public sealed record Person(string Name, string Address);

public sealed record MailItem(
    string Id, string Mailbox, string Folder, Person? From, List<Person> To, List<Person> Cc, List<Person> Bcc, List<Person> ReplyTo,
    string Subject, string Body, DateTimeOffset? SentAt, string ConversationId, string RestId);
