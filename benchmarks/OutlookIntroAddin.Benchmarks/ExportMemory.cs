using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>
/// The consent record's export at two sizes (goal: peak memory does not grow with the number of
/// intros). Each size gets a SQLite file of its own, filled with plain inserts, and a server
/// process of its own (the real server, sandbox mode, work loop off), so its peak working set
/// (VmHWM) is the server's alone and not this process's seeding. The whole tenant is downloaded
/// by the admin export over loopback, read to the end, once as CSV and once as JSON.
/// </summary>
public static class ExportMemory
{
    private const string Tenant = "tenant-export";
    private const long Day = 86_400_000;

    /// <summary>What the larger export may add to the smaller one's peak: 20 % plus 16 MB of allocator and GC slack.</summary>
    private const double Growth = 1.2;
    private const long AllowanceBytes = 16L << 20;

    private sealed record Run(int Intros, string Format, long Rows, long Bytes, TimeSpan Time, long IdleHwm, long PeakHwm);

    public static async Task<IEnumerable<Measurement>> RunAsync(Sizes sizes, CancellationToken ct)
    {
        var counts = sizes.Quick ? new[] { 1_000, 10_000 } : [10_000, 100_000];
        var runs = new List<Run>();
        foreach (var count in counts) runs.AddRange(await MeasureAsync(count, ct));

        var small = runs.Where(r => r.Intros == counts[0]).Max(r => r.PeakHwm);
        var large = runs.Where(r => r.Intros == counts[1]).Max(r => r.PeakHwm);
        var limit = (long)(small * Growth) + AllowanceBytes;
        var table = string.Join("\n", runs.Select(r =>
            $"| {r.Intros:N0} | {r.Format} | {r.Rows:N0} | {r.Bytes / 1048576.0:0.0} MB | {r.Time.TotalSeconds:0.0} s | {r.Rows / r.Time.TotalSeconds:N0} | {Mb(r.IdleHwm)} | {Mb(r.PeakHwm)} |"));
        return
        [
            new Measurement($"Export memory ({counts[1]:N0} vs {counts[0]:N0} intros)",
                $"peak {Mb(large)} vs {Mb(small)}", $"≤ 1.2 × {Mb(small)} + 16 MB = {Mb(limit)}", large <= limit,
                $"""
                Admin export of one tenant (`GET /api/admin/export`), 2 parties and 5 events per intro (created,
                2 × requestSent, 2 answers: by link, by reply with its excerpt or by the connector), so 6 rows per intro, read to the end over
                loopback. A fresh server process per size; "idle" is its VmHWM after start and one health check, "peak"
                its VmHWM after the export (CSV first, then JSON, so the JSON peak includes the CSV's).

                | Intros | Format | Rows | Bytes | Time | Rows/s | Idle VmHWM | Peak VmHWM |
                |---|---|---|---|---|---|---|---|
                {table}
                """),
        ];
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0} MB";

