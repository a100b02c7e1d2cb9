using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GraphSandbox;

/// <summary>
/// The sandbox's outgoing calls to an app's webhook: the validation handshake and notifications.
/// Through the named HttpClient <see cref="GraphSandboxExtensions.WebhookHttpClientName"/>, which a
/// host may configure (a TestServer handler, a proxy) like any other.
/// </summary>
internal sealed class WebhookClient(IHttpClientFactory factory, SandboxOptions options)
{
    /// <summary>
    /// POSTs <c>{url}?validationToken=…</c> and expects, within the timeout, 200 with the token
    /// back as text/plain. Returns the 400 the create then fails with, or null when it passed.
    /// </summary>
    public async Task<GraphErrorException?> ValidateAsync(string url, CancellationToken cancel)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        // Form-encoded like Graph's own (spaces as '+'), so the app must decode the query properly.
        var target = $"{url}{(url.Contains('?') ? '&' : '?')}validationToken={WebUtility.UrlEncode(token)}";
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent("", Encoding.UTF8, "text/plain") };
        request.Headers.Accept.ParseAdd("text/plain");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.ValidationTimeout);
        try
        {
            using var response = await factory.CreateClient(GraphSandboxExtensions.WebhookHttpClientName).SendAsync(request, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
                return Failed("Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.");
            if (!string.Equals(response.Content.Headers.ContentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
                return Failed("Subscription validation request failed. The response must have content type text/plain.");
            if (await response.Content.ReadAsStringAsync(timeout.Token) != token)
                return new GraphErrorException(400, "InvalidRequest", "Subscription validation request failed. Response must exactly match validationToken query parameter.");
            return null;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new GraphErrorException(400, "InvalidRequest", "Subscription validation request timed out.");
        }
        catch (HttpRequestException e)
        {
            return Failed($"Subscription validation request failed. Notification endpoint could not be reached: {e.Message}");
        }
    }

    /// <summary>One attempt to deliver a notification payload; true when the app answered 2xx in time.</summary>
    public async Task<bool> PostAsync(string url, JsonObject payload, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.NotificationTimeout);
        try
        {
            using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await factory.CreateClient(GraphSandboxExtensions.WebhookHttpClientName).PostAsync(url, content, timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return false;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static GraphErrorException Failed(string message) => new(400, "ValidationError", message);
}
