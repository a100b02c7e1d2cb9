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
    public static void AddRecords(this WebApplicationBuilder builder) => builder.Services.AddSingleton<ConsentRecord>();

    public static void MapRecords(this IEndpointRouteBuilder routes)
    {
        // A literal segment outranks /api/intros/{id}, so "export" is never read as an intro id.
        routes.MapGet("/api/intros/export", (string? format, Connector connector, ConsentRecord record, TimeProvider clock, CancellationToken ct) =>
                Export(format, record, connector.TenantId, connector.ObjectId, "intro-record", clock, ct))
            .RequireAuthorization().WithTags("Records");

        routes.MapGet("/api/admin/export", (string? format, Connector admin, ConsentRecord record, TimeProvider clock, CancellationToken ct) =>
                Export(format, record, admin.TenantId, connectorId: null, "intro-record-tenant", clock, ct))
            .RequireAuthorization(IdentityServices.AdminPolicy).WithTags("Records");
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        string? format, ConsentRecord record, string tenantId, string? connectorId, string name, TimeProvider clock, CancellationToken ct)
    {
        if (format is not ("csv" or "json"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format is csv or json."] });
        }
        var fileName = $"{name}-{clock.GetUtcNow():yyyy-MM-dd}.{format}";
        return TypedResults.Stream(
            body => format == "csv"
                ? RecordCsv.WriteAsync(record.ReadAsync(tenantId, connectorId), body, ct)
                : RecordJson.WriteAsync(record.ReadAsync(tenantId, connectorId), body, ct),
            format == "csv" ? RecordCsv.ContentType : RecordJson.ContentType, fileName);
    }
}
