namespace GraphSandbox;

public sealed class SandboxOptions
{
    /// <summary>
    /// JSON-lines journal of every mailbox change, replayed at start. Null keeps mail in memory
    /// only (the in-process default, whose state dies with the main app anyway).
    /// </summary>
    public string? StateFile { get; set; }

    /// <summary>
    /// Graph's authorization rule: a user's token (a JWT with <c>scp</c>) reaches only that user's
    /// mailbox; an application's (<c>roles</c>) those in <see cref="AppMailboxScope"/>. Off by
    /// default, so the sandbox page and plain test tokens keep working.
    /// </summary>
    public bool RequireMailboxOwner { get; set; }

    /// <summary>
    /// Users whose sign-in name (their UPN: a token's <c>preferred_username</c> or <c>upn</c>) is not their
    /// mailbox's address, as sign-in name → mail address. Graph finds a user's mailbox by the user, so
    /// <c>/me</c> and <c>/users/{upn}</c> reach it; unlisted users' sign-in name is their address.
    /// </summary>
    public Dictionary<string, string> MailAddresses { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The display names of mailbox owners, by mail address, as the directory knows them. Exchange
    /// writes the owner's name and address into <c>from</c> of every message their mailbox creates,
    /// and <c>/me</c> answers with the name; a mailbox not listed shows its address.
    /// </summary>
    public Dictionary<string, string> DisplayNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The owner's display name of a mailbox, else its address.</summary>
    public string DisplayNameOf(string mailbox) => DisplayNames.GetValueOrDefault(mailbox) ?? mailbox;

    /// <summary>The mailbox a sign-in name or an address names.</summary>
    public string MailboxOf(string user) => SandboxMailStore.Normalize(MailAddresses.GetValueOrDefault(user) ?? user);

    /// <summary>The mailboxes Exchange Online RBAC for Applications lets an app reach; null means any.</summary>
    public IReadOnlyCollection<string>? AppMailboxScope { get; set; }

    /// <summary>How long a notification URL gets to answer the validation request; Graph allows 10 s.</summary>
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a webhook gets to answer one notification; Graph publishes with a 3 s timeout.</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Retries after a notification got no 2xx, each after twice the previous delay. Graph keeps
    /// trying for up to 4 hours; the sandbox gives up sooner so a test sees the failure.
    /// </summary>
    public int NotificationRetries { get; set; } = 3;

    public TimeSpan NotificationRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
