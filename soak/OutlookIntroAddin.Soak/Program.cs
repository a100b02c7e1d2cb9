using System.Text;

namespace OutlookIntroAddin.Soak;

/// <summary>
/// dotnet run -c Release --project soak/OutlookIntroAddin.Soak -- [--mode crash|fuzz|load] [--intros 1000] [--kills 20]
///   [--faults] [--instances 3] [--pauses 6 --lease-seconds 10 --graph-latency-ms 2000] [--guard-off draftLookup] [--provider Postgres --postgres "Host=…"] [--requests 5000] [--connectors 200 --seconds 60 --think-ms 1000 --warm-up 5]
///   [--minutes 30] [--out soak/results.md]
/// </summary>
public static class SoakProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => args[++i];
            options = args[i] switch
            {
                "--intros" => options with { Intros = int.Parse(Next()) },
                "--connectors" => options with { Connectors = int.Parse(Next()) },
                "--kills" => options with { Kills = int.Parse(Next()) },
                "--instances" => options with { Instances = int.Parse(Next()) },
                "--faults" => options with { Faults = true },
                "--provider" => options with { Provider = Next() },
                "--postgres" => options with { PostgresAdmin = Next() },
                "--minutes" => options with { Minutes = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Next()) },
                "--configuration" => options with { Configuration = Next() },
                "--out" => options with { Output = Next() },
                "--mode" => options with { Mode = Next() },
                "--requests" => options with { Requests = int.Parse(Next()) },
                "--seconds" => options with { Seconds = int.Parse(Next()) },
                "--think-ms" => options with { ThinkMs = int.Parse(Next()) },
                "--warm-up" => options with { WarmUpSeconds = int.Parse(Next()) },
                "--pauses" => options with { Pauses = int.Parse(Next()) },
                "--aimed-kills" => options with { AimedKills = int.Parse(Next()) },
                "--first-pause-ends-in-kill" => options with { FirstPauseEndsInKill = true },
                "--lease-seconds" => options with { LeaseSeconds = int.Parse(Next()) },
                "--graph-latency-ms" => options with { GraphLatencyMs = int.Parse(Next()) },
                "--per-mailbox" => options with { PerMailboxConcurrency = int.Parse(Next()) },
                "--guard-off" => options with { GuardsOff = [.. options.GuardsOff, Next()] },
                var unknown => throw new ArgumentException($"unknown option {unknown}"),
            };
        }
        var run = new SoakRun(options, Console.Out);
        var (text, passed) = options.Mode switch
        {
            "fuzz" => await run.FuzzAsync(options.Requests) is var fuzz ? (SoakMarkdown.Render(fuzz), fuzz.Passed) : default,
            "load" => await run.LoadAsync() is var load ? (SoakMarkdown.Render(load), true) : default,
            _ => await run.RunAsync() is var soak ? (SoakMarkdown.Render(soak), soak.Passed) : default,
        };
        Console.WriteLine(text);
        if (options.Output is { } output) await File.AppendAllTextAsync(output, text + "\n\n", Encoding.UTF8);
        return passed ? 0 : 1;
    }
}
