using OutlookIntroAddin.GraphAccess;

namespace OutlookIntroAddin.Health;

/// <summary>What holds all mail back, as the task pane tells the connector: nothing, or a refused app credential.</summary>
public sealed record MailOnHold(string Code, DateTimeOffset Since, string Title, string Detail);

public sealed record StatusResponse(MailOnHold? MailOnHold);

/// <summary>
/// <c>GET /api/status</c>: the connector-facing side of <c>/healthz</c>. While Entra ID refuses the
/// app's credential no mail of anyone goes out; the pane says so instead of leaving the connector
/// to wonder why nobody was asked.
/// </summary>
public static class StatusApi
{
    public static void MapStatus(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/status", (AppCredentialHealth credential) => TypedResults.Ok(new StatusResponse(
            credential.Current is { } refused
                ? new MailOnHold(refused.Code, refused.Since, "Mail is on hold for everyone",
                    $"Microsoft Entra ID refuses this app's client secret or certificate ({refused.Code}); it has probably expired. "
                    + "Your admin must renew it. Your introductions are kept and go out once they do.")
                : null)))
            .RequireAuthorization().WithTags("Status");
}
