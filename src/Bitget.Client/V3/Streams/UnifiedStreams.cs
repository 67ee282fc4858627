using Bitget.Client.Json;
using Bitget.Client.Streams;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Streams;

/// <summary>
/// Bitget WebSocket v3 (unified trading accounts): public topics on <c>/v3/ws/public</c> (lower-case <c>instType</c>),
/// private topics on <c>/v3/ws/private</c> with <c>instType: UTA</c> after login. One socket per URL carries every subscription.
/// </summary>
public sealed class UnifiedStreams
{
    internal const string PublicPath = "/v3/ws/public";
    internal const string PrivatePath = "/v3/ws/private";
    private const string Uta = "UTA";
    private readonly BitgetStreamClient _client;
    private readonly UnifiedResync? _resync;

    internal UnifiedStreams(BitgetStreamClient client, BitgetClient? rest)
    {
        _client = client;
        _resync = rest is null ? null : new UnifiedResync(rest);
    }

    /// <summary>Ticker with last, best bid/ask and, for futures, mark/index price and funding: topic <c>ticker</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamTicker>> SubscribeTickerAsync(string symbol, Category category = Category.UsdtFutures, CancellationToken cancellationToken = default)
    {
        var s = Symbol(symbol);
        return Public(ChannelDefinition.Of(StreamArg.V3(InstType(category), "ticker", s), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamTicker) with
        {
            Map = rows => rows.All(r => !string.IsNullOrEmpty(r.Symbol)) ? rows : [.. rows.Select(r => string.IsNullOrEmpty(r.Symbol) ? r with { Symbol = s } : r)],
        }, cancellationToken);
    }

    /// <summary>Candles: topic <c>kline</c> with an <c>interval</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamCandle>> SubscribeCandlesAsync(string symbol, CandleGranularity interval, Category category = Category.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V3(InstType(category), "kline", Symbol(symbol), WireNames.Of(interval)), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamCandle), cancellationToken);

    /// <summary>Public trades: topic <c>publicTrade</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamTrade>> SubscribeTradesAsync(string symbol, Category category = Category.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V3(InstType(category), "publicTrade", Symbol(symbol)), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamTrade), cancellationToken);

    /// <summary>Order book: topic <c>books1</c>, <c>books5</c> or <c>books</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamBook>> SubscribeBooksAsync(string symbol, BookDepth depth = BookDepth.Top5, Category category = Category.UsdtFutures, CancellationToken cancellationToken = default) =>
        Public(ChannelDefinition.Of(StreamArg.V3(InstType(category), BookChannels.Of(depth), Symbol(symbol)), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamBook), cancellationToken);

    /// <summary>Positions: private topic <c>position</c>; resynced from <c>GET /api/v3/position/current-position</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamPosition>> SubscribePositionsAsync(CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V3(Uta, "position"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamPosition) with
        {
            Key = p => $"{p.Symbol}/{p.PositionSide}",
            Version = p => p.UpdatedAt?.ToUnixTimeMilliseconds() ?? 0,
            Resync = _resync is null ? null : (_, ct) => _resync.PositionsAsync(ct),
        }, cancellationToken);

    /// <summary>
    /// Orders: private topic <c>order</c>; resynced from <c>GET /api/v3/trade/unfilled-orders</c> plus an
    /// <c>order-info</c> lookup of every order with a recent fill and every order last seen open that is unfilled no more.
    /// </summary>
    public Task<StreamSubscription<UnifiedStreamOrder>> SubscribeOrdersAsync(CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V3(Uta, "order"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamOrder) with
        {
            Key = o => o.OrderId,
            Version = o => o.UpdatedAt?.ToUnixTimeMilliseconds() ?? 0,
            Resync = _resync is null ? null : (known, ct) => _resync.OrdersAsync(known, ct),
        }, cancellationToken);

    /// <summary>The unified account: private topic <c>account</c>; resynced from <c>GET /api/v3/account/assets</c>.</summary>
    public Task<StreamSubscription<UnifiedStreamAccount>> SubscribeAccountAsync(CancellationToken cancellationToken = default) =>
        Private(ChannelDefinition.Of(StreamArg.V3(Uta, "account"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamAccount) with
        {
            Key = _ => Uta,
            Resync = _resync is null ? null : (_, ct) => _resync.AccountAsync(ct),
        }, cancellationToken);

    /// <summary>v3 public topics want the category in lower case (<c>usdt-futures</c>).</summary>
    private static string InstType(Category category) => WireNames.Of(category).ToLowerInvariant();

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