    private static async Task<List<Run>> MeasureAsync(int intros, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("intros-export-").FullName;
        var file = Path.Combine(folder, "intros.db");
        try
        {
            // The server migrates the file on start; the rows go in once it has.
            await using (var migrate = await ServerProcess.StartAsync(file, ct)) { }
            Benchmarks.Progress($"export: seeding {intros:N0} intros");
            Seed(file, intros);
            await using var server = await ServerProcess.StartAsync(file, ct);
            var idle = server.Hwm();
            var runs = new List<Run>();
            foreach (var format in new[] { "csv", "json" })
            {
                Benchmarks.Progress($"export: {intros:N0} intros as {format}");
                using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
                http.DefaultRequestHeaders.Authorization = new("Sandbox", $"{Tenant}/admin-1/admin@contoso.example/Ada Admin/admin");
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync($"/api/admin/export?format={format}", HttpCompletionOption.ResponseHeadersRead, ct);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                var buffer = new byte[64 * 1024];
                long bytes = 0, rows = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, ct)) > 0)
                {
                    bytes += read;
                    // CSV rows end in CRLF (a name with a line break is quoted; the seeded ones have none); JSON rows are objects.
                    var marker = format == "csv" ? (byte)'\n' : (byte)'{';
                    rows += buffer.AsSpan(0, read).Count(marker);
                }
                clock.Stop();
                if (format == "csv") rows--;
                runs.Add(new Run(intros, format, rows, bytes, clock.Elapsed, idle, server.Hwm()));
            }
            return runs;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Plain prepared inserts in one transaction: seeding is not what is measured.</summary>
    private static void Seed(string file, int intros)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var intro = Command(connection, transaction,
            "INSERT INTO intros (id, tenant_id, connector_id, connector_name, connector_email, state, reason, final_intro, language, link_base, created_at) VALUES ($id, $tenant, $connector, $name, $email, 'introduced', 'you are both deep into XYZ', 'send', 'en', 'https://intros.contoso.example', $at)",
            "$id", "$tenant", "$connector", "$name", "$email", "$at");
        var party = Command(connection, transaction,
            "INSERT INTO parties (id, intro_id, position, name, email, about, already_agreed, answer, answered_at, answered_by, request_subject, request_body) VALUES ($id, $intro, $position, $name, $email, 'works on XYZ', 0, 'yes', $at, $by, $subject, $subject)",
            "$id", "$intro", "$position", "$name", "$email", "$at", "$by", "$subject");
        var evt = Command(connection, transaction,
            "INSERT INTO intro_events (intro_id, party_id, at, what, channel, reply_message_id) VALUES ($intro, $party, $at, $what, $channel, $message)",
            "$intro", "$party", "$at", "$what", "$channel", "$message");
        var reply = Command(connection, transaction,
            "INSERT INTO party_replies (id, intro_id, party_id, message_id, received_at, excerpt, understood, status) VALUES ($id, $intro, $party, $message, $at, 'Yes, happy to meet them! Send over the intro.', 'yes', 'recorded')",
            "$id", "$intro", "$party", "$message", "$at");
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 365 * Day;
        for (var i = 0; i < intros; i++)
        {
            var id = $"intro{i:D8}";
            var at = start + i * 60_000L;
            var connector = i % 50;
            Exec(intro, id, Tenant, $"connector-{connector}", $"Connector {connector}", $"connector{connector}@contoso.example", at);
            Exec(evt, id, null, at, "created", null, null);
            for (var p = 0; p < 2; p++)
            {
                var partyId = $"{id}p{p}";
                var channel = ((i + p) % 3) switch { 0 => "link", 1 => "reply", _ => "connector" };
                Exec(party, partyId, id, p, $"Party {2 * i + p}", $"party{2 * i + p}@example.com", at + Day, channel, p == 0 && i % 2 == 0 ? "Would you meet them?" : null);
                Exec(evt, id, partyId, at + 1_000, "requestSent", null, null);
                var message = channel == "reply" ? $"{partyId}m" : null;
                if (message is not null) Exec(reply, $"{partyId}r", id, partyId, message, at + Day);
                Exec(evt, id, partyId, at + Day, "answeredYes", channel, message);
            }
        }
        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Exec(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    /// <summary>The real server as a process of its own, on a free loopback port, stopped by its pid.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

        public Uri BaseAddress { get; }

        public static async Task<ServerProcess> StartAsync(string databaseFile, CancellationToken ct)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookIntroAddin.dll")])
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
                Environment =
                {
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Sandbox__Enabled"] = "true",
                    ["Work__Enabled"] = "false",
                    ["Database__Provider"] = "Sqlite",
                    ["Database__ConnectionString"] = $"Data Source={databaseFile}",
                    ["Logging__LogLevel__Default"] = "Warning",
                },
            };
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var until = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (process.HasExited) throw new InvalidOperationException($"The server exited with {process.ExitCode} before answering /healthz.");
                try
                {
                    if ((await http.GetAsync("/healthz", ct)).IsSuccessStatusCode) return server;
                }
                catch (HttpRequestException) { }
                if (DateTime.UtcNow > until) throw new TimeoutException("The server never answered /healthz.");
                await Task.Delay(200, ct);
            }
        }

        /// <summary>The process's peak resident set so far (Linux's VmHWM), in bytes.</summary>
        public long Hwm()
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill();
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
