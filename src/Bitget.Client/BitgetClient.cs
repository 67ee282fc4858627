using System.Security.Cryptography;
using Bitget.Client.Credentials;
using Bitget.Client.Http;
using Bitget.Client.Setup;
using Bitget.Client.Signing;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;
using Bitget.Client.V2.Spot;
using Bitget.Client.V3;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bitget.Client;

/// <summary>
/// Bitget REST v2 client: <see cref="Market"/>, <see cref="Spot"/>, <see cref="Account"/>, <see cref="Positions"/>,
/// <see cref="Orders"/>. Requests pass through one resilience pipeline (total timeout, read retries, circuit breaker,
/// per-endpoint rate limiting, attempt timeout) and signing, in that order, before the primary handler. Register it with
/// <c>services.AddBitgetClient(...)</c> (IHttpClientFactory) or construct it directly.
/// </summary>
public sealed class BitgetClient : IDisposable
{
    /// <summary>The name of the HttpClient <c>AddBitgetClient</c> registers (to configure its primary handler, for example).</summary>
    public const string HttpClientName = "Bitget.Client";

    private readonly IReadOnlyList<IDisposable> _owned;
    private readonly BitgetTransport _transport;

    /// <summary>Creates a client without DI; it owns its HttpClient and handlers.</summary>
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
        : this(Standalone(options, credentials, primaryHandler, timeProvider, random, loggerFactory), clientOids)
    {
    }

    internal BitgetClient(BitgetClientSetup setup, ClientOid? clientOids = null)
    {
        _owned = setup.Owned;
        Clock = setup.State.Clock;
        var transport = _transport = new BitgetTransport(setup.Http, setup.Options, setup.Credentials, Clock, setup.TimeProvider, setup.Logger);
        Market = new MarketApi(transport);
        Spot = new SpotApi(transport);
        Account = new AccountApi(transport);
        Positions = new PositionsApi(transport);
        clientOids ??= new ClientOid(setup.TimeProvider);
        Orders = new OrdersApi(transport, setup.Options, clientOids, setup.TimeProvider, setup.Logger);
        Unified = new UnifiedApi(transport, setup.Options, clientOids, setup.TimeProvider, setup.Logger);
    }

    /// <summary>Public futures market data.</summary>
    internal MarketApi Market { get; }

    /// <summary>Public spot market data.</summary>
    internal SpotApi Spot { get; }

    /// <summary>Futures accounts and settings.</summary>
    internal AccountApi Account { get; }

    /// <summary>Futures positions.</summary>
    internal PositionsApi Positions { get; }

    /// <summary>Futures orders, fills, flash close and TP/SL.</summary>
    internal OrdersApi Orders { get; }

    /// <summary>The v3 API for unified (UTA) accounts.</summary>
    internal UnifiedApi Unified { get; }

    /// <summary>Bitget's clock as measured by this client (used for <c>ACCESS-TIMESTAMP</c>).</summary>
    internal ServerClock Clock { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _transport.Dispose();
    }

    /// <summary>A randomly seeded <see cref="Random"/>, for callers that inject none.</summary>
    internal static Random NewRandom() => new(RandomNumberGenerator.GetInt32(int.MaxValue));

    private static BitgetClientSetup Standalone(
        BitgetClientOptions options,
        IBitgetCredentialsProvider? credentials,
        HttpMessageHandler? primaryHandler,
        TimeProvider? timeProvider,
        Random? random,
        ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        timeProvider ??= TimeProvider.System;
        random ??= NewRandom();
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BitgetClient>();
        var state = new SharedClientState(timeProvider);
        var http = StandaloneHttp.Create(options, credentials, state, primaryHandler, timeProvider, random, logger);
        return new BitgetClientSetup(() => http, options, credentials, state, timeProvider, random, logger, [http, state]);
    }
}
