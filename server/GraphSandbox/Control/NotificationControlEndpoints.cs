namespace GraphSandbox;

/// <summary>Control routes for subscriptions and notifications: see them, drop some, raise lifecycle events.</summary>
internal static class NotificationControlEndpoints
{
    public static RouteGroupBuilder MapNotificationControl(this RouteGroupBuilder group)
    {
        group.MapGet("/subscriptions", (SandboxSubscriptions subscriptions, SandboxNotifications notifications) =>
            Results.Json(subscriptions.All().Select(s => new
            {
                subscription = SubscriptionJson.Write(s),
                s.Mailbox,
                s.ReauthorizationRequired,
                counts = notifications.Counts(s.Id),
            }), ControlEndpoints.Json));
        group.MapGet("/notifications", (SandboxNotifications notifications) =>
            Results.Json(new { dropNext = notifications.PendingDrops, subscriptions = notifications.AllCounts() }, ControlEndpoints.Json));
        group.MapPost("/notifications/drop", (int? count, SandboxNotifications notifications) =>
        {
            if (count is not (>= 0 and <= 10_000))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["count"] = ["count is a whole number from 0 to 10000."] });
            notifications.DropNext(count.Value);
            return Results.Json(new { dropNext = notifications.PendingDrops }, ControlEndpoints.Json);
        });
        group.MapPost("/subscriptions/{id}/lifecycle/{lifecycleEvent}", (string id, string lifecycleEvent, SandboxNotifications notifications) =>
        {
            if (!Enum.TryParse<SandboxLifecycleEvent>(lifecycleEvent, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return ControlEndpoints.Invalid($"'{lifecycleEvent}' is not reauthorizationRequired, subscriptionRemoved or missed.");
            try
            {
                notifications.SendLifecycleEvent(id, parsed);
                return Results.Accepted();
            }
            catch (KeyNotFoundException e)
            {
                return ControlEndpoints.NotFound(e.Message);
            }
            catch (InvalidOperationException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "No lifecycle notification URL");
            }
        });
        return group;
    }
}
