namespace OutlookIntroAddin.Soak;

public static class SoakMarkdown
{
    public static string Render(SoakReport r)
    {
        var o = r.Options;
        var stats = r.SandboxStats;
        return $"""
            ### Soak {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: {(r.Passed ? "PASS" : "FAIL")}

            {o.Intros} intros from {o.Connectors} connectors, {o.Instances} server process(es) on {o.Provider}, faults {(o.Faults ? "on (7% 429, 7% 503, 6% 504 after send, 2% 2 s latency spikes)" : "off")}, {Environment.ProcessorCount} cores, {r.Elapsed:mm\:ss}.

            | what | value |
            |---|---|
            | SIGKILLs (server starts) | {r.Kills} ({r.ServerStarts}) |
            | mails owed | {r.Expected} |
            | lost | {r.Lost} |
            | duplicated (by recipient and kind) | {r.Duplicated} |
            | duplicated (by outbox id in Sent Items) | {r.DuplicatedOutboxIds} |
            | intros not in their expected state | {r.WrongStates} |
            | Graph requests | {stats?["totalRequests"]} |
            | requests before their Retry-After | {stats?["earlyRetries"]} |
            | most requests in flight for one mailbox | {stats?["maxInFlightPerMailbox"]} |
            | requests over the concurrency limit | {stats?["concurrencyRejections"]} |
            """;
    }
}
