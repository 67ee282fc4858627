using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sentinel.TestSupport;

namespace Sentinel.Drills.Support;

/// <summary>How the receiver answers for now.</summary>
internal enum ReceiverMode
{
    Accept,
    ServerError,
    Hang,
    Refuse,
}

/// <summary>One request the receiver saw, with what it answered (null: it hung until the sender gave up).</summary>
internal sealed record ReceivedRequest(DateTimeOffset At, string Path, string? IdempotencyKey, string? RuleId, string? Event, int? AnsweredStatus);

/// <summary>
/// The Teams and webhook endpoints of the drills, on one fixed loopback port: accepts (202), answers 500, hangs
/// until the sender gives up, or refuses connections (its listener closed) — switched by the drill. Every request
/// is recorded with the moment it arrived, so delays are measured on the receiver's side of the wire.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly SemaphoreSlim _switch = new(1, 1);
    private WebApplication? _app;
    private volatile ReceiverMode _mode = ReceiverMode.Accept;
    private CancellationTokenSource _hangEnds = new();

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(FreePort.Next());
        await receiver.ListenAsync();
        return receiver;
    }

    public async Task SwitchAsync(ReceiverMode mode)
    {
        await _switch.WaitAsync();
        try
        {
            var previous = _mode;
            _mode = mode;
            if (previous == ReceiverMode.Hang && mode != ReceiverMode.Hang)
            {
                await _hangEnds.CancelAsync();
                _hangEnds = new CancellationTokenSource();
            }

            if (mode == ReceiverMode.Refuse && _app is not null)
            {
                await _app.DisposeAsync();
                _app = null;
            }
            else if (mode != ReceiverMode.Refuse && _app is null)
            {
                await ListenAsync();
            }
        }
        finally
        {
            _switch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _hangEnds.CancelAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _hangEnds.Dispose();
        _switch.Dispose();
    }

    private async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var (ruleId, eventName) = await ReadBodyAsync(context.Request);
        var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
        var path = context.Request.Path.Value ?? "";
        switch (_mode)
        {
            case ReceiverMode.Hang:
                _requests.Enqueue(new ReceivedRequest(at, path, key, ruleId, eventName, null));
                using (var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _hangEnds.Token))
                {
                    await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                context.Abort();
                return;
            case ReceiverMode.ServerError:
                _requests.Enqueue(new ReceivedRequest(at, path, key, ruleId, eventName, StatusCodes.Status500InternalServerError));
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            default:
                _requests.Enqueue(new ReceivedRequest(at, path, key, ruleId, eventName, StatusCodes.Status202Accepted));
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
        }
    }

    // The generic webhook's body names the rule and the event; a Teams card does not (its requests count as attempts only).
    private static async Task<(string? RuleId, string? Event)> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var root = body.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("ruleId", out var rule) && root.TryGetProperty("event", out var eventName)
                ? (rule.GetString(), eventName.GetString())
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
