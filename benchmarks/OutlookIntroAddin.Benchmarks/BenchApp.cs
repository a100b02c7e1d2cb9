using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// The real server on Kestrel (loopback, random port) in sandbox mode with its own SQLite file, as
/// the test harness starts it, but in the Production environment and logging warnings only: the
/// server has no appsettings.json, so its default would write two console lines per request.
/// </summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intros-bench-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public BenchApp(Dictionary<string, string?> settings)
    {
        _settings = new()
        {
            ["Sandbox:Enabled"] = "true",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "intros.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) _settings[key] = value;
        try
        {
            UseKestrel(0);
            StartServer();
        }
        catch
        {
            Directory.Delete(_folder, recursive: true);
            throw;
        }
    }

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Db Db => Services.GetRequiredService<Db>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A plain HttpClient over loopback TCP; <paramref name="sandboxIdentity"/> is tenant/objectId/address/name.</summary>
    public HttpClient Http(string? sandboxIdentity = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (sandboxIdentity is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Sandbox", sandboxIdentity);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // WebApplicationFactory looks for its manifest in the current directory, which under `dotnet run`
        // is wherever the command was typed; the binaries' folder is a valid content root from anywhere.
        builder.UseContentRoot(AppContext.BaseDirectory);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
