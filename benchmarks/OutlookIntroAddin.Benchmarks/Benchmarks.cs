using System.Diagnostics;
using System.Globalization;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>How big one run is. <c>--quick</c> runs the same code paths at smoke-test size.</summary>
public sealed record Sizes(
    bool Quick, int CreateIntros, int CreateRounds, int CreateWarmup, int Concurrency,
    int ClaimIntros, int ClaimDue, int ClaimWarmup, int ClaimRuns, int DispatchIntros, TimeSpan Limit)
{
    public static readonly Sizes Full = new(false, 2_000, 5, 1_000, 16, 500_000, 1_000, 3, 15, 1_000, TimeSpan.FromMinutes(9));
    public static readonly Sizes Small = new(true, 200, 1, 100, 16, 50_000, 1_000, 2, 5, 100, TimeSpan.FromMinutes(2));

    public int ClaimParties => 2 * ClaimIntros;
}

public sealed record Measurement(string Name, string Result, string Goal, bool Pass, string Details);

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks -- [--out FILE] [--quick]</c>:
/// runs the three measurements in this process and writes them, with the machine, as Markdown.
/// Exit code 0 when the run completed (whatever the verdicts), 1 when it could not.
/// </summary>
public static class Benchmarks
{
    public static async Task<int> Main(string[] args)
    {
        string? outPath = null;
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
                default:
                    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks -- [--out benchmarks/results.md] [--quick]");
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
            Progress($"{(quick ? "quick" : "full")} run on {machine.Cores} cores; results go to {outPath}");
            results.Add(await CreateThroughput.RunAsync(sizes, limit.Token));
            results.Add(await CreateThroughput.RunAsync(sizes, limit.Token, Data.SqliteSynchronous.Normal));
            results.AddRange(await ClaimLatency.RunAsync(sizes, limit.Token));
            results.AddRange(await DispatchTime.RunAsync(sizes, limit.Token));
            results.Add(await FairDispatch.RunAsync(sizes, limit.Token));
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(limit.IsCancellationRequested ? $"The run passed its limit of {sizes.Limit}: {e}" : e.ToString());
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        await File.WriteAllTextAsync(outPath, Report.Markdown(machine, sizes, results, total.Elapsed));
        foreach (var r in results) Progress($"{(r.Pass ? "PASS" : "MISS")}  {r.Name}: {r.Result} (goal {r.Goal})");
        Progress($"wrote {outPath} after {total.Elapsed.TotalSeconds:0} s");
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
