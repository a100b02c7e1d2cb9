using System.Security.Cryptography;

namespace GraphSandbox;

/// <summary>The Graph operations that change mailboxes: draft, update, send, sendMail, createReply, move, delete.</summary>
public sealed partial class SandboxMailStore
{
    internal SandboxMessage CreateDraft(string mailbox, string folder, MessageFields fields)
    {
        var draft = fields.ApplyTo(NewMessage(Normalize(mailbox), folder.ToLowerInvariant()));
        lock (_lock)
            Commit(new JournalEntry([draft]));
        return draft;
    }

    internal SandboxMessage UpdateDraft(string mailbox, string id, MessageFields fields)
    {
        lock (_lock)
        {
            var message = Get(mailbox, id);
            // Extended properties stay writable on sent items; what the recipients saw does not.
            if (!message.IsDraft && fields with { ExtendedProperties = null } != MessageFields.None)
                throw new GraphErrorException(400, "ErrorInvalidPropertyUpdateSentMessage",
                    "Update operation is invalid for property of a sent message.");
            var updated = fields.ApplyTo(message) with { LastModifiedAt = _time.GetUtcNow() };
            Commit(new JournalEntry([updated]));
            return updated;
        }
    }

    /// <summary>Moves the draft to sentitems under the same id and delivers a copy to each recipient.</summary>
    internal SandboxMessage Send(string mailbox, string id)
    {
        lock (_lock)
        {
            var draft = Get(mailbox, id);
            if (!draft.IsDraft)
                throw GraphErrors.BadRequest("The message has already been sent; only a draft can be sent.");
            var sent = Sent(draft);
            Commit(new JournalEntry([sent, .. Deliver(sent)]));
            return sent;
        }
    }

    /// <summary>
    /// Exchange's asynchronous send: the draft stays as it is for <paramref name="delay"/> (real time),
    /// then goes out as <see cref="Send"/> does. Each call is its own submission, so a draft sent
    /// twice before it left goes out twice; one deleted meanwhile goes nowhere.
    /// </summary>
    internal void SendLater(string mailbox, string id, TimeSpan delay)
    {
        lock (_lock)
        {
            var draft = Get(mailbox, id);
            if (!draft.IsDraft)
                throw GraphErrors.BadRequest("The message has already been sent; only a draft can be sent.");
            Sent(draft); // Refuses a draft without valid recipients now, as Graph does, not later.
        }
        _ = Task.Delay(delay).ContinueWith(_ =>
        {
            lock (_lock)
            {
                if (!_byId.TryGetValue(id, out var message) || message.Folder == "deleteditems") return;
                var sent = message.IsDraft ? Sent(message) : message;
                Commit(new JournalEntry([sent, .. Deliver(sent)]));
            }
        }, TaskScheduler.Default);
    }

    /// <summary>DELETE: the message moves to Deleted Items, as Outlook's delete does.</summary>
    internal void Delete(string mailbox, string id)
    {
        lock (_lock)
        {
            var message = Get(mailbox, id);
            Commit(new JournalEntry([message with { Folder = "deleteditems", LastModifiedAt = _time.GetUtcNow() }]));
        }
    }

    /// <summary>permanentDelete: gone from every folder a client can see (Recoverable Items' purges, which the sandbox does not keep).</summary>
    internal void PermanentDelete(string mailbox, string id)
    {
        lock (_lock)
        {
            Commit(new JournalEntry(Remove: [Get(mailbox, id).Id]));
        }
    }

    internal void SendMail(string mailbox, MessageFields fields, bool saveToSentItems)
    {
        var sent = Sent(fields.ApplyTo(NewMessage(Normalize(mailbox), "sentitems")));
        lock (_lock)
            Commit(new JournalEntry([.. saveToSentItems ? [sent] : Array.Empty<SandboxMessage>(), .. Deliver(sent)]));
    }

