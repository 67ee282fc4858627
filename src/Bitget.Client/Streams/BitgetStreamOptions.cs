namespace Bitget.Client.Streams;

/// <summary>Settings of <see cref="BitgetStreamClient"/>; bound from the <c>Bitget:Streams</c> configuration section.</summary>
public sealed class BitgetStreamOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Bitget:Streams";

    /// <summary>Bitget's documented ceiling of channel subscriptions on one connection.</summary>
    public const int BitgetMaxSubscriptionsPerConnection = 1000;

    /// <summary>
    /// WebSocket host: <c>wss://ws.bitget.com</c> live, <c>wss://wspap.bitget.com</c> for demo trading, the simulator's
    /// <c>ws://127.0.0.1:port</c> in tests. Paths <c>/v2/ws/public</c>, <c>/v2/ws/private</c>, <c>/v3/ws/…</c> are appended.
    /// </summary>
    public Uri BaseAddress { get; set; } = new("wss://ws.bitget.com");

    /// <summary>Interval of the text <c>ping</c> (Bitget: every 30 s; it drops a connection silent for 2 minutes).</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for <c>pong</c> (or any message) after a ping before the connection counts as dead.</summary>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of the WebSocket handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit for the login reply on a private connection.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First reconnect delay; doubles per failed attempt, with jitter, up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the reconnect delay.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait before a failed REST resync of a private subscription is tried again.</summary>
    public TimeSpan ResyncRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Channel subscriptions allowed on one connection (Bitget allows 1000 and recommends fewer than 50).</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 200;

    /// <summary>Messages per second the client sends on one connection, pings and JSON ops alike (Bitget disconnects above 10).</summary>
    public int MessagesPerSecond { get; set; } = 10;

    /// <summary>Subscribe requests per hour on one connection (Bitget: 240); a request carries several channels.</summary>
    public int SubscribeRequestsPerHour { get; set; } = 240;

    /// <summary>Connection attempts per 5 minutes over all connections of this client (Bitget: 300 per IP).</summary>
    public int ConnectionAttemptsPerFiveMinutes { get; set; } = 300;

    /// <summary>Buffered updates per public subscription; when full the oldest is dropped (latest wins).</summary>
    public int PublicBufferCapacity { get; set; } = 256;

    /// <summary>
    /// Buffered updates per private subscription (positions, orders, account). Never dropped silently: when full the
    /// buffer is cleared, a buffer-full event is raised and the state is resynchronised from REST.
    /// </summary>
    public int PrivateBufferCapacity { get; set; } = 4096;

    /// <summary>Throws <see cref="ArgumentException"/> naming the setting when one is out of range.</summary>
    public void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri || BaseAddress.Scheme is not ("ws" or "wss"))
        {
            throw new ArgumentException("Bitget:Streams:BaseAddress must be an absolute ws:// or wss:// URI.", nameof(BaseAddress));
        }

        RequirePositive(PingInterval, nameof(PingInterval));
        RequirePositive(PongTimeout, nameof(PongTimeout));
        RequirePositive(ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(LoginTimeout, nameof(LoginTimeout));
        RequirePositive(ReconnectBaseDelay, nameof(ReconnectBaseDelay));
        RequirePositive(ResyncRetryDelay, nameof(ResyncRetryDelay));
        if (MaxReconnectDelay < ReconnectBaseDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxReconnectDelay), MaxReconnectDelay, "Must not be below ReconnectBaseDelay.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSubscriptionsPerConnection, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxSubscriptionsPerConnection, BitgetMaxSubscriptionsPerConnection);
        ArgumentOutOfRangeException.ThrowIfLessThan(MessagesPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(SubscribeRequestsPerHour, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConnectionAttemptsPerFiveMinutes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(PublicBufferCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(PrivateBufferCapacity, 1);
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Bitget:Streams:{name} must be positive.");
        }
    }
}
