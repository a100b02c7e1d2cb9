namespace GraphSandbox;

/// <summary>Names a Graph route for stats and for faults that only some routes get.</summary>
/// <param name="TenantWide">Not under a user (<c>/subscriptions</c>): the mailbox is in the body, if anywhere.</param>
internal sealed record SandboxRoute(string Kind, bool TenantWide = false)
{
    public const string Unsupported = "unsupported";

    public bool IsSend => Kind is "send" or "sendMail" or "reply";
}

/// <summary>
/// Runs around every Graph route: resolves the mailbox, then applies Graph's behaviour under
/// load in the order Graph would: an outstanding Retry-After, the per-mailbox concurrency limit,
/// latency, throttling and outages, and finally the 504 that follows a send that took effect.
/// </summary>
internal sealed class SandboxFaultFilter(SandboxFaults faults, SandboxStats stats, MailboxConcurrency concurrency)
    : IEndpointFilter
{
    public const string MailboxKey = "GraphSandbox.Mailbox";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var route = http.GetEndpoint()?.Metadata.GetMetadata<SandboxRoute>() ?? new SandboxRoute("unknown");
        stats.CountRequest(route.Kind);
        if (route.Kind == SandboxRoute.Unsupported)
            return await next(context);
        EchoImmutableIdPreference(http);
        // Tenant-wide routes share the caller's own mailbox budget, or one for app tokens.
        if ((MailboxResolver.Resolve(http) ?? (route.TenantWide ? "(tenant)" : null)) is not { } mailbox)
            return GraphErrors.Result(401, "InvalidAuthenticationToken",
                "Access token is empty or names no user: /me needs 'Bearer <address>' or a JWT with preferred_username or upn.", http);
        http.Items[MailboxKey] = mailbox;

        var request = await RequestIdentityAsync(http);
        if (faults.IsEarlyRetry(request))
            stats.CountEarlyRetry();
        if (faults.RetryAfterRemaining(mailbox) is { } remaining)
        {
            return Fail(http, request, 429, "TooManyRequests",
                "Application is over its RequestRate limit: the Retry-After it was given has not passed.", mailbox,
                (int)Math.Ceiling(remaining.TotalSeconds));
        }
        var settings = faults.Settings;
        if (!concurrency.TryEnter(mailbox, settings.MaxConcurrentPerMailbox, out var inFlight))
        {
            stats.CountConcurrencyRejection();
            return Fail(http, request, 429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", mailbox);
        }
        try
        {
            stats.ObserveInFlight(mailbox, inFlight);
            if (faults.NextLatencyMs() is > 0 and var latency)
                await Task.Delay(latency, http.RequestAborted);
            if (route.IsSend && faults.NextSendRefused())
                return Fail(http, request, 503, "ServiceUnavailable", "The service is temporarily unavailable.", mailbox);
            switch (faults.NextFailure())
            {
                case 429:
                    return Fail(http, request, 429, "TooManyRequests", "Application is over its RequestRate limit.", mailbox);
                case 503:
                    return Fail(http, request, 503, "ServiceUnavailable", "The service is temporarily unavailable.", mailbox);
            }
            var result = await next(context);
            if (route.IsSend && result is IStatusCodeHttpResult { StatusCode: 202 })
            {
                stats.CountSend();
                if (settings.HoldAfterSendMs > 0)
                {
                    stats.HoldBegins();
                    try { await Task.Delay(settings.HoldAfterSendMs, http.RequestAborted); }
                    catch (OperationCanceledException) { }
                    finally { stats.HoldEnds(); }
                }
                if (faults.NextGatewayTimeoutAfterSend())
                {
                    stats.CountFailure(504);
                    return GraphErrors.Result(504, "GatewayTimeout", "The operation timed out.", http);
                }
            }
            return result;
        }
        catch (GraphErrorException e)
        {
            return GraphErrors.Result(e.Status, e.Code, e.Message, http);
        }
        finally
        {
            concurrency.Exit(mailbox);
        }
    }

    private IResult Fail(HttpContext http, string request, int status, string code, string message, string mailbox, int? retryAfter = null)
    {
        stats.CountFailure(status);
        var seconds = retryAfter ?? faults.GiveRetryAfter(mailbox);
        faults.Refused(request, seconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GraphErrors.Result(status, code, message, http);
    }

    /// <summary>What makes a retry the same request: method, URL and body.</summary>
    private static async Task<string> RequestIdentityAsync(HttpContext http)
    {
        var request = http.Request;
        var body = "";
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            request.EnableBuffering();
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            var buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, http.RequestAborted)) > 0) hash.AppendData(buffer, 0, read);
            request.Body.Position = 0;
            body = Convert.ToHexString(hash.GetHashAndReset());
        }
        return $"{request.Method} {request.Path}{request.QueryString} {body}";
    }

    /// <summary>Graph says so when it answers with immutable ids.</summary>
    private static void EchoImmutableIdPreference(HttpContext http)
    {
        if (SandboxIds.PrefersImmutable(http.Request))
            http.Response.Headers["Preference-Applied"] = "IdType=\"ImmutableId\"";
    }
}
