namespace GraphSandbox;

/// <summary>A mailbox address with an optional display name, as Graph's <c>emailAddress</c>.</summary>
public sealed record SandboxRecipient(string? Name, string Address);

/// <summary>One RFC 5322 header, as Graph's <c>internetMessageHeader</c>.</summary>
public sealed record SandboxHeader(string Name, string Value);

/// <summary>
/// One copy of a message in one mailbox folder. Immutable: the store replaces a message with a
/// changed copy (<c>with</c>), so readers never see a half-updated message.
/// </summary>
public sealed record SandboxMessage
{
    /// <summary>Immutable id: a draft keeps it when sending moves it to sentitems.</summary>
    public required string Id { get; init; }

    /// <summary>Lower-case address of the mailbox that holds this copy.</summary>
    public required string Mailbox { get; init; }

    /// <summary>Well-known folder name: <c>drafts</c>, <c>sentitems</c> or <c>inbox</c>.</summary>
    public required string Folder { get; init; }

    public SandboxRecipient? From { get; init; }
    public IReadOnlyList<SandboxRecipient> To { get; init; } = [];
    public IReadOnlyList<SandboxRecipient> Cc { get; init; } = [];
    public IReadOnlyList<SandboxRecipient> Bcc { get; init; } = [];
    public IReadOnlyList<SandboxRecipient> ReplyTo { get; init; } = [];
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";

    /// <summary><c>html</c> or <c>text</c>, lower case as Graph returns it.</summary>
    public string BodyContentType { get; init; } = "text";

    public bool IsDraft { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastModifiedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public required string ConversationId { get; init; }
    public required string InternetMessageId { get; init; }

    /// <summary>The id of the message this one replies to, when it was made by createReply or reply.</summary>
    public string? InReplyToId { get; init; }

    /// <summary>
    /// The transport headers a recipient's copy carries; on a draft, the thread headers (In-Reply-To,
    /// References) it will go out with. Graph shows them on received copies only (<see cref="Received"/>).
    /// </summary>
    public IReadOnlyList<SandboxHeader> InternetMessageHeaders { get; init; } = [];

    /// <summary>The part of the body this message added to its thread; null when that is the whole body.</summary>
    public string? UniqueBody { get; init; }

    /// <summary>PidTagMessageClass (<c>String 0x001A</c>): <c>IPM.Note</c> for mail a person wrote.</summary>
    public string MessageClass { get; init; } = MessageClasses.Note;

    /// <summary>A copy delivered to a recipient, as opposed to one its author keeps (draft, sent item).</summary>
    public bool Received { get; init; }

    /// <summary>Property id (e.g. <c>String {guid} Name OutboxId</c>) to value.</summary>
    public IReadOnlyDictionary<string, string> SingleValueExtendedProperties { get; init; } =
        new Dictionary<string, string>();

    /// <summary>
    /// Graph compares property ids case-insensitively except a named property's name, and a tag in any spelling (0x001A, 0x1a); the
    /// dictionary may come from JSON without a comparer. The message class is a property of every message.
    /// </summary>
    public string? ExtendedProperty(string propertyId) =>
        SingleValueExtendedProperties
            .FirstOrDefault(p => ExtendedPropertyIds.Same(p.Key, propertyId))
            .Value
        ?? (ExtendedPropertyIds.Same(propertyId, ExtendedPropertyIds.MessageClass) ? MessageClass : null);

    /// <summary>The first header of that name (names compare case-insensitively, as RFC 5322 says).</summary>
    public string? Header(string name) =>
        InternetMessageHeaders.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The item shape of <c>/sandbox/mail</c> (DESIGN.md).</summary>
    public SandboxMailItem ToViewItem() =>
        new(Id, Mailbox, Folder, From, To, Cc, Bcc, ReplyTo, Subject, Body, SentAt, ConversationId, SandboxIds.Rest(Folder, Id));
}

/// <summary>
/// One entry of <c>/sandbox/mail</c>: <c>{ id, mailbox, folder, from, to, cc, bcc, replyTo, subject, body, sentAt,
/// conversationId, restId }</c>; <c>id</c> is the immutable id, <c>restId</c> the one Graph gives by default while
/// the message stays in its folder (what Outlook's own item ids convert from).
/// </summary>
public sealed record SandboxMailItem(
    string Id,
    string Mailbox,
    string Folder,
    SandboxRecipient? From,
    IReadOnlyList<SandboxRecipient> To,
    IReadOnlyList<SandboxRecipient> Cc,
    IReadOnlyList<SandboxRecipient> Bcc,
    IReadOnlyList<SandboxRecipient> ReplyTo,
    string Subject,
    string Body,
    DateTimeOffset? SentAt,
    string ConversationId,
    string RestId);
