using System.Security.Cryptography;
using Bitget.Client.Credentials;
using Bitget.Client.Streams;
using Bitget.Client.V2.Streams;
using Bitget.Client.V3.Streams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bitget.Client;

/// <summary>
/// Bitget WebSocket streams: <see cref="Classic"/> (v2) and <see cref="Unified"/> (v3, UTA). One socket per URL carries
/// every subscription; it pings every 30 s, reconnects with jittered exponential backoff when the socket dies or
/// falls silent, logs in and resubscribes everything again, and resynchronises private channels from REST.
/// Built on <see cref="System.Net.WebSockets.ClientWebSocket"/>; no third-party WebSocket library is needed.
/// </summary>
public sealed class BitgetStreamClient : IAsyncDisposable
{
    private readonly StreamContext _context;
    private readonly BitgetClient? _rest;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StreamConnection> _connections = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Creates a stream client; nothing connects until the first subscription.</summary>
    /// <param name="options">Host, keep-alive, backoff, limits and buffers; validated here.</param>
    /// <param name="credentials">API key for private channels; null for public data only.</param>
    /// <param name="rest">The REST client used to resynchronise private channels and for Bitget's clock; without it private channels report gaps instead.</param>
    /// <param name="timeProvider">Clock for pings, timeouts, backoff, rate limits and login timestamps. Default: system clock.</param>
    /// <param name="random">Randomness for backoff jitter. Default: a randomly seeded <see cref="Random"/>.</param>
    /// <param name="loggerFactory">Logging; secrets are never logged.</param>
    public BitgetStreamClient(
        BitgetStreamOptions options,
        IBitgetCredentialsProvider? credentials = null,
        BitgetClient? rest = null,
        TimeProvider? timeProvider = null,
        Random? random = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _rest = rest;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BitgetStreamClient>();
        _context = new StreamContext(options, credentials, timeProvider ?? TimeProvider.System,
            random ?? new Random(RandomNumberGenerator.GetInt32(int.MaxValue)), logger, Raise);
        Classic = new ClassicStreams(this, rest);
        Unified = new UnifiedStreams(this, rest);
    }

    /// <summary>
    /// Connection and subscription events: connected, logged in, disconnected, reconnecting, resubscribed, buffer full,
    /// resynced, error. Handlers run on the connection's receive loop: keep them short; an exception in one is logged and ignored.
    /// </summary>
    public event EventHandler<StreamEventArgs>? EventRaised;

    /// <summary>v2 streams for classic accounts.</summary>
    public ClassicStreams Classic { get; }

    /// <summary>v3 streams for unified (UTA) accounts.</summary>
    public UnifiedStreams Unified { get; }

    /// <summary>Subscriptions open on one path (e.g. <c>/v2/ws/public</c>).</summary>
    public int SubscriptionCount(string path)
    {
        lock (_gate)
        {
            return _connections.TryGetValue(path, out var connection) ? connection.SubscriptionCount : 0;
        }
    }

    /// <summary>Closes every socket with a normal close frame and completes every subscription.</summary>
    public async ValueTask DisposeAsync()
    {
        List<StreamConnection> connections;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            connections = [.. _connections.Values];
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _context.Dispose();
    }

    internal async Task<StreamSubscription<T>> SubscribeAsync<T>(string path, bool isPrivate, ChannelDefinition<T> definition, CancellationToken cancellationToken)
        where T : notnull
    {
        if (isPrivate && _context.Credentials is null)
        {
            throw new InvalidOperationException($"{definition.Arg.Channel} is a private channel: create the stream client with credentials.");
        }

        var connection = ConnectionFor(path, isPrivate);
        var subscription = new StreamSubscription<T>(definition, _context, connection);
        try
        {
            await connection.AddAsync(subscription.Base, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            subscription.Base.Complete(null);
            throw;
        }

        return subscription;
    }

    private StreamConnection ConnectionFor(string path, bool isPrivate)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_connections.TryGetValue(path, out var connection))
            {
                connection = new StreamConnection(new Uri(_context.Options.BaseAddress, path), isPrivate, _context, ServerTimeAsync);
                _connections.Add(path, connection);
            }

            return connection;
        }
    }

    /// <summary>Bitget's clock for the login timestamp: the REST client's measured offset when there is one.</summary>
    private ValueTask<DateTimeOffset> ServerTimeAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_rest is { Clock.IsSynchronized: true } rest ? rest.Clock.Now : _context.Time.GetUtcNow());

    private void Raise(StreamEventArgs e)
    {
        try
        {
            EventRaised?.Invoke(this, e);
        }
#pragma warning disable CA1031 // A consumer's handler must not take the connection down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _context.Logger.LogError(ex, "A stream event handler failed on {Kind}", e.Kind);
        }
    }
}
