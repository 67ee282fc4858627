using System.Security.Cryptography;
using Bitget.Client.Account;
using Bitget.Client.Credentials;
using Bitget.Client.Http;
using Bitget.Client.Market;
using Bitget.Client.Orders;
using Bitget.Client.Positions;
using Bitget.Client.RateLimiting;
using Bitget.Client.Resilience;
using Bitget.Client.Signing;
using Bitget.Client.Spot;
using Bitget.Client.Unified;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bitget.Client;

/// <summary>
/// Bitget REST v2 client: <see cref="Market"/>, <see cref="Spot"/>, <see cref="Account"/>, <see cref="Positions"/>,
/// <see cref="Orders"/>. Requests pass through resilience (timeouts, read retries, circuit breaker), per-endpoint
/// rate limiting and signing, in that order, before <c>primaryHandler</c>.
/// </summary>
public sealed class BitgetClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly EndpointRateLimiters _limiters;
    private readonly BitgetTransport _transport;

    /// <summary>Creates a client.</summary>
    /// <param name="options">Base address (the host root, e.g. <c>https://api.bitget.com</c> or the simulator's <c>http://127.0.0.1:port</c>), demo trading, timeouts, retries; validated here.</param>
    /// <param name="credentials">API key source; null for a public-data-only client.</param>
    /// <param name="primaryHandler">The handler that does the HTTP (a fake in unit tests); owned and disposed by the client. Default: <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="timeProvider">Clock for timestamps, timeouts, backoff and rate limits. Default: system clock.</param>
    /// <param name="random">Randomness for retry jitter only. Default: a randomly seeded <see cref="Random"/>.</param>
    /// <param name="loggerFactory">Logging; secrets are never logged.</param>
    /// <param name="clientOids">Generator of clientOids, with randomness of its own (never <paramref name="random"/>). Default: one drawing from <see cref="RandomNumberGenerator"/>.</param>
    public BitgetClient(
        BitgetClientOptions options,
        IBitgetCredentialsProvider? credentials = null,
        HttpMessageHandler? primaryHandler = null,
        TimeProvider? timeProvider = null,
        Random? random = null,
        ILoggerFactory? loggerFactory = null,
        ClientOid? clientOids = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        timeProvider ??= TimeProvider.System;
        random ??= new Random(RandomNumberGenerator.GetInt32(int.MaxValue));
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BitgetClient>();
        Clock = new ServerClock(timeProvider);
        _limiters = new EndpointRateLimiters(timeProvider);

        HttpMessageHandler handler = new SigningHandler(credentials, Clock) { InnerHandler = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
        if (options.RateLimiting)
        {
            handler = new RateLimitingHandler(_limiters) { InnerHandler = handler };
        }

        handler = new ResilienceHandler(options, timeProvider, random, logger) { InnerHandler = handler };
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = options.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

        var transport = _transport = new BitgetTransport(_http, options, credentials, Clock, timeProvider, logger);
        Market = new MarketApi(transport);
        Spot = new SpotApi(transport);
        Account = new AccountApi(transport);
        Positions = new PositionsApi(transport);
        clientOids ??= new ClientOid(timeProvider);
        Orders = new OrdersApi(transport, options, clientOids, timeProvider, logger);
        Unified = new UnifiedApi(transport, options, clientOids, timeProvider, logger);
    }

    /// <summary>Public futures market data.</summary>
    public MarketApi Market { get; }

    /// <summary>Public spot market data.</summary>
    public SpotApi Spot { get; }

    /// <summary>Futures accounts and settings.</summary>
    public AccountApi Account { get; }

    /// <summary>Futures positions.</summary>
    public PositionsApi Positions { get; }

    /// <summary>Futures orders, fills, flash close and TP/SL.</summary>
    public OrdersApi Orders { get; }

    /// <summary>The v3 API for unified (UTA) accounts.</summary>
    public UnifiedApi Unified { get; }

    /// <summary>Bitget's clock as measured by this client (used for <c>ACCESS-TIMESTAMP</c>).</summary>
    public ServerClock Clock { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _limiters.Dispose();
        _transport.Dispose();
    }
}
