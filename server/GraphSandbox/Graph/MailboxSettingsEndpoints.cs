using System.Text.Json.Nodes;

namespace GraphSandbox;

internal static class MailboxSettingsEndpoints
{
    public static void Map(RouteGroupBuilder group, string user) =>
        group.MapGet($"{user}/mailboxSettings", Get).WithMetadata(new SandboxRoute("mailboxSettings"));

    private static IResult Get(HttpContext http, SandboxMailStore store)
    {
        var settings = store.GetMailboxSettings(MessageEndpoints.Mailbox(http));
        var json = new JsonObject
        {
            ["timeZone"] = settings.TimeZone,
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray(settings.WorkingDays
                    .Select(d => (JsonNode)JsonValue.Create(d.ToString().ToLowerInvariant())).ToArray()),
                ["startTime"] = settings.StartTime.ToString("HH:mm:ss.fffffff"),
                ["endTime"] = settings.EndTime.ToString("HH:mm:ss.fffffff"),
                ["timeZone"] = settings.WorkingHoursBias is { } bias
                    ? new JsonObject
                    {
                        ["@odata.type"] = "#microsoft.graph.customTimeZone",
                        ["name"] = "Customized Time Zone",
                        ["bias"] = bias,
                        ["standardOffset"] = new JsonObject { ["time"] = "00:00:00.0000000", ["dayOccurrence"] = 0, ["month"] = 0, ["year"] = 0 },
                        ["daylightOffset"] = new JsonObject { ["time"] = "00:00:00.0000000", ["dayOccurrence"] = 0, ["month"] = 0, ["year"] = 0, ["daylightBias"] = 0 },
                    }
                    : new JsonObject { ["name"] = settings.TimeZone },
            },
            ["dateFormat"] = "yyyy-MM-dd",
            ["timeFormat"] = "HH:mm",
            ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
        };
        GraphJson.KeepSelected(json, http.Request);
        return GraphJson.Result(json);
    }
}
