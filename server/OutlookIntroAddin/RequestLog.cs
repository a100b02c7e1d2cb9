using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Configuration.Memory;

namespace OutlookIntroAddin;

/// <summary>
/// One log line per request that names the route template (<c>/consent/{token}</c>), never the
/// path: a consent link's path is the credential that answers for a party, and a path is chosen by
/// whoever sends the request.
/// </summary>
public static partial class RequestLog
{
    /// <summary>
    /// Logging defaults shipped in code, beneath every configuration source, so appsettings,
    /// environment variables and the command line still override them.
    /// </summary>
    public static void AddRequestLog(this WebApplicationBuilder builder)
    {
        var defaults = new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                // What the ASP.NET Core templates ship in appsettings.json: the framework speaks up for problems only.
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                // "Request starting/finished" carry the full URL, and at any level but None this logger also
                // opens a scope with RequestPath around every other log line of the request, which JSON and
                // Application Insights sinks store. The line below (LogRequest) replaces both.
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "None",
                // Microsoft.Identity.Web hands IdentityModel's own log to this one, and IdentityModel writes
                // every refused bearer token (malformed, expired, foreign) as an error. A refused token is the
                // client's problem and gets its 401; what is ours (metadata unreachable) EntraAuthentication logs.
                ["Logging:LogLevel:Microsoft.IdentityModel"] = "None",
            },
        };
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, defaults);
    }

    /// <summary>Goes first, so the status it logs is the one the client got, after the exception handler and status pages.</summary>
    public static void UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        app.Use(async (http, next) =>
        {
            // Hosting starts a request's Activity only for its own logs or a listener; without one, log lines
            // of the same request would share no TraceId.
            using var activity = Activity.Current is null ? new Activity("OutlookIntroAddin.Request").Start() : null;
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                // The exception handler clears the endpoint before it writes the 500; its feature keeps it.
                var endpoint = http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                LogRequest(logger, http.Request.Method, route, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
