using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookIntroAddin.Mail;

public sealed record MessageStatus(string Id, bool IsDraft, DateTimeOffset? SentAt);

/// <summary>What ties a sent message's replies to it: Graph's conversation and the Internet-Message-ID.</summary>
public sealed record MessageThread(string? ConversationId, string? InternetMessageId);

/// <summary>The Graph calls of the dispatcher, each one request.</summary>
public static class GraphMail
{
    /// <summary>Our own MAPI named property, holding the outbox id, so a draft can always be found again.</summary>
    public const string OutboxIdProperty = "String {6c3a1b52-8e1d-4f3b-9a07-2b5e8c9d4f10} Name OutboxId";

    /// <summary>
    /// Asks Graph for immutable ids (https://learn.microsoft.com/graph/outlook-immutable-id): stored ids
    /// then survive a move, such as a sent draft's to Sent Items. Applies to the one request only.
    /// </summary>
    public const string ImmutableIds = "IdType=\"ImmutableId\"";

    /// <summary>Creates the draft, tagged with the outbox id; immutable ids keep it when the draft moves to Sent Items.</summary>
    public static async Task<string> CreateDraftAsync(GraphServiceClient client, string mailbox, string outboxId, OutgoingMail mail)
    {
        var message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Html },
            ToRecipients = Recipients(mail.To),
            BccRecipients = Recipients(mail.Bcc),
            ReplyTo = Recipients(mail.ReplyTo),
            SingleValueExtendedProperties = [new() { Id = OutboxIdProperty, Value = outboxId }],
        };
        var created = await client.Users[mailbox].Messages.PostAsync(message, c =>
        {
            c.Headers.Add("Prefer", ImmutableIds);
            c.Options.Add(NoRetry());
        });
        return created?.Id ?? throw new InvalidOperationException("Graph created a draft without an id.");
    }

    /// <summary>The follow-up: a reply in the request's own thread, so it reads as one conversation.</summary>
    public static async Task<string> CreateReplyDraftAsync(GraphServiceClient client, string mailbox, string outboxId, string repliedToId, OutgoingMail mail)
    {
        var body = new CreateReplyPostRequestBody
        {
            Message = new Message
            {
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Html },
                SingleValueExtendedProperties = [new() { Id = OutboxIdProperty, Value = outboxId }],
            },
        };
        var created = await client.Users[mailbox].Messages[repliedToId].CreateReply.PostAsync(body, c =>
        {
            c.Headers.Add("Prefer", ImmutableIds);
            c.Options.Add(NoRetry());
        });
        var id = created?.Id ?? throw new InvalidOperationException("Graph created a reply without an id.");
        // A reply to our own sent item is addressed to its sender, the connector: set who it goes to.
        var to = created.ToRecipients?.Select(r => r.EmailAddress?.Address ?? "").ToList() ?? [];
        if (!SameAddresses(to, mail.To.Select(r => r.Address)) || created.CcRecipients is { Count: > 0 }) await AddressAsync(client, mailbox, id, mail.To);
        return id;
    }

    /// <summary>Sets a draft's recipients to exactly <paramref name="to"/> (an update replaces them, unlike createReply's message).</summary>
    public static Task AddressAsync(GraphServiceClient client, string mailbox, string draftId, IEnumerable<MailRecipient> to) =>
        client.Users[mailbox].Messages[draftId].PatchAsync(new Message { ToRecipients = Recipients(to), CcRecipients = [] }, c =>
        {
            c.Headers.Add("Prefer", ImmutableIds);
            c.Options.Add(NoRetry());
        });

    private static bool SameAddresses(IEnumerable<string> a, IEnumerable<string> b) =>
        a.Select(x => x.Trim().ToLowerInvariant()).Order().SequenceEqual(b.Select(x => x.Trim().ToLowerInvariant()).Order());

    /// <summary>
    /// Sends with the SDK's retry turned off: a 504 may come back after the mail left, and only a
    /// look at the draft (not a blind retry) can tell.
    /// </summary>
    public static Task SendDraftAsync(GraphServiceClient client, string mailbox, string draftId) =>
        client.Users[mailbox].Messages[draftId].Send.PostAsync(c => c.Options.Add(NoRetry()));

    /// <summary>Where the message with this id is now; null when it no longer exists.</summary>
    public static Task<MessageStatus?> GetStatusAsync(GraphServiceClient client, string mailbox, string id) =>
        StatusAsync(client, mailbox, id, asImmutable: true, CancellationToken.None);

    /// <summary>
    /// A message's REST id (the default format, valid while it stays in its folder), from its immutable
    /// id: Outlook converts REST ids to the EWS ids it opens items by, never immutable ones. Null when
    /// the message is gone.
    /// </summary>
    public static Task<MessageStatus?> RestIdAsync(GraphServiceClient client, string mailbox, string immutableId, CancellationToken ct) =>
        StatusAsync(client, mailbox, immutableId, asImmutable: false, ct);

    /// <summary>One read of a message's id (in the format asked for), draft flag and sent time.</summary>
    private static async Task<MessageStatus?> StatusAsync(GraphServiceClient client, string mailbox, string id, bool asImmutable, CancellationToken ct)
    {
        try
        {
            var message = await client.Users[mailbox].Messages[id].GetAsync(c =>
            {
                c.QueryParameters.Select = ["id", "isDraft", "sentDateTime"];
                if (asImmutable) c.Headers.Add("Prefer", ImmutableIds);
            }, ct);
            return message is null ? null : new MessageStatus(message.Id ?? id, message.IsDraft ?? true, message.SentDateTime);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The thread of a sent message, reading nothing else; both null when the message is gone (the
    /// connector deleted it from Sent Items), which must not stop the catch-up that asked.
    /// </summary>
    public static async Task<MessageThread> ThreadAsync(GraphServiceClient client, string mailbox, string id)
    {
        Message? message;
        try
        {
            message = await client.Users[mailbox].Messages[id].GetAsync(c =>
            {
                c.QueryParameters.Select = ["conversationId", "internetMessageId"];
                c.Headers.Add("Prefer", ImmutableIds);
            });
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return new MessageThread(null, null);
        }
        return new MessageThread(message?.ConversationId, message?.InternetMessageId);
    }

    /// <summary>
    /// Finds the message tagged with an outbox id anywhere in the mailbox (one request): the sent one
    /// if any, else the draft. Tags are ids we generate, never input.
    /// </summary>
    public static async Task<MessageStatus?> FindByTagAsync(GraphServiceClient client, string mailbox, string outboxId)
    {
        var found = await FindAllByTagAsync(client, mailbox, outboxId);
        return found.FirstOrDefault(m => !m.IsDraft) ?? found.FirstOrDefault();
    }

    /// <summary>Every message tagged with an outbox id, in any folder (normally one).</summary>
    public static async Task<List<MessageStatus>> FindAllByTagAsync(GraphServiceClient client, string mailbox, string outboxId)
    {
        var page = await client.Users[mailbox].Messages.GetAsync(c =>
        {
            c.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{OutboxIdProperty}' and ep/value eq '{outboxId}')";
            c.QueryParameters.Select = ["id", "isDraft", "sentDateTime"];
            c.QueryParameters.Top = 10;
            c.Headers.Add("Prefer", ImmutableIds);
        });
        return (page?.Value ?? []).Select(m => new MessageStatus(m.Id!, m.IsDraft ?? true, m.SentDateTime)).ToList();
    }

    /// <summary>Deletes a draft that must never be sent, for good (not to Deleted Items); one already gone is fine.</summary>
    public static async Task DeleteAsync(GraphServiceClient client, string mailbox, string id)
    {
        try
        {
            await client.Users[mailbox].Messages[id].PermanentDelete.PostAsync(c => c.Options.Add(NoRetry()));
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
        }
    }

    public static async Task<(string? TimeZone, List<string> Days)> MailboxSettingsAsync(GraphServiceClient client, string mailbox)
    {
        var settings = await client.Users[mailbox].MailboxSettings.GetAsync();
        var hours = settings?.WorkingHours;
        // The working hours' zone, else the mailbox's; a custom working-hours zone ("Customized Time
        // Zone") has no id, so the mailbox's zone comes first, and its bias only when there is none.
        var zone = new[] { hours?.TimeZone?.Name, settings?.TimeZone }.FirstOrDefault(BusinessCalendar.Knows)
            ?? (hours?.TimeZone is CustomTimeZone { Bias: { } bias } ? BusinessCalendar.FixedOffsetId(bias) : null)
            ?? settings?.TimeZone;
        var days = hours?.DaysOfWeek?.Where(d => d is not null).Select(d => d!.Value.ToString()).ToList() ?? [];
        return (zone, days);
    }

    private static RetryHandlerOption NoRetry() => new() { MaxRetry = 0, ShouldRetry = (_, _, _) => false };

    private static List<Recipient> Recipients(IEnumerable<MailRecipient> recipients) =>
        recipients.Select(r => new Recipient { EmailAddress = new EmailAddress { Name = r.Name, Address = r.Address } }).ToList();
}
