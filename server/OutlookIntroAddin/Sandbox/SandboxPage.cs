namespace OutlookIntroAddin.Sandbox;

/// <summary>
/// The sandbox compose page (<c>GET /sandbox</c>) around the real task pane, and the few files it
/// needs. They are built by the add-in (<c>addin/dist/sandbox</c>) and copied beside the binaries,
/// outside wwwroot, so they are served only here, in sandbox mode.
/// </summary>
public static class SandboxPage
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
    };

    public static void MapSandboxPage(this RouteGroupBuilder group)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "sandbox");

        // The compose page, and the task pane as the page's frame loads it: taskpane.html with the
        // sandbox's Office stand-in in place of Microsoft's office.js.
        group.MapGet("/", () => Send(folder, "sandbox.html"));
        group.MapGet("/pane", () => Send(folder, "pane.html"));
        group.MapGet("/assets/{name}", (string name) =>
            Path.GetFileName(name) == name && name.Length <= 64 && !name.StartsWith('.') ? Send(folder, name) : NotFound(name));
    }

    private static IResult Send(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var type) || !File.Exists(path)) return NotFound(name);
        return Results.File(path, type);
    }

    private static IResult NotFound(string name) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not part of the sandbox page",
        detail: $"'{name}' is not a file of the sandbox page. If the page itself is missing, build the add-in (npm --prefix addin run build) before the server.");
}
