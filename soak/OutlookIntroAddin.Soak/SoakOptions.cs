namespace OutlookIntroAddin.Soak;

/// <summary>How big a run is. Every loop is bounded by these numbers and by <see cref="Minutes"/>.</summary>
public sealed record SoakOptions
{
    public int Intros { get; init; } = 1000;
    public int Connectors { get; init; } = 20;
    public int Kills { get; init; } = 20;

    /// <summary>SIGKILLs aimed at the window between Graph accepting a send and the server recording it: the sandbox holds each send's answer back and says so.</summary>
    public int AimedKills { get; init; }
    public int Instances { get; init; } = 1;

    /// <summary>SIGSTOPs of a server for one to three leases (then SIGCONT). The first comes right after the intros are created, while the server holds the fresh requests.</summary>
    public int Pauses { get; init; }

    /// <summary>The first pause ends in SIGKILL and a restart, as a frozen VM that never thaws: what it left half done stays with Graph.</summary>
    public bool FirstPauseEndsInKill { get; init; }

    /// <summary>The servers' outbox lease (<c>Work:OutboxLease</c>); a pause lasts one to three of them.</summary>
    public int LeaseSeconds { get; init; } = 45;

    /// <summary>
    /// Graph requests in flight per mailbox (<c>Graph:MaxConcurrentPerMailbox</c>), all servers together:
    /// they hold the limit in the database.
    /// </summary>
    public int? PerMailboxConcurrency { get; init; }

    /// <summary>Latency of every Graph request, as a slow Graph has it.</summary>
    public int GraphLatencyMs { get; init; }

    /// <summary>The guards switched off (<c>Testing:Guards</c>: draftLookup, leaseCheck, singleToken): the mutation check expects the run to fail.</summary>
    public IReadOnlyList<string> GuardsOff { get; init; } = [];
    public bool Faults { get; init; }
    public string Provider { get; init; } = "Sqlite";
    public string? PostgresAdmin { get; init; }
    public double Minutes { get; init; } = 30;
    public int Seed { get; init; } = 42;
    /// <summary>Which build of the server and sandbox to run: the one this program was built as.</summary>
    public string Configuration { get; init; } = AppContext.BaseDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
    public string? Output { get; init; }

    /// <summary>crash (the default: kills, faults, instances), fuzz or load.</summary>
    public string Mode { get; init; } = "crash";

    /// <summary>Fuzz: how many requests.</summary>
    public int Requests { get; init; } = 5000;

    /// <summary>Load: how long the connectors keep going.</summary>
    public int Seconds { get; init; } = 60;

    /// <summary>Load: each connector's pause between rounds, around this many milliseconds; 0 is a closed loop.</summary>
    public int ThinkMs { get; init; }

    /// <summary>Load: how long the connectors run before anything is counted.</summary>
    public int WarmUpSeconds { get; init; } = 5;

    /// <summary>The repository root, found from this program's location.</summary>
    public string Root { get; init; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookIntroAddin.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the soak from inside the repository.");
    }
}
