namespace GraphSandbox;

/// <summary>
/// The writable message properties a Graph request carried. Null means "not in the request",
/// so PATCH changes only what was sent, as Graph does.
/// </summary>
internal sealed record MessageFields
{
    public string? Subject { get; init; }
    public string? BodyContent { get; init; }
    public string? BodyContentType { get; init; }
    public SandboxRecipient? From { get; init; }
    public IReadOnlyList<SandboxRecipient>? To { get; init; }
    public IReadOnlyList<SandboxRecipient>? Cc { get; init; }
    public IReadOnlyList<SandboxRecipient>? Bcc { get; init; }
    public IReadOnlyList<SandboxRecipient>? ReplyTo { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>>? ExtendedProperties { get; init; }

    public static MessageFields None { get; } = new();

    public SandboxMessage ApplyTo(SandboxMessage message)
    {
        // Graph tells named properties apart by the name's case, and nothing else by case.
        var properties = new Dictionary<string, string>(message.SingleValueExtendedProperties, ExtendedPropertyIds.Comparer);
        // Graph adds or overwrites the properties named in the request and keeps the others.
        foreach (var (id, value) in ExtendedProperties ?? [])
            properties[id] = value;

        return message with
        {
            Subject = Subject ?? message.Subject,
            Body = BodyContent ?? message.Body,
            BodyContentType = BodyContentType ?? message.BodyContentType,
            From = From ?? message.From,
            To = To ?? message.To,
            Cc = Cc ?? message.Cc,
            Bcc = Bcc ?? message.Bcc,
            ReplyTo = ReplyTo ?? message.ReplyTo,
            SingleValueExtendedProperties = properties,
        };
    }
}
