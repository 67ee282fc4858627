using System.Net.WebSockets;
using System.Text.Json;
using Bitget.Client.RateLimiting;

namespace Bitget.Client.Streams;

/// <summary>
/// One WebSocket URL with all its subscriptions: one socket at a time, reopened with backoff whenever it dies, logged in
/// again (private URLs) and resubscribed. The subscription set is the truth; a session only mirrors it to Bitget.
/// Hand-written on <see cref="ClientWebSocket"/>: no well-kept library speaks Bitget's text ping, login and resync rules.
/// </summary>
internal sealed partial class StreamConnection : IAsyncDisposable
{
    private const int MaxSubscribeBytes = 4096;
    private readonly StreamContext _context;
    private readonly bool _private;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SubscriptionBase> _subscriptions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>
    /// Orders every change of the subscription set with what is sent for it (a session's resubscribe-all, a subscribe, an
    /// unsubscribe), so an unsubscribe can never overtake the resubscription of the same channel on the wire.
    /// </summary>
    private readonly SemaphoreSlim _opLock = new(1, 1);
    private readonly TimeProviderRateLimiter _messages;
    private readonly TimeProviderRateLimiter _subscribeRequests;
    private readonly ReconnectBackoff _backoff;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Func<CancellationToken, ValueTask<DateTimeOffset>> _serverTime;
    private ClientWebSocket? _socket;
    private bool _live;
    private bool _disposed;
    private Task? _run;

    public StreamConnection(Uri url, bool isPrivate, StreamContext context, Func<CancellationToken, ValueTask<DateTimeOffset>> serverTime)
    {
        Url = url;
        _private = isPrivate;
        _context = context;
        _serverTime = serverTime;
        _messages = new TimeProviderRateLimiter(context.Options.MessagesPerSecond, context.Time);
        _subscribeRequests = new TimeProviderRateLimiter(context.Options.SubscribeRequestsPerHour, context.Time, TimeSpan.FromHours(1));
        _backoff = new ReconnectBackoff(context.Options.ReconnectBaseDelay, context.Options.MaxReconnectDelay, context.Random);
    }

    public Uri Url { get; }

    public int SubscriptionCount
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>Adds a subscription (starting the connection on first use) and subscribes it now if a session is live.</summary>
    public async Task AddAsync(SubscriptionBase subscription, CancellationToken cancellationToken)
    {
        await _opLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await AddLockedAsync(subscription, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opLock.Release();
        }
    }

    private async Task AddLockedAsync(SubscriptionBase subscription, CancellationToken cancellationToken)
    {
        ClientWebSocket? socket;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = subscription.Arg.Key;
            if (_subscriptions.ContainsKey(key))
            {
                throw new InvalidOperationException($"{key} is already subscribed on {Url}; dispose that subscription first.");
            }

            if (_subscriptions.Count >= _context.Options.MaxSubscriptionsPerConnection)
            {
                throw new BitgetStreamException(null, $"{Url} already carries {_subscriptions.Count} subscriptions, the limit set by Bitget:Streams:MaxSubscriptionsPerConnection.", key);
            }

            _subscriptions.Add(key, subscription);
            socket = _live ? _socket : null;
            _run ??= Task.Run(() => RunAsync(_lifetime.Token), CancellationToken.None);
        }

