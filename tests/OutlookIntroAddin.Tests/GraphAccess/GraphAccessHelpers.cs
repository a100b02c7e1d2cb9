using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions;
using OutlookIntroAddin.GraphAccess;
using Npgsql;
using OutlookIntroAddin.Intros;
using OutlookIntroAddin.Scheduling;
using OutlookIntroAddin.Tests.Identity;

namespace OutlookIntroAddin.Tests.GraphAccess;

/// <summary>What the Graph access tests need: the connector, their sign-in sessions, and a look at mail and rows.</summary>
public static class GraphAccessHelpers
{
    public const string Olivia = "olivia@contoso.example";

    /// <summary>Olivia's token from a given sign-in session (<c>sid</c>): revoking her sessions refuses the old one's tokens.</summary>
    public static TokenSpec Owner(string session = "session-1") => new()
    {
        Tenant = LocalIssuer.TenantA, ObjectId = "00000000-0000-4000-8000-0000000000a1", PreferredUsername = Olivia, Name = "Olivia Owner",
        ExtraClaims = new Dictionary<string, object> { ["sid"] = session },
    };

    /// <summary>Juan agreed already, so only Sue gets a request (and, if silent, one follow-up).</summary>
    public static object IntroForSue() => Scenario.IntroBody(juanAgreed: true);

    public static IReadOnlyList<GraphSandbox.SandboxMessage> SentBy(this EntraApp entra, string mailbox) =>
        entra.Graph.Store.Messages(mailbox, "sentitems");

    /// <summary>Bounded wait for the work loop to send; fails with what it saw.</summary>
    public static async Task WaitForSentAsync(this EntraApp entra, string mailbox, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (entra.SentBy(mailbox).Count < count)
        {
            Assert.True(DateTime.UtcNow < until, $"{mailbox} sent {entra.SentBy(mailbox).Count} of {count} messages.");
            await Task.Delay(100);
        }
    }

    /// <summary>Runs everything due now on this instance, as the work loop would; returns once it is done.</summary>
    public static Task RunDueWorkAsync(this IntroApp app) => app.Services.GetRequiredService<DueWork>().RunAsync(CancellationToken.None);

    public static async Task<IntroResponse> IntroAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<IntroResponse>($"/api/intros/{id}"))!;

    /// <summary>The bearer token this instance signs a Graph request for the connector's mailbox with, as the dispatcher would get it.</summary>
    public static async Task<string> GraphTokenForAsync(this IntroApp app, EntraApp entra, string objectId)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(entra.Graph.BaseUrl.TrimEnd('/') + $"/users/{Olivia}/messages") };
        await app.Services.GetRequiredService<IGraphAuthentication>().For(LocalIssuer.TenantA, objectId).AuthenticateRequestAsync(request);
        return Assert.Single(request.Headers["Authorization"])["Bearer ".Length..];
    }

    /// <summary>Straight from the database, as an operator (or an attacker with a backup) would see it.</summary>
    public static async Task<List<T>> QueryAsync<T>(this IntroApp app, string sql)
    {
        await using System.Data.Common.DbConnection connection = app.Provider switch
        {
            "Postgres" => new NpgsqlConnection(app.DatabaseConnectionString),
            "SqlServer" => new SqlConnection(app.DatabaseConnectionString),
            _ => new SqliteConnection(app.DatabaseConnectionString),
        };
        await connection.OpenAsync();
        return (await connection.QueryAsync<T>(sql)).ToList();
    }
}
