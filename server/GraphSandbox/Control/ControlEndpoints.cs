using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphSandbox;

/// <summary>
/// Test and viewer routes beside the Graph ones: the mailboxes, the faults, the stats. They use
/// their own JSON options so they behave the same whatever JSON settings the host app has.
/// </summary>
public static class ControlEndpoints
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Maps <c>GET mail</c>, <c>GET|PUT faults</c>, <c>GET stats</c>, <c>POST reset</c>,
    /// <c>GET|PUT mailboxes/{address}/settings</c> and the routes of <see cref="MailControlEndpoints"/>
    /// and <see cref="NotificationControlEndpoints"/>.
    /// </summary>
    public static RouteGroupBuilder MapGraphSandboxControl(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/mail", (SandboxMailStore store, string? mailbox) =>
            Results.Json((mailbox is null ? store.AllMessages() : store.Messages(mailbox)).Select(m => m.ToViewItem()), Json));
        group.MapGet("/faults", (SandboxFaults faults) => Results.Json(faults.Settings, Json));
        group.MapPut("/faults", async (HttpRequest request, SandboxFaults faults) =>
            await ReadAsync<SandboxFaultSettings>(request) is { } settings
                ? Apply(() => faults.Set(settings), () => Results.Json(faults.Settings, Json))
                : Invalid("The body must be the JSON of SandboxFaultSettings."));
        group.MapGet("/stats", (SandboxStats stats) => Results.Json(stats.Snapshot(), Json));
        group.MapPost("/reset", (SandboxMailStore store, SandboxFaults faults, SandboxStats stats) =>
        {
            store.Reset();
            faults.Clear();
            stats.Reset();
            return Results.NoContent();
        });
        group.MapGet("/mailboxes/{address}/settings", (string address, SandboxMailStore store) =>
            Results.Json(store.GetMailboxSettings(address), Json));
        group.MapPut("/mailboxes/{address}/settings", async (string address, HttpRequest request, SandboxMailStore store) =>
            await ReadAsync<SandboxMailboxSettings>(request) is { } settings
                ? Apply(() => store.SetMailboxSettings(address, settings), () => Results.Json(settings, Json))
                : Invalid("The body must be { timeZone, workingDays: [\"monday\", …], startTime: \"08:00:00\", endTime: \"17:00:00\" }."));
        group.MapMailControl().MapNotificationControl();
        return group;
    }

    /// <summary>
    /// Maps <c>GET clock</c> and <c>POST clock/advance?days=</c> on the standalone sandbox, whose
    /// sentDateTime and receivedDateTime then follow the same clock as the servers it serves.
    /// </summary>
    public static RouteGroupBuilder MapSandboxClock(this RouteGroupBuilder group)
    {
        group.MapGet("/clock", (SandboxClock clock) => Results.Json(new { now = clock.GetUtcNow() }, Json));
        group.MapPost("/clock/advance", (int? days, SandboxClock clock) =>
        {
            if (InvalidClockDays(days) is { } invalid) return invalid;
            clock.Advance(TimeSpan.FromDays(days!.Value));
            return Results.Json(new { now = clock.GetUtcNow() }, Json);
        });
        return group;
    }

    /// <summary>The 400 for a clock jump whose <c>days</c> is missing or out of range, or null when it is fine.</summary>
    public static IResult? InvalidClockDays(int? days) => days is >= 0 and <= SandboxClock.MaxAdvanceDays ? null
        : Results.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"days is a whole number from 0 to {SandboxClock.MaxAdvanceDays}."] });

    private static async Task<T?> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Apply(Action change, Func<IResult> ok)
    {
        try
        {
            change();
            return ok();
        }
        catch (ArgumentException e)
        {
            return Invalid(e.Message);
        }
    }

    internal static IResult Invalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid sandbox setting");

    internal static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found in the sandbox");
}
