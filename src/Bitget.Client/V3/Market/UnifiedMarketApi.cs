using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Market;

/// <summary>v3 public market data.</summary>
internal sealed class UnifiedMarketApi
{
    private readonly BitgetTransport _transport;

    internal UnifiedMarketApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Tickers of a category; every symbol in one call when <paramref name="symbol"/> is null. GET /api/v3/market/tickers</summary>
    public Task<IReadOnlyList<UnifiedTicker>> GetTickersAsync(Category category = Category.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Tickers, Scope(category).Add("symbol", symbol), V3JsonContext.Default.IReadOnlyListUnifiedTicker, null, cancellationToken);

    /// <summary>Instrument rules (tick, step, min quantity, max leverage). GET /api/v3/market/instruments</summary>
    public Task<IReadOnlyList<UnifiedInstrument>> GetInstrumentsAsync(Category category = Category.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Instruments, Scope(category).Add("symbol", symbol), V3JsonContext.Default.IReadOnlyListUnifiedInstrument, null, cancellationToken);

    /// <summary>Order book (limit ≤ 200, default 5). GET /api/v3/market/orderbook</summary>
    public Task<UnifiedOrderBook> GetOrderBookAsync(string symbol, Category category = Category.UsdtFutures, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.OrderBook, Scope(category).Add("symbol", symbol).Add("limit", limit), V3JsonContext.Default.UnifiedOrderBook, null, cancellationToken);

    /// <summary>Candles (send limit ≤ 100). GET /api/v3/market/candles</summary>
    public Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, CandleGranularity interval, Category category = Category.UsdtFutures, DateTimeOffset? startTime = null, DateTimeOffset? endTime = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Candles, Scope(category).Add("symbol", symbol).Add("interval", WireNames.Of(interval)).Add("startTime", startTime).Add("endTime", endTime).Add("limit", limit), V3JsonContext.Default.IReadOnlyListCandle, null, cancellationToken);

    private static QueryParameters Scope(Category category) => new QueryParameters().Add("category", WireNames.Of(category));
}
