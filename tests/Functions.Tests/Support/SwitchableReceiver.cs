using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sentinel.TestSupport;

namespace Functions.Tests.Support;

/// <summary>
/// A real Kestrel receiver on a fixed loopback port that can be switched between accepting (200), failing
/// (500 or 400), hanging past the client's timeout, and refusing connections (the server is stopped; switching
/// back starts it again on the same port). Records every request that reached it, and the accepted ones.
/// </summary>
internal sealed class SwitchableReceiver : IAsyncDisposable
{
    private readonly int _port;
    private readonly CancellationTokenSource _released = new();
    private readonly SemaphoreSlim _hanging = new(0);
    private readonly SemaphoreSlim _accepted = new(0);
    private WebApplication? _app;
    private ReceiverMode _mode = ReceiverMode.Accept;

    private SwitchableReceiver(int port)
    {
        _port = port;
        Url = new Uri($"http://127.0.0.1:{port}/hook?sig=secret-part");
    }

    public Uri Url { get; }

    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> AcceptedHeaders { get; } = new();

    /// <summary>Every request that reached the receiver, accepted or not, by its Idempotency-Key header (Teams cards have none: empty).</summary>
    public ConcurrentQueue<string> AttemptKeys { get; } = new();

    public int Received => AttemptKeys.Count;

    /// <summary>Completes when one more request has started hanging (in <see cref="ReceiverMode.Hang"/>).</summary>
    public Task NextHangAsync() => _hanging.WaitAsync();

    /// <summary>Completes when one more request has been accepted.</summary>
    public Task NextAcceptedAsync() => _accepted.WaitAsync();

    public static async Task<SwitchableReceiver> StartAsync()
    {
        var receiver = new SwitchableReceiver(FreePort.Next());
        await receiver.StartServerAsync();
        return receiver;
    }

    public async Task SwitchAsync(ReceiverMode mode)
    {
        var wasRefusing = _mode == ReceiverMode.Refuse;
        _mode = mode;
        if (mode == ReceiverMode.Refuse && _app is not null)
        {
            await StopServerAsync();
        }
        else if (wasRefusing && mode != ReceiverMode.Refuse)
        {
            await StartServerAsync();
        }
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", (Delegate)HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        AttemptKeys.Enqueue(context.Request.Headers["Idempotency-Key"].ToString());
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        switch (_mode)
        {
            case ReceiverMode.ServerError:
                return Results.StatusCode(500);
            case ReceiverMode.BadRequest:
                return Results.StatusCode(400);
            case ReceiverMode.Hang:
                _hanging.Release();
                await Task.Delay(Timeout.Infinite, _released.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(503);
            default:
                Accepted.Enqueue(JsonNode.Parse(body)!.AsObject());
                AcceptedHeaders.Enqueue(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
                _accepted.Release();
                return Results.Ok();
        }
    }

    private async Task StopServerAsync()
    {
        var app = _app!;
        _app = null;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _released.CancelAsync();
        if (_app is not null)
        {
            await StopServerAsync();
        }

        _released.Dispose();
        _hanging.Dispose();
        _accepted.Dispose();
    }
}
