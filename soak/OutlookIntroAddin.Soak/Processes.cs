using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OutlookIntroAddin.Soak;

/// <summary>A server or sandbox process on loopback, started from its built DLL and killable with SIGKILL.</summary>
public sealed class ServiceProcess(string name, string dll, Func<IEnumerable<string>> arguments, string logFile) : IAsyncDisposable
{
    private Process? _process;

    public string Name => name;

    public int Starts { get; private set; }

    public bool Running => _process is { HasExited: false };

    public int Pid => _process?.Id ?? -1;

    public async Task StartAsync(Uri healthUrl)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments()) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__OutlookIntroAddin"] = "Information";
        _process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        Starts++;
        var log = File.AppendText(logFile);
        log.AutoFlush = true;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{name} exited at start; see {logFile}");
            try
            {
                if ((await http.GetAsync(healthUrl)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{name} did not answer {healthUrl} in 30 s");
    }

    /// <summary>SIGTERM, as a host stops a service; the exit code, or null if it was still running after <paramref name="within"/>.</summary>
    public async Task<int?> TerminateAsync(TimeSpan within)
    {
        if (_process is null || _process.HasExited) return _process?.ExitCode;
        await SignalAsync("TERM");
        using var wait = new CancellationTokenSource(within);
        try { await _process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { return null; }
        return _process.ExitCode;
    }

    /// <summary>SIGSTOP: the process freezes as a long GC pause, a frozen VM or a stalled disk freezes it; its sockets stay open.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT: it carries on where it stopped, with whatever it believed before.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        if (_process is null || _process.HasExited) return;
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {_process.Id} failed");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush; whatever was in flight is cut.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
