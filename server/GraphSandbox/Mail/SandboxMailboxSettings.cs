namespace GraphSandbox;

/// <summary>
/// What <c>GET /users/{id}/mailboxSettings</c> returns for a mailbox. <see cref="TimeZone"/> is kept
/// as given (Windows or IANA id), because real Graph returns whichever the user configured.
/// </summary>
/// <param name="WorkingHoursBias">
/// Set when the user's working hours are in a custom zone: Graph then gives <c>workingHours.timeZone</c>
/// as a customTimeZone named "Customized Time Zone" with this bias in minutes, positive ahead of UTC
/// (https://learn.microsoft.com/graph/api/resources/customtimezone), while <see cref="TimeZone"/> stays the mailbox's.
/// </param>
public sealed record SandboxMailboxSettings(
    string TimeZone,
    IReadOnlyList<DayOfWeek> WorkingDays,
    TimeOnly StartTime,
    TimeOnly EndTime,
    int? WorkingHoursBias = null)
{
    public static SandboxMailboxSettings Default { get; } = new(
        "UTC",
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(8, 0),
        new TimeOnly(17, 0));
}
