namespace GraphSandbox;

public sealed class SandboxOptions
{
    /// <summary>
    /// JSON-lines journal of every mailbox change, replayed at start. Null keeps mail in memory
    /// only (the in-process default, whose state dies with the main app anyway).
    /// </summary>
    public string? StateFile { get; set; }
}
