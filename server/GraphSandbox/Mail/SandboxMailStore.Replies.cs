namespace GraphSandbox;

/// <summary>Replies: createReply's draft and the reply action, which sends at once.</summary>
public sealed partial class SandboxMailStore
{
    /// <summary>
    /// A party answering by mail, as Graph's <c>POST /users/{mailbox}/messages/{id}/reply</c> with a
    /// comment does: the reply goes out at once, in the same conversation, with the message replied to
    /// quoted below the comment. Returns the copy in <paramref name="mailbox"/>'s Sent Items.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such message in that mailbox.</exception>
    public SandboxMessage Reply(string mailbox, string messageId, string comment) =>
        Translate(() => ReplyNow(mailbox, messageId, MessageFields.None, comment));

    /// <summary>
    /// A party answering from a mail system that writes no Thread-Index (the header Exchange threads
    /// by) and under a subject of its own: Exchange files such a reply in a new conversation, while
    /// its In-Reply-To and References still name the message it answers (RFC 5322 §3.6.4), as every
    /// mail client writes them. Returns the copy in <paramref name="mailbox"/>'s Sent Items.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such message in that mailbox.</exception>
    public SandboxMessage ReplyInNewConversation(string mailbox, string messageId, string subject, string comment) => Translate(() =>
    {
        lock (_lock)
        {
            var original = Get(mailbox, messageId);
            var reply = ReplyTo(original, Normalize(mailbox), "sentitems") with
            {
                ConversationId = NewId("AAQkAG"),
                Subject = subject,
                Body = ReplyQuote.Compose(original, comment),
                BodyContentType = original.BodyContentType,
                UniqueBody = comment,
            };
            var sent = Sent(reply);
            Commit(new JournalEntry([sent, .. Deliver(sent)]));
            return sent;
        }
    });

    internal SandboxMessage ReplyNow(string mailbox, string id, MessageFields fields, string? comment)
    {
        if (!string.IsNullOrEmpty(comment) && fields.BodyContent is not null)
            throw GraphErrors.BadRequest("Specify either comment or message.body, not both.");
        lock (_lock)
        {
            var original = Get(mailbox, id);
            var owner = Normalize(mailbox);
            var reply = fields.ApplyTo(ReplyTo(original, owner, "sentitems") with
            {
                Body = ReplyQuote.Compose(original, comment ?? ""),
                BodyContentType = original.BodyContentType,
                UniqueBody = comment ?? "",
            });
            if (fields.BodyContent is not null)
                reply = reply with { UniqueBody = null };
            var sent = Sent(reply);
            Commit(new JournalEntry([sent, .. Deliver(sent)]));
            return sent;
        }
    }

    /// <summary>
    /// A new message answering <paramref name="original"/>: same conversation, RE: subject, thread
    /// headers. To Reply-To when set (RFC 2822), else the sender, as Graph's createReply and reply
    /// document it (https://learn.microsoft.com/graph/api/message-createreply): replying to one's own
    /// sent item addresses oneself, unlike Outlook's Reply button, which readdresses it.
    /// </summary>
    private SandboxMessage ReplyTo(SandboxMessage original, string owner, string folder)
    {
        IReadOnlyList<SandboxRecipient> to =
            original.ReplyTo.Count > 0 ? original.ReplyTo
            : original.From is { } sender ? [sender]
            : [];
        return NewMessage(owner, folder) with
        {
            ConversationId = original.ConversationId,
            InReplyToId = original.Id,
            Subject = original.Subject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase)
                ? original.Subject
                : "RE: " + original.Subject,
            To = to,
            InternetMessageHeaders = MessageHeaders.ThreadOf(original),
        };
    }

    /// <summary>Public callers get .NET's exceptions, not the Graph error the routes turn into JSON.</summary>
    private static T Translate<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (GraphErrorException e) when (e.Status == 404)
        {
            throw new KeyNotFoundException(e.Message, e);
        }
        catch (GraphErrorException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}
