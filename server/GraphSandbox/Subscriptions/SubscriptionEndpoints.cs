using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary><c>/subscriptions</c>: create (with the validation handshake), list, get, renew, reauthorize, delete.</summary>
internal static class SubscriptionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/subscriptions", Create).WithMetadata(new SandboxRoute("createSubscription", TenantWide: true));
        group.MapGet("/subscriptions", List).WithMetadata(new SandboxRoute("listSubscriptions", TenantWide: true));
        group.MapGet("/subscriptions/{id}", (HttpContext http, SandboxSubscriptions all, SandboxOptions options, string id) =>
                GraphJson.Result(SubscriptionJson.Entity(Readable(http, all, options, id), http.Request)))
            .WithMetadata(new SandboxRoute("getSubscription", TenantWide: true));
        group.MapPatch("/subscriptions/{id}", Renew).WithMetadata(new SandboxRoute("updateSubscription", TenantWide: true));
        group.MapPost("/subscriptions/{id}/reauthorize", (HttpContext http, SandboxSubscriptions all, SandboxOptions options, string id) =>
        {
            Readable(http, all, options, id);
            all.Update(id, s => s with { ReauthorizationRequired = false });
            return Results.NoContent();
        }).WithMetadata(new SandboxRoute("reauthorizeSubscription", TenantWide: true));
        group.MapDelete("/subscriptions/{id}", (HttpContext http, SandboxSubscriptions all, SandboxOptions options, string id) =>
        {
            Readable(http, all, options, id);
            all.Remove(id);
            return Results.NoContent();
        }).WithMetadata(new SandboxRoute("deleteSubscription", TenantWide: true));
    }

    /// <summary>
    /// Graph validates the notification URL, and the lifecycle URL if given, before it creates
    /// anything; a failed validation is a 400 and no subscription.
    /// </summary>
    private static async Task<IResult> Create(
        HttpContext http, SandboxSubscriptions all, WebhookClient webhooks, SandboxOptions options)
    {
        var body = await GraphJson.ReadBodyAsync(http.Request);
        var parsed = SubscriptionRequest.Parse(body, all.Now, MailboxResolver.Resolve(http));
        // users/{upn}/… names the user's mailbox, whatever its address.
        var request = parsed with { Mailbox = options.MailboxOf(parsed.Mailbox) };
        var caller = SandboxCallers.Read(http, request.Mailbox);
        if (SandboxCallerFilter.Deny(caller, request.Mailbox, options, http) is { } denied)
            return denied;
        foreach (var url in new[] { request.NotificationUrl, request.LifecycleNotificationUrl }.OfType<string>().Distinct())
        {
            if (await webhooks.ValidateAsync(url, http.RequestAborted) is { } failed)
                throw failed;
        }
        var subscription = new SandboxSubscription
        {
            Id = Guid.NewGuid().ToString(),
            Resource = request.Resource,
            Mailbox = request.Mailbox,
            ChangeType = request.ChangeType,
            NotificationUrl = request.NotificationUrl,
            LifecycleNotificationUrl = request.LifecycleNotificationUrl,
            ClientState = request.ClientState,
            ExpirationDateTime = request.ExpirationDateTime,
            TenantId = caller.TenantId ?? SandboxTenant.Id,
            ApplicationId = caller.AppId ?? SandboxTenant.ApplicationId,
            CreatorId = caller.ObjectId ?? SandboxTenant.CreatorId,
            LatestSupportedTlsVersion = request.LatestSupportedTlsVersion,
            ImmutableIds = SandboxIds.PrefersImmutable(http.Request),
        };
        all.Add(subscription);
        return GraphJson.Result(SubscriptionJson.Entity(subscription, http.Request), 201);
    }

    private static IResult List(HttpContext http, SandboxSubscriptions all, SandboxOptions options)
    {
        var visible = all.All().Where(s => SandboxCallerFilter.Deny(SandboxCallers.Read(http, s.Mailbox), s.Mailbox, options, http) is null);
        return GraphJson.Result(new JsonObject
        {
            ["@odata.context"] = $"{GraphJson.Root(http.Request)}/$metadata#subscriptions",
            ["value"] = new JsonArray(visible.Select(s => (JsonNode)SubscriptionJson.Write(s)).ToArray()),
        });
    }

    /// <summary>Renewal (expirationDateTime) and a new notificationUrl, which is validated again; both reauthorize.</summary>
    private static async Task<IResult> Renew(
        HttpContext http, SandboxSubscriptions all, WebhookClient webhooks, SandboxOptions options, string id)
    {
        var current = Readable(http, all, options, id);
        var body = await GraphJson.ReadBodyAsync(http.Request);
        foreach (var property in body.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            if (!property.Name.Equals("expirationDateTime", StringComparison.OrdinalIgnoreCase)
                && !property.Name.Equals("notificationUrl", StringComparison.OrdinalIgnoreCase))
                throw GraphErrors.BadRequest($"The Graph sandbox can update only expirationDateTime and notificationUrl, not '{property.Name}'.");
        }
        var expiration = GraphJson.Property(body, "expirationDateTime") is null
            ? current.ExpirationDateTime
            : SubscriptionRequest.Expiration(body, all.Now);
        var url = SubscriptionRequest.Url(body, "notificationUrl", required: false);
        if (url is not null && url != current.NotificationUrl && await webhooks.ValidateAsync(url, http.RequestAborted) is { } failed)
            throw failed;
        var renewed = all.Update(id, s => s with
        {
            ExpirationDateTime = expiration,
            NotificationUrl = url ?? s.NotificationUrl,
            ReauthorizationRequired = false,
        }) ?? throw NotFound();
        return GraphJson.Result(SubscriptionJson.Entity(renewed, http.Request));
    }

    /// <summary>A live subscription the caller may see: the same rule as for the mailbox it watches.</summary>
    private static SandboxSubscription Readable(HttpContext http, SandboxSubscriptions all, SandboxOptions options, string id)
    {
        var subscription = all.Find(id) ?? throw NotFound();
        if (SandboxCallerFilter.Deny(SandboxCallers.Read(http, subscription.Mailbox), subscription.Mailbox, options, http) is not null)
            throw new GraphErrorException(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        return subscription;
    }

    private static GraphErrorException NotFound() =>
        new(404, "ResourceNotFound", "The subscription was not found: it was deleted or has expired.");
}

/// <summary>The ids Graph would take from the token; plain test tokens have none, so these stand in.</summary>
internal static class SandboxTenant
{
    public const string Id = "5ab0e3b7-0000-4000-8000-5a4db0c0ffee";
    public const string ApplicationId = "5ab0e3b7-0000-4000-8000-0000000a0001";
    public const string CreatorId = "5ab0e3b7-0000-4000-8000-0000000c0001";
}