        if (socket is not null)
        {
            await TrySendOpAsync(socket, "subscribe", [subscription.Arg], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes a subscription, completes its buffer and unsubscribes it if a session is live.</summary>
    public async ValueTask RemoveAsync(SubscriptionBase subscription, CancellationToken cancellationToken)
    {
        try
        {
            await _opLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The connection shut down first and completed every subscription already.
            subscription.Complete(null);
            return;
        }

        try
        {
            await RemoveLockedAsync(subscription, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opLock.Release();
        }
    }

    private async Task RemoveLockedAsync(SubscriptionBase subscription, CancellationToken cancellationToken)
    {
        ClientWebSocket? socket = null;
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.Arg.Key, out var current) && ReferenceEquals(current, subscription))
            {
                _subscriptions.Remove(subscription.Arg.Key);
                socket = _live ? _socket : null;
            }
        }

        subscription.Complete(null);
        if (socket is not null)
        {
            await TrySendOpAsync(socket, "unsubscribe", [subscription.Arg], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Graceful shutdown: a normal close frame to Bitget, then every subscription completes.</summary>
    public async ValueTask DisposeAsync()
    {
        ClientWebSocket? socket;
        List<SubscriptionBase> subscriptions;
        Task? run;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            socket = _socket;
            subscriptions = [.. _subscriptions.Values];
            _subscriptions.Clear();
            run = _run;
        }

        if (socket is not null)
        {
            await CloseGracefullyAsync(socket).ConfigureAwait(false);
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        if (run is not null)
        {
            await run.ConfigureAwait(false);
        }

        subscriptions.ForEach(s => s.Complete(null));
        _lifetime.Dispose();
        _sendLock.Dispose();
        _opLock.Dispose();
        _messages.Dispose();
        _subscribeRequests.Dispose();
    }

    /// <summary>Routes one inbound frame: pongs, pushes to their subscription, login and subscription acks, errors.</summary>
    internal void Dispatch(ReadOnlySpan<byte> bytes)
    {
        StreamFrame frame;
        try
        {
            frame = StreamFrame.Parse(bytes);
        }
        catch (JsonException ex)
        {
            _context.Raise(StreamEventKind.Error, Url, error: new BitgetStreamException($"Malformed frame skipped ({bytes.Length} bytes): {ex.Message}", ex));
            return;
        }

        switch (frame.Kind)
        {
            case StreamFrameKind.Push:
                Find(frame.ArgKey)?.Deliver(bytes.Slice(frame.DataStart, frame.DataLength), frame.Action, frame.Timestamp);
                break;
            case StreamFrameKind.Subscribed:
                Find(frame.ArgKey)?.OnSubscribed();
                break;
            case StreamFrameKind.Unsubscribed:
                OnServerUnsubscribed(frame.ArgKey);
                break;
            case StreamFrameKind.Login:
            case StreamFrameKind.Error when frame.Op == "login" || (frame.ArgKey is null && IsLoginPending):
                CompleteLogin(frame);
                break;
            case StreamFrameKind.Error:
                _context.Raise(StreamEventKind.Error, Url, frame.ArgKey, new BitgetStreamException(frame.Code, frame.Message ?? "error", frame.ArgKey));
                break;
            default:
                break;
        }
    }

    private SubscriptionBase? Find(string? key)
    {
        lock (_gate)
        {
            return key is not null && _subscriptions.TryGetValue(key, out var subscription) ? subscription : null;
        }
    }

    /// <summary>Bitget dropped a channel we still want (maintenance, a server-side limit): ask for it again.</summary>
    private void OnServerUnsubscribed(string? key)
    {
        ClientWebSocket? socket;
        SubscriptionBase? subscription;
        lock (_gate)
        {
            subscription = key is not null && _subscriptions.TryGetValue(key, out var s) ? s : null;
            socket = _live ? _socket : null;
        }

        if (subscription is not null && socket is not null)
        {
            _context.Raise(StreamEventKind.Error, Url, key, new BitgetStreamException($"The server unsubscribed {key}; subscribing again."));
            _ = ResubscribeAsync(subscription);
        }
    }

    private async Task ResubscribeAsync(SubscriptionBase subscription)
    {
        try
        {
            await _opLock.WaitAsync(_lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        try
        {
            ClientWebSocket? socket;
            lock (_gate)
            {
                var still = _subscriptions.TryGetValue(subscription.Arg.Key, out var current) && ReferenceEquals(current, subscription);
                socket = still && _live ? _socket : null;
            }

            if (socket is not null)
            {
                await TrySendOpAsync(socket, "subscribe", [subscription.Arg], _lifetime.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _opLock.Release();
        }
    }

    /// <summary>Sends subscribe/unsubscribe requests; a socket that died meanwhile is not an error (the next session resubscribes).</summary>
    private async Task TrySendOpAsync(ClientWebSocket socket, string op, IReadOnlyList<StreamArg> args, CancellationToken cancellationToken)
    {
        try
        {
            await SendOpAsync(socket, op, args, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _context.Raise(StreamEventKind.Error, Url, error: new BitgetStreamException($"{op} not sent, the connection closed; it is resent on reconnect.", ex));
        }
    }

    /// <summary>Batches arguments so each request stays under Bitget's 4096 bytes; subscribe requests count against the hourly limit.</summary>
    private async Task SendOpAsync(ClientWebSocket socket, string op, IReadOnlyList<StreamArg> args, CancellationToken cancellationToken)
    {
        foreach (var request in StreamRequests.Batch(op, args, MaxSubscribeBytes))
        {
            if (op == "subscribe")
            {
                using var lease = await _subscribeRequests.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            }

            await SendAsync(socket, request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(ClientWebSocket socket, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        using var lease = await _messages.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
