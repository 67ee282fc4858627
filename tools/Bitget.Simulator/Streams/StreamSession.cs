using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Bitget.Simulator.Faults;

namespace Bitget.Simulator.Streams;

/// <summary>
/// One client WebSocket: reads ops (ping, login, subscribe, unsubscribe) and writes queued frames, applying stream faults
/// to each outgoing frame. A client that lets <see cref="SimulatorOptions.StreamSendQueue"/> frames pile up is
/// disconnected as a slow consumer.
/// </summary>
public sealed class StreamSession : IDisposable
{
    private const int MessagesPerSecond = 10;
    private readonly WebSocket _socket;
    private readonly StreamHub _hub;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _time;
    private readonly bool _enforceLimits;
    private readonly Channel<(string? Key, byte[] Frame)> _out;
    private readonly ConcurrentDictionary<string, StreamArg> _subscriptions = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly CancellationTokenSource _closed = new();
    private long _lastHeardTicks;

    internal StreamSession(WebSocket socket, string path, StreamHub hub, FaultInjector faults, TimeProvider time, SimulatorOptions options)
    {
        _socket = socket;
        Path = path;
        Api = path.StartsWith("/v3/", StringComparison.Ordinal) ? StreamApi.V3 : StreamApi.V2;
        IsPrivate = path.EndsWith("/private", StringComparison.Ordinal);
        _hub = hub;
        _faults = faults;
        _time = time;
        _enforceLimits = options.EnforceRateLimits;
        _lastHeardTicks = time.GetUtcNow().UtcTicks;
        _out = Channel.CreateBounded<(string?, byte[])>(new BoundedChannelOptions(options.StreamSendQueue) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    }

    public string Path { get; }

    public StreamApi Api { get; }

    public bool IsPrivate { get; }

    /// <summary>The logged-in account, or null.</summary>
    public string? ApiKey { get; private set; }

    public IReadOnlyCollection<StreamArg> Subscriptions => [.. _subscriptions.Values];

    /// <summary>When the client last sent anything (Bitget drops a connection silent for 2 minutes).</summary>
    public DateTimeOffset LastHeard => new(Interlocked.Read(ref _lastHeardTicks), TimeSpan.Zero);

    public bool IsSubscribed(string key) => _subscriptions.ContainsKey(key);

    internal StreamArg? Subscription(string key) => _subscriptions.TryGetValue(key, out var arg) ? arg : null;

    /// <summary>Queues a frame; a push names its subscription key so faults can act on it.</summary>
    internal void Send(byte[] frame, string? key = null)
    {
        if (!_out.Writer.TryWrite((key, frame)))
        {
            Abort();
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closed.Token);
        var sending = SendLoopAsync(linked.Token);
        try
        {
            await ReceiveLoopAsync(linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the server is stopping: the session simply ends.
        }
        finally
        {
            // Frames already queued (an error before a close) still go out; then the send loop closes the socket.
            _out.Writer.TryComplete();
            try
            {
                await sending;
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Same: nothing left to send to.
            }

            await _closed.CancelAsync();
        }
    }

    internal void Abort()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The session already ended; there is nothing left to abort.
            return;
        }

        _socket.Abort();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (_socket.State == WebSocketState.Open)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                count += result.Count;
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
            while (!result.EndOfMessage);

            Interlocked.Exchange(ref _lastHeardTicks, _time.GetUtcNow().UtcTicks);
            if (!WithinRate())
            {
                Send(StreamFrames.Error(30007, "request over limit,connection close"));
                return;
            }

            await HandleAsync(buffer.AsMemory(0, count));
        }
    }

    /// <summary>Bitget's 10 messages per second per connection (pings included); above it the connection closes.</summary>
    private bool WithinRate()
    {
        if (!_enforceLimits)
        {
            return true;
        }

        var now = _time.GetUtcNow();
        while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(now);
        return _recent.Count <= MessagesPerSecond;
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        if (message.Span.SequenceEqual("ping"u8))
        {
            Send(StreamFrames.Pong);
            return;
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(message).RootElement;
        }
        catch (JsonException)
        {
            Send(StreamFrames.Error(30002, "Illegal request"));
            return;
        }

        var op = root.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        var args = root.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [];
        switch (op)
        {
            case "login":
                await LoginAsync(args);
                break;
            case "subscribe":
                args.ForEach(arg => Subscribe(StreamArg.Parse(arg)));
                break;
            case "unsubscribe":
                args.ForEach(arg => Unsubscribe(StreamArg.Parse(arg)));
                break;
            default:
                Send(StreamFrames.Error(30003, "Invalid op", op));
                break;
        }
    }

    private async Task LoginAsync(List<JsonElement> args)
    {
        var (apiKey, code, message) = args.Count == 1 ? _hub.Authenticate(this, args[0]) : (null, 30002, "Illegal request");
        if (apiKey is null)
        {
            Send(StreamFrames.Error(code, message, "login"));
            await Task.Yield();
            _out.Writer.TryComplete();
            return;
        }

        ApiKey = apiKey;
        Send(StreamFrames.LoggedIn());
    }

    private void Subscribe(StreamArg arg)
    {
        var refusal = _hub.Validate(this, arg);
        if (refusal is { } r)
        {
            Send(StreamFrames.Error(r.Code, r.Message, "subscribe", arg));
            return;
        }

        _subscriptions[arg.Key] = arg;
        Send(StreamFrames.Event("subscribe", arg));
        _hub.OnSubscribed(this, arg);
    }

    private void Unsubscribe(StreamArg arg)
    {
        _subscriptions.TryRemove(arg.Key, out _);
        Send(StreamFrames.Event("unsubscribe", arg));
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var (key, frame) in _out.Reader.ReadAllAsync(cancellationToken))
        {
            if (_faults.NextStream(Path, FaultKind.StreamDrop))
            {
                Abort();
                return;
            }

            if (_faults.NextStream(Path, FaultKind.StreamSlowConsumer))
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "slow consumer", cancellationToken);
                Abort();
                return;
            }

            if (_faults.NextStream(Path, FaultKind.StreamSilence))
            {
                continue;
            }

            var bytes = frame;
            if (key is not null && _faults.NextStream(Path, FaultKind.StreamUnsubscribe) && _subscriptions.TryRemove(key, out var dropped))
            {
                bytes = StreamFrames.Event("unsubscribe", dropped);
            }
            else if (key is not null && _faults.NextStream(Path, FaultKind.StreamMalformedFrame))
            {
                bytes = StreamFrames.Malformed(frame);
            }

            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }

        // The queue was completed (a refused login): close as Bitget does after an error.
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by server", cancellationToken);
        }
    }

    public void Dispose() => _closed.Dispose();

    /// <summary>For log lines: never the key's secret, only the path and the account.</summary>
    public override string ToString() => new StringBuilder(Path).Append(ApiKey is null ? "" : " " + ApiKey).ToString();
}
