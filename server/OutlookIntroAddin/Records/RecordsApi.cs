using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Records;

/// <summary>
/// The consent record as a download: <c>GET /api/intros/export</c> gives the connector their own
/// intros, <c>GET /api/admin/export</c> gives a tenant admin every intro of their tenant. Both take
/// <c>format=csv|json</c> and stream, so a tenant's whole history costs the server one row of memory.
/// </summary>
public static class RecordsApi
{
    public static void AddRecords(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConsentRecord>();
        builder.Services.AddSingleton<DownloadLinks>();
    }

    public static void MapRecords(this IEndpointRouteBuilder routes)
    {
        // A literal segment outranks /api/intros/{id}, so "export" is never read as an intro id.
        routes.MapGet("/api/intros/export", (string? format, Connector connector, ConsentRecord record, TimeProvider clock, CancellationToken ct) =>
                Export(format, record, connector.TenantId, connector.ObjectId, "intro-record", clock, ct))
            .RequireAuthorization().WithTags("Records");

        routes.MapGet("/api/admin/export", (string? format, Connector admin, ConsentRecord record, TimeProvider clock, CancellationToken ct) =>
                Export(format, record, admin.TenantId, connectorId: null, "intro-record-tenant", clock, ct))
            .RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Records");

        // The same two downloads as one-use links, for a task pane that cannot save a file (Outlook on Mac,
        // classic Outlook on Windows) and opens the link in the user's browser instead.
        routes.MapPost("/api/intros/export/link", (string? format, Connector connector, DownloadLinks links, HttpContext http) =>
                LinkAsync(format, new DownloadLink(connector.TenantId, connector.ObjectId, format ?? ""), links, http))
            .RequireAuthorization().WithTags("Records");

        routes.MapPost("/api/admin/export/link", (string? format, Connector admin, DownloadLinks links, HttpContext http) =>
                LinkAsync(format, new DownloadLink(admin.TenantId, ConnectorId: null, format ?? ""), links, http))
            .RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Records");

        // The browser opening a link carries no token: the link is the right, once. Outside /api, like a
        // consent link, and limited per client address like one.
        routes.MapGet("/downloads/{token}", async Task<IResult> (
                string token, DownloadLinks links, ConsentRecord record, TimeProvider clock, CancellationToken ct) =>
            {
                if (token.Length > 64 || await links.RedeemAsync(token) is not { } link)
                {
                    return TypedResults.Problem(statusCode: 404, title: "This download link is not valid",
                        detail: "A download link works once, for two minutes. Download the record again from the add-in.");
                }
                var name = link.ConnectorId is null ? "intro-record-tenant" : "intro-record";
                return Export(link.Format, record, link.TenantId, link.ConnectorId, name, clock, ct);
            })
            .AllowAnonymous().WithTags("Records");
    }

    public sealed record DownloadLinkResponse(string Url, DateTimeOffset ExpiresAt);

    private static async Task<Results<Ok<DownloadLinkResponse>, ValidationProblem>> LinkAsync(
        string? format, DownloadLink link, DownloadLinks links, HttpContext http)
    {
        if (format is not ("csv" or "json")) return FormatProblem();
        var (token, expiresAt) = await links.IssueAsync(link);
        var request = http.Request;
        return TypedResults.Ok(new DownloadLinkResponse($"{request.Scheme}://{request.Host}{request.PathBase}/downloads/{token}", expiresAt));
    }

    private static ValidationProblem FormatProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format is csv or json."] });

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        string? format, ConsentRecord record, string tenantId, string? connectorId, string name, TimeProvider clock, CancellationToken ct)
    {
        if (format is not ("csv" or "json")) return FormatProblem();
        var fileName = $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.{format}";
        return TypedResults.Stream(
            body => format == "csv"
                ? RecordCsv.WriteAsync(record.ReadAsync(tenantId, connectorId), body, ct)
                : RecordJson.WriteAsync(record.ReadAsync(tenantId, connectorId), body, ct),
            format == "csv" ? RecordCsv.ContentType : RecordJson.ContentType, fileName);
    }
}
