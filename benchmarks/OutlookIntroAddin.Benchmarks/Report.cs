using System.Text;

namespace OutlookIntroAddin.Benchmarks;

public static class Report
{
    /// <param name="only">The one group run, whose report is appended below the full run's.</param>
    public static string Markdown(Machine machine, Sizes sizes, IReadOnlyList<Measurement> results, TimeSpan total, string? only = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"""
            {(only is null ? "# Benchmark results" : $"# Benchmark results: {only}")}

            Written by `dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks{Arguments(sizes, only)}` ({(sizes.Quick ? "**quick** smoke-test sizes, not comparable with the goals" : "full sizes")}); see [README.md](README.md).

            | Machine | |
            |---|---|
            | Date (UTC) | {machine.Date:yyyy-MM-dd HH:mm} |
            | Cores | {machine.Cores} ({machine.Cpu}) |
            | OS | {machine.Os} |
            | .NET | {machine.Dotnet}, {machine.Gc} GC, Release |
            | SQLite | {machine.Sqlite} |
            | Load average (1/5/15 min) | {machine.LoadAtStart} at start, {Machine.LoadAverage()} at the end |
            | Run time | {total.TotalSeconds:0} s |

            Everything runs in this one process over loopback; times are `Stopwatch` after a warm-up.

            | Measurement | Result | Goal | Verdict |
            |---|---|---|---|
            """);
        foreach (var r in results) text.AppendLine($"| {r.Name} | {r.Result} | {r.Goal} | {(r.Verdict == "MISS" ? "**MISS**" : r.Verdict)} |");
        foreach (var r in results)
        {
            text.AppendLine().AppendLine($"## {r.Name} — {r.Verdict}").AppendLine().AppendLine(r.Details.TrimEnd());
        }
        return text.ToString();
    }

    private static string Arguments(Sizes sizes, string? only)
    {
        var args = (sizes.Quick ? " --quick" : "") + (only is null ? "" : $" --only {only}");
        return args.Length == 0 ? "" : " --" + args;
    }
}