    internal SandboxMessage CreateReply(string mailbox, string id, MessageFields fields, string? comment)
    {
        if (!string.IsNullOrEmpty(comment) && fields.BodyContent is not null)
            throw GraphErrors.BadRequest("Specify either comment or message.body, not both.");
        lock (_lock)
        {
            // The draft's body is the comment alone (no quote), as the sandbox has always drafted it.
            var drafted = ReplyTo(Get(mailbox, id), Normalize(mailbox), "drafts") with { Body = comment ?? "" };
            // Recipients named in the request join the ones the reply already has rather than replace
            // them: only an update of the draft (PATCH) sets toRecipients outright.
            if (fields.To is { } named)
                fields = fields with { To = [.. drafted.To, .. named.Where(n => drafted.To.All(t => Normalize(t.Address) != Normalize(n.Address)))] };
            var reply = fields.ApplyTo(drafted);
            Commit(new JournalEntry([reply]));
            return reply;
        }
    }

    /// <summary>Moves a copy to another folder under the same (immutable) id.</summary>
    internal SandboxMessage Move(string mailbox, string id, string folder)
    {
        lock (_lock)
        {
            var moved = Get(mailbox, id) with { Folder = folder, LastModifiedAt = _time.GetUtcNow() };
            Commit(new JournalEntry([moved]));
            return moved;
        }
    }

    private SandboxMessage Get(string mailbox, string id) =>
        _byId.TryGetValue(id, out var message) && message.Mailbox == Normalize(mailbox)
            ? message
            : throw GraphErrors.NotFound();

    private SandboxMessage NewMessage(string owner, string folder)
    {
        var now = _time.GetUtcNow();
        return new SandboxMessage
        {
            Id = NewId("AAMkAG"),
            Mailbox = owner,
            Folder = folder,
            From = new SandboxRecipient(_options.DisplayNameOf(owner), owner),
            IsDraft = true,
            CreatedAt = now,
            LastModifiedAt = now,
            ConversationId = NewId("AAQkAG"),
            InternetMessageId = $"<{Guid.NewGuid():N}@sandbox.graph.local>",
        };
    }

    private SandboxMessage Sent(SandboxMessage draft)
    {
        var recipients = draft.To.Concat(draft.Cc).Concat(draft.Bcc).ToList();
        if (recipients.Count == 0)
            throw new GraphErrorException(400, "ErrorInvalidRecipients", "At least one recipient is required.");
        if (recipients.FirstOrDefault(r => !IsAddress(r.Address)) is { } bad)
            throw new GraphErrorException(400, "ErrorInvalidRecipients",
                $"At least one recipient isn't valid: '{bad.Address}' is not an email address.");
        var now = _time.GetUtcNow();
        var sent = draft with { Folder = "sentitems", IsDraft = false, SentAt = now, LastModifiedAt = now };
        return sent with { InternetMessageHeaders = MessageHeaders.Transport(sent, now) };
    }

    private static bool IsAddress(string address) =>
        address.IndexOf('@') is > 0 and var at && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);

    /// <summary>
    /// One inbox copy per distinct recipient. Bcc stays on the sender's copy only, and extended
    /// properties do not travel: they are the sender's private MAPI data.
    /// </summary>
    private static IEnumerable<SandboxMessage> Deliver(SandboxMessage sent) =>
        sent.To.Concat(sent.Cc).Concat(sent.Bcc)
            .Select(r => Normalize(r.Address))
            .Distinct()
            .Select(address => sent with
            {
                Id = NewId("AAMkAG"),
                Mailbox = address,
                Folder = "inbox",
                Bcc = [],
                InReplyToId = null,
                Received = true,
                CreatedAt = sent.SentAt!.Value,
                SingleValueExtendedProperties = new Dictionary<string, string>(),
            });

    /// <summary>Opaque like Graph's ids, '=' included, so callers must URL-encode them as Graph requires.</summary>
    private static string NewId(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('/', '-').Replace('+', '_') + "AAA=";
}
