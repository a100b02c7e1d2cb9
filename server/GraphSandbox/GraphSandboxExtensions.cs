using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphSandbox;

public static class GraphSandboxExtensions
{
    /// <summary>
    /// The named HttpClient the sandbox calls webhooks with (validation requests, notifications). A
    /// host changes it like any named client, e.g. to reach a TestServer:
    /// <c>services.AddHttpClient(GraphSandboxExtensions.WebhookHttpClientName).ConfigurePrimaryHttpMessageHandler(() => server.CreateHandler())</c>.
    /// </summary>
    public const string WebhookHttpClientName = "GraphSandbox.Webhooks";

    /// <summary>
    /// Registers the sandbox's singletons, the webhook HttpClient and the hosted service that sends
    /// change notifications. The store and the subscriptions take their clock from the
    /// <see cref="TimeProvider"/> in DI (the main app's controllable clock), else the system clock.
    /// </summary>
    public static IServiceCollection AddGraphSandbox(this IServiceCollection services, Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(sp => new SandboxMailStore(sp.GetService<TimeProvider>() ?? TimeProvider.System, options));
        services.TryAddSingleton(options);
        services.TryAddSingleton<SandboxCallers>();
        services.TryAddSingleton<SandboxFaults>();
        services.TryAddSingleton<SandboxStats>();
        services.TryAddSingleton<MailboxConcurrency>();
        services.TryAddSingleton(sp => new SandboxSubscriptions(
            sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<SandboxMailStore>()));
        services.TryAddSingleton<SandboxNotifications>();
        services.TryAddSingleton<WebhookClient>();
        services.AddHttpClient(WebhookHttpClientName);
        services.AddHostedService<NotificationDispatcher>();
        return services;
    }

    /// <summary>
    /// Maps Graph v1.0's mail routes under <paramref name="prefix"/> (e.g. <c>/graph/v1.0</c>), so a
    /// GraphServiceClient whose base URL is that prefix talks to the sandbox.
    /// </summary>
    public static RouteGroupBuilder MapGraphSandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix)
            // The sandbox applies Graph's own token rules (/me) and must not inherit the host's policy.
            .AllowAnonymous()
            .ExcludeFromDescription();
        group.AddEndpointFilter<SandboxCallerFilter>();
        group.AddEndpointFilter<SandboxFaultFilter>();
        group.AddEndpointFilter<SandboxIdFilter>();
        SubscriptionEndpoints.Map(group);
        foreach (var user in new[] { "/users/{user}", "/me" })
        {
            MessageEndpoints.Map(group, user);
            MessageActionEndpoints.Map(group, user);
            DeltaEndpoints.Map(group, user);
            MailboxSettingsEndpoints.Map(group, user);
            UserEndpoints.Map(group, user);
        }
        // Graph answers an unknown path with its error JSON, which the SDK turns into an
        // ODataError; an empty 404 would surface as a puzzling deserialization failure instead.
        group.Map("/{**path}", (HttpContext http) => GraphErrors.Result(400, "BadRequest",
                $"The Graph sandbox does not support {http.Request.Method} {http.Request.Path}.", http))
            .WithMetadata(new SandboxRoute(SandboxRoute.Unsupported));
        return group;
    }
}
