using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace OutlookIntroAddin.Soak;

public sealed record SandboxMail(string Id, string Mailbox, string Folder, string Subject, string Body, List<JsonNode> To)
{
    public string Kind => Subject.StartsWith("Introduction:", StringComparison.Ordinal) ? "final"
        : Subject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? "followUp" : "request";
}

public sealed record SoakReport(
    SoakOptions Options, TimeSpan Elapsed, int Kills, int ServerStarts, int Expected, int Lost, int Duplicated,
    int DuplicatedOutboxIds, int WrongStates, JsonNode? SandboxStats)
{
    public bool Passed => Lost == 0 && Duplicated == 0 && DuplicatedOutboxIds == 0 && WrongStates == 0;
}

public sealed partial class SoakRun
{
    private const string OutboxIdProperty = "String {6c3a1b52-8e1d-4f3b-9a07-2b5e8c9d4f10} Name OutboxId";

    private async Task<List<SandboxMail>> MailAsync() =>
        (await _http.GetFromJsonAsync<List<SandboxMail>>(Sandbox("/_sandbox/mail"), JsonSerializerOptions.Web))!;

    private async Task WaitForMailAsync(string what, Func<List<SandboxMail>, bool> done)
    {
        while (!done(await MailAsync()))
        {
            if (Budget <= TimeSpan.Zero) throw new TimeoutException($"The {what} never all arrived.");
            await Task.Delay(500);
        }
        log.WriteLine($"All {what} delivered ({_kills} kills so far, {_elapsed.Elapsed:mm\\:ss})");
    }

    /// <summary>Waits until every intro is where it should end, then a little longer so a late duplicate would show.</summary>
    private async Task SettleAsync(List<PlannedIntro> plan)
    {
        var expectedMail = plan.Sum(p => p.Requests + p.FollowUps + p.Finals);
        while (true)
        {
            var sent = (await MailAsync()).Count(m => m.Folder == "sentitems");
            var states = await StatesAsync(plan);
            if (sent >= expectedMail && plan.All(p => states.GetValueOrDefault(p.First) == p.ExpectedState)) break;
            if (Budget <= TimeSpan.Zero) { log.WriteLine("Out of time before the intros settled."); break; }
            await Task.Delay(1000);
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
    }

    private async Task<Dictionary<string, string>> StatesAsync(List<PlannedIntro> plan)
    {
        var states = new Dictionary<string, string>();
        foreach (var connector in plan.GroupBy(p => p.Connector).Select(g => g.First()))
        {
            foreach (var intro in await ListAsync(connector))
            {
                states[intro["parties"]![0]!["email"]!.GetValue<string>()] = intro["state"]!.GetValue<string>();
            }
        }
        return states;
    }

    private async Task<SoakReport> VerifyAsync(List<PlannedIntro> plan)
    {
        // The counting below goes through Graph's own routes: no injected faults for it.
        (await _http.PutAsJsonAsync(Sandbox("/_sandbox/faults"), new { })).EnsureSuccessStatusCode();
        var stats = await _http.GetFromJsonAsync<JsonNode>(Sandbox("/_sandbox/stats"));
        var mail = await MailAsync();
        var states = await StatesAsync(plan);
        int expected = 0, lost = 0, duplicated = 0;
        void Count(int want, int got) { expected += want; lost += Math.Max(0, want - got); duplicated += Math.Max(0, got - want); }
        foreach (var intro in plan)
        {
            var first = mail.Where(m => m.Folder == "inbox" && m.Mailbox == intro.First).ToList();
            var second = mail.Where(m => m.Folder == "inbox" && m.Mailbox == intro.Second).ToList();
            Count(1, first.Count(m => m.Kind == "request"));
            Count(1, second.Count(m => m.Kind == "request"));
            Count(0, first.Count(m => m.Kind == "followUp"));
            Count(intro.FollowUps, second.Count(m => m.Kind == "followUp"));
            Count(intro.Finals, first.Count(m => m.Kind == "final"));
            Count(intro.Finals, second.Count(m => m.Kind == "final"));
        }
        var wrongStates = plan.Count(p => states.GetValueOrDefault(p.First) != p.ExpectedState);
        var duplicatedIds = 0;
        foreach (var connector in plan.Select(p => p.ConnectorEmail).Distinct())
        {
            var tags = await OutboxIdsOfSentMailAsync(connector);
            duplicatedIds += tags.GroupBy(t => t).Sum(g => g.Count() - 1);
        }
        return new SoakReport(options, _elapsed.Elapsed, _kills, _servers.Sum(s => s.Process.Starts), expected, lost, duplicated, duplicatedIds, wrongStates, stats);
    }

    /// <summary>The outbox id on every message in the connector's Sent Items, read through Graph's own query.</summary>
    private async Task<List<string>> OutboxIdsOfSentMailAsync(string mailbox)
    {
        var ids = new List<string>();
        var expand = Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq '{OutboxIdProperty}')");
        string? next = Sandbox($"/v1.0/users/{mailbox}/mailFolders/sentitems/messages?$top=100&$select=id&$expand={expand}").ToString();
        using var request = new HttpClient();
        request.DefaultRequestHeaders.Authorization = new("Bearer", mailbox);
        while (next is not null)
        {
            var page = (await request.GetFromJsonAsync<JsonNode>(next))!;
            foreach (var message in page["value"]!.AsArray())
            {
                ids.AddRange(message!["singleValueExtendedProperties"]?.AsArray().Select(p => p!["value"]!.GetValue<string>()) ?? []);
            }
            next = page["@odata.nextLink"]?.GetValue<string>();
        }
        return ids;
    }

    private async Task<string> CreatePostgresAsync()
    {
        _postgresDatabase = "intros_soak_" + Guid.NewGuid().ToString("N")[..10];
        await using var admin = new NpgsqlConnection(options.PostgresAdmin);
        await admin.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", admin)) await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(options.PostgresAdmin) { Database = _postgresDatabase }.ToString();
    }

    private async Task DropPostgresAsync()
    {
        if (_postgresDatabase is null) return;
        await using var admin = new NpgsqlConnection(options.PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
