namespace GraphSandbox;

/// <summary>
/// What <c>GET /users/{id}/mailboxSettings</c> returns for a mailbox. <see cref="TimeZone"/> is kept
/// as given (Windows or IANA id), because real Graph returns whichever the user configured.
/// </summary>
public sealed record SandboxMailboxSettings(
    string TimeZone,
    IReadOnlyList<DayOfWeek> WorkingDays,
    TimeOnly StartTime,
    TimeOnly EndTime)
{
    public static SandboxMailboxSettings Default { get; } = new(
        "UTC",
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(8, 0),
        new TimeOnly(17, 0));
}
