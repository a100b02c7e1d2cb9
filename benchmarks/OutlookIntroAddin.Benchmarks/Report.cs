using System.Text;

namespace OutlookIntroAddin.Benchmarks;

public static class Report
{
    public static string Markdown(Machine machine, Sizes sizes, IReadOnlyList<Measurement> results, TimeSpan total)
    {
        var text = new StringBuilder();
        text.AppendLine($"""
            # Benchmark results

            Written by `dotnet run -c Release --project benchmarks/OutlookIntroAddin.Benchmarks{(sizes.Quick ? " -- --quick" : "")}` ({(sizes.Quick ? "**quick** smoke-test sizes, not comparable with the goals" : "full sizes")}); see [README.md](README.md).

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
        foreach (var r in results) text.AppendLine($"| {r.Name} | {r.Result} | {r.Goal} | {(r.Pass ? "PASS" : "**MISS**")} |");
        foreach (var r in results)
        {
            text.AppendLine().AppendLine($"## {r.Name} — {(r.Pass ? "PASS" : "MISS")}").AppendLine().AppendLine(r.Details.TrimEnd());
        }
        return text.ToString();
    }
}
