using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>A failure Graph would report; the fault filter turns it into Graph's error JSON.</summary>
internal sealed class GraphErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}

internal static class GraphErrors
{
    public static GraphErrorException NotFound() =>
        new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphErrorException BadRequest(string message) => new(400, "ErrorInvalidRequest", message);

    /// <summary>Graph's error body: <c>{"error":{"code","message","innerError"}}</c>.</summary>
    public static IResult Result(int status, string code, string message, HttpContext? http = null)
    {
        var inner = new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss"),
            ["request-id"] = http?.TraceIdentifier ?? Guid.NewGuid().ToString(),
        };
        if (http?.Request.Headers["client-request-id"].ToString() is { Length: > 0 } clientRequestId)
            inner["client-request-id"] = clientRequestId;
        var body = new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = inner },
        };
        return GraphJson.Result(body, status);
    }
}
