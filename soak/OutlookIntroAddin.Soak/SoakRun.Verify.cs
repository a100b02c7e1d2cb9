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
    SoakOptions Options, TimeSpan Elapsed, int Kills, int AimedKills, int Pauses, int ServerStarts, int Expected, int Lost, int Duplicated,
    int DuplicatedOutboxIds, int WrongStates, int ExtraDrafts, int DanglingLinks, int DeadLinks, JsonNode? SandboxStats)
{
    public bool Passed => Lost == 0 && Duplicated == 0 && DuplicatedOutboxIds == 0 && WrongStates == 0
        && ExtraDrafts == 0 && DanglingLinks == 0 && DeadLinks == 0;
}

public sealed partial class SoakRun
{
    private const string OutboxIdProperty = "String {6c3a1b52-8e1d-4f3b-9a07-2b5e8c9d4f10} Name OutboxId";

    private static bool Has(List<SandboxMail> mail, string recipient, string kind) =>
        mail.Any(m => m.Folder == "inbox" && m.Mailbox == recipient && m.Kind == kind);

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

    /// <summary>
    /// Waits until every intro is where it should end and every final intro arrived, then stays
    /// quiet for two leases, so a server that resumed or a lease that ran out would still show its
    /// late duplicate before the counting.
    /// </summary>
    private async Task SettleAsync(List<PlannedIntro> plan)
    {
        while (true)
        {
            var mail = await MailAsync();
            var states = await StatesAsync(plan);
            if (plan.All(p => states.GetValueOrDefault(p.First) == p.ExpectedState && (p.Finals == 0 || Has(mail, p.Second, "final"))
                              && (p.Notices == 0 || mail.Any(m => m.Folder == "inbox" && m.Mailbox == p.ConnectorEmail && m.Subject == p.NoticeSubject)))) break;
            if (Budget <= TimeSpan.Zero) { log.WriteLine("Out of time before the intros settled."); break; }
            await Task.Delay(1000);
        }
        await Task.Delay(TimeSpan.FromSeconds(Math.Max(5, 2 * options.LeaseSeconds)));
    }

    private async Task WaitForFollowUpsRecordedAsync(List<PlannedIntro> plan)
    {
        var silent = plan.Where(p => p.FollowUps > 0).Select(p => p.Second).ToHashSet();
        while (true)
        {
            var recorded = new HashSet<string>();
            foreach (var connector in plan.GroupBy(p => p.Connector).Select(g => g.First()))
            {
                foreach (var party in (await ListAsync(connector)).SelectMany(i => i["parties"]!.AsArray()))
                {
                    if (party!["followedUpAt"] is JsonValue) recorded.Add(party["email"]!.GetValue<string>());
                }
            }
            if (silent.IsSubsetOf(recorded)) return;
            if (Budget <= TimeSpan.Zero) throw new TimeoutException("The follow-ups were never all recorded.");
            await Task.Delay(500);
        }
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
            // The connector's own Bcc copy of the final intro.
            Count(intro.Finals, mail.Count(m => m.Folder == "inbox" && m.Mailbox == intro.ConnectorEmail && m.Subject == intro.FinalSubject));
            // The connector's own note that the intro closed for silence.
            Count(intro.Notices, mail.Count(m => m.Folder == "inbox" && m.Mailbox == intro.ConnectorEmail && m.Subject == intro.NoticeSubject));
        }
        var wrongStates = plan.Count(p => states.GetValueOrDefault(p.First) != p.ExpectedState);
        int duplicatedIds = 0, extraDrafts = 0;
        foreach (var connector in plan.Select(p => p.ConnectorEmail).Distinct())
        {
            var tagged = await TaggedMessagesAsync(connector);
            duplicatedIds += tagged.Where(t => !t.IsDraft).GroupBy(t => t.Tag).Sum(g => g.Count() - 1);
            // One draft per outbox row for its whole life: it became the sent mail, nothing else is left.
            extraDrafts += tagged.GroupBy(t => t.Tag).Sum(g => g.Count() - 1) + tagged.Count(t => t.IsDraft);
        }
        var (dangling, dead) = await CheckLinksAsync(plan, mail);
        return new SoakReport(options, _elapsed.Elapsed, _kills, _aimedKills, _pauses, _servers.Sum(s => s.Process.Starts), expected, lost, duplicated,
            duplicatedIds, wrongStates, extraDrafts, dangling, dead, stats);
    }

    /// <summary>
    /// Every consent link a party received opens its page, and no link exists that no delivered mail
    /// carries (one minted per mail, not per attempt).
    /// </summary>
    private async Task<(int Dangling, int Dead)> CheckLinksAsync(List<PlannedIntro> plan, List<SandboxMail> mail)
    {
        var minted = await SoakDatabase.ConsentTokensPerPartyAsync(options.Provider, _connectionString);
        int dangling = 0, dead = 0;
        foreach (var party in plan.SelectMany(p => new[] { p.First, p.Second }))
        {
            var links = mail.Where(m => m.Folder == "inbox" && m.Mailbox == party)
                .Select(m => ConsentLink().Match(m.Body)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
            dangling += Math.Max(0, minted.GetValueOrDefault(party) - links.Count);
            foreach (var link in links)
            {
                var response = await CallAsync(origin => new HttpRequestMessage(HttpMethod.Get, new Uri(origin, link)));
                if (response.StatusCode != System.Net.HttpStatusCode.OK) dead++;
            }
        }
        return (dangling, dead);
    }

    private sealed record TaggedMessage(string Tag, bool IsDraft);

    /// <summary>Every message in the connector's mailbox that carries an outbox id, read through Graph's own query.</summary>
    private async Task<List<TaggedMessage>> TaggedMessagesAsync(string mailbox)
    {
        var found = new List<TaggedMessage>();
        var expand = Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq '{OutboxIdProperty}')");
        string? next = Sandbox($"/v1.0/users/{mailbox}/messages?$top=100&$select=id,isDraft&$expand={expand}").ToString();
        using var request = new HttpClient();
        request.DefaultRequestHeaders.Authorization = new("Bearer", mailbox);
        while (next is not null)
        {
            var page = (await request.GetFromJsonAsync<JsonNode>(next))!;
            foreach (var message in page["value"]!.AsArray())
            {
                var draft = message!["isDraft"]?.GetValue<bool>() ?? false;
                found.AddRange(message["singleValueExtendedProperties"]?.AsArray().Select(p => new TaggedMessage(p!["value"]!.GetValue<string>(), draft)) ?? []);
            }
            next = page["@odata.nextLink"]?.GetValue<string>();
        }
        return found;
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
