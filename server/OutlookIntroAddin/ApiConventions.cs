using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace OutlookIntroAddin;

/// <summary>JSON and error conventions shared by every endpoint: camelCase, strict input, ProblemDetails always.</summary>
public static class ApiConventions
{
    /// <summary>The CORS policy of the add-in's own origin, which Addin/AddinCors.cs builds per request.</summary>
    public const string AddinOriginPolicy = "AddinOrigin";

    /// <summary>
    /// Lets the add-in's event handlers call this route from their runtime, which classic Outlook
    /// makes cross-origin: only the routes they call carry it.
    /// </summary>
    public static TBuilder AllowAddinOrigin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCors(AddinOriginPolicy);

    public static void AddApiConventions(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.Configure<JsonOptions>(o =>
        {
            // A misspelt field is an error, not something silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Bad JSON reaches BadRequestHandler as an exception, so the problem can name the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
    }

    private sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;
            var field = exception.InnerException is JsonException { Path: { } path } ? path.TrimStart('$', '.') : "body";
            if (field.Length == 0) field = "body";
            var detail = exception.InnerException is JsonException ? $"The request body is not valid here: check '{field}'." : bad.Message;
            http.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = bad.StatusCode, Title = "The request is not valid", Detail = detail,
                    Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } },
                },
                Exception = exception,
            });
        }
    }
}
