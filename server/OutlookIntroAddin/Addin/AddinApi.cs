using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Addin;

/// <summary>
/// What Outlook asks the add-in's origin for, beside the built add-in's static files: the list of
/// scripts allowed to run as this origin's event handlers. Classic Outlook on Windows runs
/// events.js alone in a JavaScript-only runtime and lets it call this origin (and get tokens) only
/// when the origin lists it here.
/// </summary>
public static class AddinApi
{
    public static void MapAddin(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/.well-known/microsoft-officeaddins-allowed.json", (HttpContext http, IntrosOptions options) =>
            TypedResults.Ok(new AllowedScripts([$"{options.Origin(http.Request)}/events.js"])))
            .AllowAnonymous().ExcludeFromDescription();

    public sealed record AllowedScripts(IReadOnlyList<string> Allowed);
}
