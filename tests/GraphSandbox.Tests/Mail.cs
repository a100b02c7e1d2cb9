using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GraphSandbox.Tests;

/// <summary>Builders and calls the tests share, named for what a test needs.</summary>
public static class Mail
{
    public const string OutboxIdProperty = "String {00020329-0000-0000-C000-000000000046} Name OutboxId";

    public static string NewAddress(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    public static Recipient To(string address, string? name = null) =>
        new() { EmailAddress = new EmailAddress { Address = address, Name = name } };

    public static Message Draft(string subject, string to, string? outboxId = null) => new()
    {
        Subject = subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = $"<p>{subject}</p>" },
        ToRecipients = [To(to)],
        SingleValueExtendedProperties = outboxId is null
            ? null
            : [new SingleValueLegacyExtendedProperty { Id = OutboxIdProperty, Value = outboxId }],
    };

    public static async Task<Message> CreateDraftAsync(this GraphServiceClient graph, string mailbox, Message draft) =>
        (await graph.Users[mailbox].Messages.PostAsync(draft,
            config => config.Headers.Add("Prefer", "IdType=\"ImmutableId\"")))!;

    /// <summary>Creates and sends a draft; returns the draft as created (its id is the Sent Items copy's).</summary>
    public static async Task<Message> SendAsync(this GraphServiceClient graph, string mailbox, Message draft)
    {
        var created = await graph.CreateDraftAsync(mailbox, draft);
        await graph.Users[mailbox].Messages[created.Id].Send.PostAsync();
        return created;
    }

    public static async Task<List<Message>> FindByOutboxIdAsync(
        this GraphServiceClient graph, string mailbox, string folder, string outboxId) =>
        (await graph.Users[mailbox].MailFolders[folder].Messages.GetAsync(config =>
        {
            config.QueryParameters.Filter =
                $"singleValueExtendedProperties/Any(ep: ep/id eq '{OutboxIdProperty}' and ep/value eq '{outboxId}')";
            config.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{OutboxIdProperty}')"];
        }))!.Value!;

    /// <summary>The per-call way to turn the SDK's retry off, as the dispatcher must for send.</summary>
    public static RetryHandlerOption NoRetry => new() { MaxRetry = 0 };
}
