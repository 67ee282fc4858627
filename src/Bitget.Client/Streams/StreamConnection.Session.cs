using System.Buffers;
using System.Net.WebSockets;

namespace Bitget.Client.Streams;

/// <summary>The session loop: connect, log in, resubscribe, receive and keep alive until the socket dies, then back off.</summary>
internal sealed partial class StreamConnection
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private TaskCompletionSource<StreamFrame>? _login;
    private long _received;

    private bool IsLoginPending
    {
        get
        {
            lock (_gate)
            {
                return _login is { Task.IsCompleted: false };
            }
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var attempt = 0;
        var sessions = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await RunSessionAsync(sessions++, cancellationToken).ConfigureAwait(false))
                {
                    attempt = 0;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Whatever ended the session, the answer is the same: report it and reconnect.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _context.Raise(StreamEventKind.Error, Url, error: ex);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            attempt++;
            var delay = _backoff.Delay(attempt);
            _context.Raise(StreamEventKind.Reconnecting, Url, attempt: attempt, delay: delay);
            try
            {
                await Task.Delay(delay, _context.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One socket's life; true when it got as far as subscribing everything (the backoff starts over).</summary>
    private async Task<bool> RunSessionAsync(int sessionsBefore, CancellationToken cancellationToken)
    {
        using (await _context.ConnectionAttempts.AcquireAsync(1, cancellationToken).ConfigureAwait(false))
        {
        }

        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        // On timeout the pending handshake dies with the socket when it is disposed below.
        await socket.ConnectAsync(Url, cancellationToken).WaitAsync(_context.Options.ConnectTimeout, _context.Time, cancellationToken).ConfigureAwait(false);

        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _socket = socket;
        }

        _context.Raise(StreamEventKind.Connected, Url);
        var receive = ReceiveAsync(socket, session.Token);
        var keepAlive = KeepAliveAsync(socket, session.Token);
        var subscribed = false;
        try
        {
            if (_private)
            {
                await LoginAsync(socket, session.Token).ConfigureAwait(false);
            }

            var count = await ResubscribeAllAsync(socket, session.Token).ConfigureAwait(false);
            subscribed = true;
            if (sessionsBefore > 0)
            {
                _context.Raise(StreamEventKind.Resubscribed, Url, count: count);
            }

            await await Task.WhenAny(receive, keepAlive).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _live = false;
                _socket = null;
                _login?.TrySetCanceled(CancellationToken.None);
                _login = null;
            }

            await session.CancelAsync().ConfigureAwait(false);
            socket.Abort();
            await Task.WhenAll(receive, keepAlive).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            _context.Raise(StreamEventKind.Disconnected, Url);
        }

        return subscribed;
    }

    /// <summary>Marks the session live and sends every subscription, as one step of the subscription set's history.</summary>
    private async Task<int> ResubscribeAllAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        await _opLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<StreamArg> args;
            lock (_gate)
            {
                _live = true;
                args = [.. _subscriptions.Values.Select(s => s.Arg)];
            }

            await SendOpAsync(socket, "subscribe", args, cancellationToken).ConfigureAwait(false);
            return args.Count;
        }
        finally
        {
            _opLock.Release();
        }
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new BitgetStreamException($"The server closed the connection ({socket.CloseStatus} {socket.CloseStatusDescription}).");
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxFrameBytes)
                {
                    throw new BitgetStreamException($"A frame exceeded {MaxFrameBytes} bytes.");
                }
            }
            while (!result.EndOfMessage);

            Interlocked.Increment(ref _received);
            Dispatch(buffer.WrittenSpan);
        }
    }

    /// <summary>Text <c>ping</c> every interval; if nothing at all arrives within the pong timeout the socket is dead.</summary>
    private async Task KeepAliveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_context.Options.PingInterval, _context.Time, cancellationToken).ConfigureAwait(false);
            var before = Interlocked.Read(ref _received);
            await SendAsync(socket, "ping"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await Task.Delay(_context.Options.PongTimeout, _context.Time, cancellationToken).ConfigureAwait(false);
            if (Interlocked.Read(ref _received) == before)
            {
                throw new BitgetStreamException($"No pong or other message within {_context.Options.PongTimeout} of a ping: the connection is presumed dead.");
            }
        }
    }

    private async Task LoginAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var provider = _context.Credentials ?? throw new BitgetStreamException("A private stream needs credentials.");
        var credentials = await provider.GetAsync(cancellationToken).ConfigureAwait(false);
        var reply = new TaskCompletionSource<StreamFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _login = reply;
        }

        var now = await _serverTime(cancellationToken).ConfigureAwait(false);
        await SendAsync(socket, StreamRequests.Login(credentials, now), cancellationToken).ConfigureAwait(false);
        var frame = await reply.Task.WaitAsync(_context.Options.LoginTimeout, _context.Time, cancellationToken).ConfigureAwait(false);
        if (frame.Kind != StreamFrameKind.Login || !frame.IsSuccess)
        {
            provider.Invalidate();
            throw new BitgetStreamException(frame.Code, $"Login refused on {Url}: {frame.Message}");
        }

        _context.Raise(StreamEventKind.LoggedIn, Url);
    }

    private void CompleteLogin(StreamFrame frame)
    {
        lock (_gate)
        {
            _login?.TrySetResult(frame);
        }
    }

    private async Task CloseGracefullyAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(_context.Options.ConnectTimeout, _context.Time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client shutdown", timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone: nothing left to close politely.
        }
    }
}
