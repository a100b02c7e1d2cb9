namespace GraphSandbox;

/// <summary>A Graph change-notification subscription to one mailbox's Inbox messages.</summary>
public sealed record SandboxSubscription
{
    public required string Id { get; init; }

    /// <summary>The resource as the caller wrote it, e.g. <c>users/{upn}/mailFolders('Inbox')/messages</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>Lower-case address of the mailbox whose Inbox it watches.</summary>
    public required string Mailbox { get; init; }

    /// <summary>Comma-separated, as given; the sandbox raises only <c>created</c>.</summary>
    public required string ChangeType { get; init; }

    public required string NotificationUrl { get; init; }
    public string? LifecycleNotificationUrl { get; init; }
    public string? ClientState { get; init; }
    public required DateTimeOffset ExpirationDateTime { get; init; }
    public required string TenantId { get; init; }
    public required string ApplicationId { get; init; }
    public required string CreatorId { get; init; }
    public string LatestSupportedTlsVersion { get; init; } = "v1_2";

    /// <summary>
    /// Created with <c>Prefer: IdType="ImmutableId"</c>: its notifications name messages by immutable
    /// id (https://learn.microsoft.com/graph/outlook-immutable-id), else by REST id.
    /// </summary>
    public bool ImmutableIds { get; init; }

    /// <summary>Set by a reauthorizationRequired lifecycle event; cleared by reauthorize or a renewal.</summary>
    public bool ReauthorizationRequired { get; init; }

    public bool Raises(string changeType) =>
        ChangeType.Split(',', StringSplitOptions.TrimEntries).Contains(changeType, StringComparer.OrdinalIgnoreCase);
}
