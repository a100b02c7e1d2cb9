using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ChangeNotification = Microsoft.Graph.Models.ChangeNotification;
using ChangeNotificationCollection = Microsoft.Graph.Models.ChangeNotificationCollection;
using Microsoft.Kiota.Serialization.Json;

namespace GraphSandbox.Tests;

/// <summary>How the receiver answers Graph's validation request.</summary>
public enum ValidationAnswer { Echo, ServerError, WrongToken, HtmlContentType, Never }

/// <summary>
/// An app's webhook on a loopback port, as the server will host one: answers the validation
/// handshake and hands each notification POSTed to a path to the test that waits for it.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Channel<string>> _posts = new();
    private int _failNext;

    private WebhookReceiver(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }
    public ValidationAnswer Validation { get; set; }
    public ConcurrentQueue<(string Path, string Token)> ValidationRequests { get; } = new();

    /// <summary>While set and not completed, notifications wait for it before they are answered.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Answer 500 to the next <paramref name="count"/> notifications.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    public string Url(string path) => $"{BaseUrl}{path}";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/{**path}", (Func<HttpContext, Task<IResult>>)(http => receiver!.AnswerAsync(http)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return receiver = new WebhookReceiver(app, address);
    }

    /// <summary>The next notification POSTed to <paramref name="path"/>, parsed by the Graph SDK's own model.</summary>
    public async Task<ChangeNotification> NextAsync(string path)
    {
        // A guard against a hang, not a speed assertion.
        var json = await Posts(path).Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var collection = new JsonParseNode(JsonDocument.Parse(json).RootElement)
            .GetObjectValue(ChangeNotificationCollection.CreateFromDiscriminatorValue);
        return Assert.Single(collection!.Value!);
    }

    /// <summary>Notifications already received at <paramref name="path"/> and not yet taken.</summary>
    public int Waiting(string path) => Posts(path).Reader.Count;

    private async Task<IResult> AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path.Value!;
        if (http.Request.Query.TryGetValue("validationToken", out var token))
        {
            ValidationRequests.Enqueue((path, token.ToString()));
            if (Validation == ValidationAnswer.Never)
            {
                // Holds the request until the sandbox gives up and drops the connection.
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { });
                return Results.Empty;
            }
            return Validation switch
            {
                ValidationAnswer.ServerError => Results.StatusCode(500),
                ValidationAnswer.WrongToken => Results.Text("not the token", "text/plain"),
                ValidationAnswer.HtmlContentType => Results.Text(token.ToString(), "text/html"),
                _ => Results.Text(token.ToString(), "text/plain", Encoding.UTF8),
            };
        }
        if (Hold is { } hold)
            await hold.Task;
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (Interlocked.Decrement(ref _failNext) >= 0)
            return Results.StatusCode(500);
        Posts(path).Writer.TryWrite(body);
        return Results.Accepted();
    }

    private Channel<string> Posts(string path) => _posts.GetOrAdd(path, _ => Channel.CreateUnbounded<string>());

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
