using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookIntroAddin.Mail;

namespace OutlookIntroAddin.Replies;

/// <summary>One Inbox item as delta lists it: no subject, no body.</summary>
public sealed record InboxItem(string Id, string? ConversationId, string? From, DateTimeOffset? ReceivedAt);

/// <summary>A page of Inbox changes; the delta link comes with the last page only.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, string? NextLink, string? DeltaLink);

/// <summary>The Graph reads of reply watching, each one request, each reading as little as it can.</summary>
public static class InboxGraph
{
    private const string MessageClassId = "String 0x001A";

    /// <summary>A page of the Inbox's delta: from <paramref name="link"/> (a next or delta link) or a fresh start.</summary>
    public static async Task<InboxPage> DeltaAsync(GraphServiceClient client, string mailbox, string? link, CancellationToken ct)
    {
        var builder = client.Users[mailbox].MailFolders["inbox"].Messages.Delta;
        // Immutable ids, as everywhere we keep one: a reply filed into another folder keeps its id.
        var response = link is null
            ? await builder.GetAsDeltaGetResponseAsync(c =>
            {
                c.QueryParameters.Select = ["id", "conversationId", "from", "receivedDateTime"];
                c.Headers.Add("Prefer", GraphMail.ImmutableIds);
            }, ct)
            : await builder.WithUrl(link).GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", GraphMail.ImmutableIds), ct);
        var items = (response?.Value ?? [])
            .Where(m => m.Id is not null && m.AdditionalData?.ContainsKey("@removed") != true)
            .Select(m => new InboxItem(m.Id!, m.ConversationId, m.From?.EmailAddress?.Address, m.ReceivedDateTime))
            .ToList();
        return new InboxPage(items, response?.OdataNextLink, response?.OdataDeltaLink);
    }

    /// <summary>Everything a reply is understood by; called only for a message in a request's thread or from a party.</summary>
    public static async Task<IncomingReply?> ReadAsync(GraphServiceClient client, string mailbox, string id, CancellationToken ct)
    {
        var message = await client.Users[mailbox].Messages[id].GetAsync(c =>
        {
            c.QueryParameters.Select = ["subject", "body", "internetMessageHeaders", "from"];
            c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{MessageClassId}')"];
        }, ct);
        if (message is null) return null;
        return new IncomingReply(
            message.Subject ?? "", message.Body?.Content ?? "", message.Body?.ContentType == BodyType.Html,
            (message.InternetMessageHeaders ?? []).Where(h => h.Name is not null)
                .Select(h => System.Collections.Generic.KeyValuePair.Create(h.Name!, h.Value ?? "")).ToList(),
            MessageClass(message), message.From?.EmailAddress?.Address ?? "");
    }

    /// <summary>Who a message in a final intro's thread went to (To and Cc), reading no body.</summary>
    public static async Task<IReadOnlyList<string>> RecipientsAsync(GraphServiceClient client, string mailbox, string id, CancellationToken ct)
    {
        var message = await client.Users[mailbox].Messages[id].GetAsync(c => c.QueryParameters.Select = ["toRecipients", "ccRecipients"], ct);
        return (message?.ToRecipients ?? []).Concat(message?.CcRecipients ?? [])
            .Select(r => r.EmailAddress?.Address).OfType<string>().ToList();
    }

    /// <summary>The message ids a message answers (In-Reply-To and References), reading no body.</summary>
    public static async Task<IReadOnlyList<string>> AnsweredIdsAsync(GraphServiceClient client, string mailbox, string id, CancellationToken ct)
    {
        var message = await client.Users[mailbox].Messages[id].GetAsync(c => c.QueryParameters.Select = ["internetMessageHeaders"], ct);
        return (message?.InternetMessageHeaders ?? [])
            .Where(h => h.Name is { } name && (name.Equals("In-Reply-To", StringComparison.OrdinalIgnoreCase) || name.Equals("References", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(h => (h.Value ?? "").Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    /// <summary>Graph may spell the tag 0x1a or 0x001A; it names the same property.</summary>
    private static string? MessageClass(Message message) =>
        message.SingleValueExtendedProperties?.FirstOrDefault(p => p.Id is { } id && SameTag(id))?.Value;

    private static bool SameTag(string id)
    {
        var parts = id.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[0].Equals("String", StringComparison.OrdinalIgnoreCase)
            && parts[1].StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(parts[1][2..], System.Globalization.NumberStyles.HexNumber, null, out var tag) && tag == 0x001A;
    }
}
