using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.RateLimits;

/// <summary>
/// ASP.NET Core's rate limiter in front of what a caller can make the database do: /consent and
/// /downloads per client address (anonymous), /api per connector. Everything else (the add-in's files, /healthz, the
/// sandbox) is not limited. Limits are per server process, and off in sandbox mode unless asked for.
/// </summary>
public static class RateLimitsServices
{
    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var sandbox = IdentityOptions.IsSandbox(builder.Configuration);
        builder.Services.AddOptions<RateLimitsOptions>().Configure(o => o.Enabled = !sandbox).BindConfiguration("RateLimits")
            .Validate(o => o.ConsentPerMinute is >= 1 and <= 1_000_000, "RateLimits:ConsentPerMinute is between 1 and 1000000.")
            .Validate(o => o.ApiPerMinute is >= 1 and <= 1_000_000, "RateLimits:ApiPerMinute is between 1 and 1000000.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitsOptions>>((o, limits) =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits.Value));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
    }

    /// <summary>After authentication, which names the connector; before authorization, so a flood of bad tokens is limited too.</summary>
    public static void UseRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitsOptions>>().Value.Enabled) app.UseRateLimiter();
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitsOptions limits)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/consent")) return PerMinute("consent " + ClientAddress(http), limits.ConsentPerMinute);
        // A record's download link is opened by a browser without a token, as a consent link is.
        if (path.StartsWithSegments("/downloads")) return PerMinute("download " + ClientAddress(http), limits.ConsentPerMinute);
        if (!path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("");
        var user = http.User;
        return user.FindFirstValue(Connector.TenantClaim) is { } tenant && user.FindFirstValue(Connector.ObjectIdClaim) is { } objectId
            ? PerMinute($"api {tenant}/{objectId}", limits.ApiPerMinute)
            : PerMinute("api " + ClientAddress(http), limits.ApiPerMinute);
    }

    private static RateLimitPartition<string> PerMinute(string key, int perMinute) => RateLimitPartition.GetTokenBucketLimiter(key, _ => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
    });

    /// <summary>
    /// The connection's address: X-Forwarded-For counts only when the forwarded headers middleware is
    /// configured (README). An IPv6 client is limited by its /64, which one subscriber usually holds whole.
    /// </summary>
    private static string ClientAddress(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>429 with Retry-After in whole seconds and a problem, like every other error.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"Too many requests from you in the last minute; try again in {seconds} seconds.").ExecuteAsync(context.HttpContext);
    }
}
