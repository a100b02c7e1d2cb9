namespace GraphSandbox;

/// <summary>
/// The sandbox as its own process, so crash tests can kill the main server while "Graph" keeps
/// its mailboxes. Not top-level statements: the main web project references this assembly and
/// has its own top-level Program.
/// </summary>
public static class SandboxProgram
{
    /// <summary>Loopback only unless told otherwise: the sandbox has no authentication at all.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5099";

    public static void Main(string[] args) => CreateApp(args).Run();

    /// <summary>Graph at <c>/v1.0</c>, control routes at <c>/_sandbox</c>; <c>--urls</c>, <c>--StateFile</c> and <c>--ClockStart</c> from the command line.</summary>
    public static WebApplication CreateApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrls);
        // Lifetime stays at Information: "Now listening on" is how a parent process learns the port.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Four lines per webhook call would bury the soak's logs; failures are logged by the dispatcher.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        // Real time unless --ClockStart says otherwise; the store takes its clock from here.
        var clock = new SandboxClock(builder.Configuration.GetValue<DateTimeOffset?>("ClockStart"));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddGraphSandbox(options => builder.Configuration.Bind(options));

        var app = builder.Build();
        app.MapGraphSandbox("/v1.0");
        app.MapGraphSandboxControl("/_sandbox").MapSandboxClock();
        return app;
    }
}
