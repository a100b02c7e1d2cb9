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

    /// <summary>The mailboxes Exchange Online RBAC for Applications lets an app reach; null means any.</summary>
    public IReadOnlyCollection<string>? AppMailboxScope { get; set; }
}
