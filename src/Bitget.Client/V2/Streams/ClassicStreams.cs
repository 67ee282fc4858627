using Bitget.Client.Json;
using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;

namespace Bitget.Client.V2.Streams;

/// <summary>
/// Bitget WebSocket v2 (classic accounts): public market channels on <c>/v2/ws/public</c>, private channels on
/// <c>/v2/ws/private</c> after login. One socket per URL carries every subscription.
/// </summary>
public sealed class ClassicStreams
{
    internal const string PublicPath = "/v2/ws/public";
    internal const string PrivatePath = "/v2/ws/private";
    private readonly BitgetStreamClient _client;
    private readonly ClassicResync? _resync;

    internal ClassicStreams(BitgetStreamClient client, BitgetClient? rest)
    {
        _client = client;
        _resync = rest is null ? null : new ClassicResync(rest);
    }

    /// <summary>Ticker with last, best bid/ask, mark and index price, funding rate: channel <c>ticker</c>.</summary>
    public Task<StreamSubscription<FuturesTicker>> SubscribeTickerAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "ticker", Symbol(symbol)), ClassicStreamJsonContext.Default.IReadOnlyListFuturesTicker), cancellationToken);

    /// <summary>Candles: channel <c>candle1m</c> … <c>candle1M</c> (a snapshot, then updates of the open candle).</summary>
    public Task<StreamSubscription<Candle>> SubscribeCandlesAsync(string symbol, CandleGranularity granularity, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "candle" + WireNames.Of(granularity), Symbol(symbol)), ClassicStreamJsonContext.Default.IReadOnlyListCandle), cancellationToken);

    /// <summary>Public (taker) trades: channel <c>trade</c>.</summary>
    public Task<StreamSubscription<RecentTrade>> SubscribeTradesAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "trade", Symbol(symbol)), ClassicStreamJsonContext.Default.IReadOnlyListRecentTrade), cancellationToken);

    /// <summary>Order book: channel <c>books1</c>, <c>books5</c> or <c>books</c>.</summary>
    public Task<StreamSubscription<ClassicStreamBook>> SubscribeBooksAsync(string symbol, BookDepth depth = BookDepth.Top5, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), BookChannels.Of(depth), Symbol(symbol)), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamBook), cancellationToken);

    /// <summary>Every open position of the product type: private channel <c>positions</c> (<c>instId: default</c>); resynced from <c>GET /api/v2/mix/position/all-position</c>.</summary>
    public Task<StreamSubscription<ClassicStreamPosition>> SubscribePositionsAsync(ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "positions", "default"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamPosition) with
        {
            Key = p => $"{p.Symbol}/{p.HoldSide}",
            Version = p => p.UpdatedAt?.ToUnixTimeMilliseconds() ?? 0,
            Resync = _resync is null ? null : (_, ct) => _resync.PositionsAsync(productType, ct),
        }, cancellationToken);

    /// <summary>Order changes: private channel <c>orders</c> (<c>instId: default</c>); resynced from <c>orders-pending</c> and the newest <c>orders-history</c>, plus a detail lookup of every order last seen open that is in neither.</summary>
    public Task<StreamSubscription<ClassicStreamOrder>> SubscribeOrdersAsync(ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "orders", "default"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamOrder) with
        {
            Key = o => o.OrderId,
            Version = o => o.UpdatedAt?.ToUnixTimeMilliseconds() ?? 0,
            Resync = _resync is null ? null : (known, ct) => _resync.OrdersAsync(productType, known, ct),
        }, cancellationToken);

    /// <summary>Account balances: private channel <c>account</c> (<c>coin: default</c>); resynced from <c>GET /api/v2/mix/account/accounts</c>.</summary>
    public Task<StreamSubscription<ClassicStreamAccount>> SubscribeAccountAsync(ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V2(productType.ToWire(), "account", "default", coin: true), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamAccount) with
        {
            Key = a => a.MarginCoin,
            Resync = _resync is null ? null : (_, ct) => _resync.AccountsAsync(productType, ct),
        }, cancellationToken);

    private static string Symbol(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return symbol;
    }

    private Task<StreamSubscription<T>> Public<T>(ChannelDefinition<T> definition, CancellationToken cancellationToken)
        where T : notnull => _client.SubscribeAsync(PublicPath, isPrivate: false, definition, cancellationToken);

    private Task<StreamSubscription<T>> Private<T>(ChannelDefinition<T> definition, CancellationToken cancellationToken)
        where T : notnull => _client.SubscribeAsync(PrivatePath, isPrivate: true, definition, cancellationToken);
}
