using System.Diagnostics;
using System.Globalization;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>How big one run is. <c>--quick</c> runs the same code paths at smoke-test size.</summary>
public sealed record Sizes(
    bool Quick, int CreateIntros, int CreateRounds, int CreateWarmup, int Concurrency,
    int ClaimIntros, int ClaimDue, int ClaimWarmup, int ClaimRuns, int DispatchIntros,
    int HearConnectors, int HearIntrosPerConnector, int Replies, TimeSpan Limit)
{
    public static readonly Sizes Full = new(false, 2_000, 5, 1_000, 16, 500_000, 1_000, 3, 15, 1_000, 100, 5, 100, TimeSpan.FromMinutes(15));
    public static readonly Sizes Small = new(true, 200, 1, 100, 16, 50_000, 1_000, 2, 5, 100, 10, 2, 20, TimeSpan.FromMinutes(3));

    public int ClaimParties => 2 * ClaimIntros;
}

/// <param name="Informational">No goal to meet: reported for reference, neither PASS nor MISS.</param>
public sealed record Measurement(string Name, string Result, string Goal, bool Pass, string Details, bool Informational = false)
{
    public string Verdict => Informational ? "info" : Pass ? "PASS" : "MISS";
}

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks -- [--out FILE] [--quick] [--only NAME]</c>:
/// runs the measurements in this process and writes them, with the machine, as Markdown. A run of
/// one group (<c>--only</c>) is appended to the file, so it never replaces the full run's report.
/// Exit code 0 when the run completed (whatever the verdicts), 1 when it could not.
/// </summary>
public static class Benchmarks
{
    private static readonly (string Name, Func<Sizes, CancellationToken, Task<IEnumerable<Measurement>>> Run)[] Groups =
    [
        ("create", async (s, ct) => [await CreateThroughput.RunAsync(s, ct), await CreateThroughput.RunAsync(s, ct, Data.SqliteSynchronous.Normal)]),
        ("claim", async (s, ct) => await ClaimLatency.RunAsync(s, ct)),
        ("dispatch", async (s, ct) => await DispatchTime.RunAsync(s, ct)),
        ("fair", async (s, ct) => [await FairDispatch.RunAsync(s, ct)]),
        ("replies", async (s, ct) => await ReplyHearing.RunAsync(s, ct)),
        ("export", async (s, ct) => await ExportMemory.RunAsync(s, ct)),
    ];

    public static async Task<int> Main(string[] args)
    {
        string? outPath = null;
        string? only = null;
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
                case "--only" when i + 1 < args.Length && Groups.Any(g => g.Name == args[i + 1]): only = args[++i]; break;
                default:
                    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks -- [--out benchmarks/results.md] [--quick] [--only "
                        + string.Join("|", Groups.Select(g => g.Name)) + "]");
                    return 1;
            }
        }
        outPath = Path.GetFullPath(outPath ?? DefaultOut());
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var sizes = quick ? Sizes.Small : Sizes.Full;
        var machine = Machine.Describe();
        using var limit = new CancellationTokenSource(sizes.Limit);
        var total = Stopwatch.StartNew();
        var results = new List<Measurement>();
        try
        {
            Progress($"{(quick ? "quick" : "full")} run{(only is null ? "" : $" of {only}")} on {machine.Cores} cores; results go to {outPath}");
            foreach (var group in Groups.Where(g => only is null || g.Name == only)) results.AddRange(await group.Run(sizes, limit.Token));
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(limit.IsCancellationRequested ? $"The run passed its limit of {sizes.Limit}: {e}" : e.ToString());
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        var report = Report.Markdown(machine, sizes, results, total.Elapsed, only);
        if (only is null) await File.WriteAllTextAsync(outPath, report);
        else await File.AppendAllTextAsync(outPath, (File.Exists(outPath) ? "\n" : "") + report);
        foreach (var r in results) Progress($"{r.Verdict,-4}  {r.Name}: {r.Result} (goal {r.Goal})");
        Progress($"{(only is null ? "wrote" : "appended to")} {outPath} after {total.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    public static void Progress(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    /// <summary>benchmarks/results.md of the repository the command runs in, wherever inside it that is.</summary>
    private static string DefaultOut()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookIntroAddin.sln"))) return Path.Combine(dir.FullName, "benchmarks", "results.md");
        }
        return Path.Combine("benchmarks", "results.md");
    }
}
