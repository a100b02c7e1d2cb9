using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OutlookIntroAddin.Benchmarks;

/// <summary>What the numbers were measured on; the load average shows whether something else was busy.</summary>
public sealed record Machine(int Cores, string Cpu, string Os, string Dotnet, string Gc, string Sqlite, DateTimeOffset Date, string LoadAtStart)
{
    public static Machine Describe() => new(
        Environment.ProcessorCount, CpuModel(), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server" : "workstation", SqliteVersion(), DateTimeOffset.UtcNow, LoadAverage());

    /// <summary>Linux's 1, 5 and 15 minute load averages; "n/a" elsewhere.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel()
    {
        if (!File.Exists("/proc/cpuinfo")) return RuntimeInformation.ProcessArchitecture.ToString();
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':') + 1)..].Trim();
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }
}
