namespace OutlookIntroAddin.Soak;

public static class SoakMarkdown
{
    public static string Render(SoakReport r)
    {
        var o = r.Options;
        var stats = r.SandboxStats;
        return $"""
            ### Soak {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {(r.Passed ? "PASS" : "FAIL")}

            {o.Intros} intros from {o.Connectors} connectors, {o.Instances} server process(es) on {o.Provider}, faults {(o.Faults ? "on (7% 429, 7% 503, 6% 504 after send, 2% 2 s latency spikes)" : "off")}, Graph latency {o.GraphLatencyMs} ms, outbox lease {o.LeaseSeconds} s{(o.GuardsOff.Count > 0 ? $", guards OFF: {string.Join(", ", o.GuardsOff)}" : "")}, {Environment.ProcessorCount} cores, {r.Elapsed:mm\:ss}.

            | what | value |
            |---|---|
            | SIGKILLs (server starts) | {r.Kills} ({r.ServerStarts}) |
            | of which aimed between a send taking effect and its record | {r.AimedKills} |
            | SIGSTOP pauses of 1–3 leases | {r.Pauses} |
            | mails owed (each party's, and the connector's Bcc copy of each final intro) | {r.Expected} |
            | lost | {r.Lost} |
            | duplicated (by recipient and kind) | {r.Duplicated} |
            | duplicated (by outbox id in Sent Items) | {r.DuplicatedOutboxIds} |
            | drafts beyond one per outbox row, or left unsent | {r.ExtraDrafts} |
            | consent links minted but in no delivered mail / links that do not open | {r.DanglingLinks} / {r.DeadLinks} |
            | intros not in their expected state | {r.WrongStates} |
            | Graph requests | {stats?["totalRequests"]} |
            | faults injected: 429 / 503 / 504 after the send took effect | {stats?["throttled429"]} / {stats?["unavailable503"]} / {stats?["gatewayTimeouts504"]} |
            | requests before their Retry-After | {stats?["earlyRetries"]} |
            | most requests in flight for one mailbox | {stats?["maxInFlightPerMailbox"]} |
            | requests over the concurrency limit | {stats?["concurrencyRejections"]} |
            """;
    }

    public static string Render(Fuzz.Result r) => $"""
        ### Fuzz {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {(r.Passed ? "PASS" : "FAIL")}

        {r.Requests} random requests over every API and consent route (malformed JSON, wrong types, huge strings, unicode and lone surrogates, CR/LF in names and subjects, SQL-looking strings, forged, altered and replayed consent links).

        | what | value |
        |---|---|
        | responses by status | {string.Join(", ", r.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))} |
        | responses with status 5xx | {r.ServerErrors} |
        | intros accepted (201) / found afterwards | {r.Created} / {r.IntrosFound} |
        | mails delivered / to anyone but an accepted intro's parties, or twice | {r.MailSent} / {r.StrayMail} |
        """;

    public static string Render(Load.Result r) => $"""
        ### Load {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC

        {r.Connectors} concurrent connectors creating and listing intros for {r.Duration.TotalSeconds:F0} s on loopback ({Pace(r)}; the first {r.WarmUp.TotalSeconds:F0} s not counted), one server process on SQLite with the work loop sending the requests meanwhile, {Environment.ProcessorCount} cores shared by the server, the Graph sandbox and the load.

        | what | value | goal |
        |---|---|---|
        | create p50 / p99 / max | {r.Create.P50:F1} / {r.Create.P99:F1} / {r.Create.Max:F1} ms ({r.Create.Count} requests) | p99 ≤ 100 ms: {(r.Create.P99 <= 100 ? "PASS" : "MISS")} |
        | list p50 / p99 / max | {r.List.P50:F1} / {r.List.P99:F1} / {r.List.Max:F1} ms ({r.List.Count} requests) | p99 ≤ 100 ms: {(r.List.P99 <= 100 ? "PASS" : "MISS")} |
        | throughput | {r.RequestsPerSecond:F0} requests/s | |
        | server CPU per request (sending included) | {r.CpuMsPerRequest:F2} ms | |
        | failed requests | {r.Errors} | 0 |
        | server RSS at the end (peak) | {r.RssBytes / 1048576.0:F0} MB ({r.PeakRssBytes / 1048576.0:F0} MB) | ≤ 250 MB: {(r.RssBytes <= 250L * 1048576 ? "PASS" : "MISS")} |
        """;

    private static string Pace(Load.Result r) => r.ThinkMs == 0
        ? "closed loop: each sends again the moment it has its answer"
        : $"each pausing {r.ThinkMs / 2}–{r.ThinkMs * 3 / 2} ms between rounds";
}
