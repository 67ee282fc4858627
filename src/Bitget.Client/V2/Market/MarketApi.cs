using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>v2 public futures market data.</summary>
internal sealed class MarketApi
{
    private readonly BitgetTransport _transport;

    internal MarketApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Bitget's clock; also re-measures the offset used to sign. GET /api/v2/public/time</summary>
    public Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken = default) =>
        _transport.SynchronizeClockAsync(cancellationToken);

    /// <summary>Ticker of one symbol (Bitget returns a one-item array). GET /api/v2/mix/market/ticker</summary>
    public async Task<FuturesTicker?> GetTickerAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default)
    {
        var tickers = await _transport.GetAsync(MarketEndpoints.Ticker, Symbol(symbol, productType), V2JsonContext.Default.IReadOnlyListFuturesTicker, productType, cancellationToken).ConfigureAwait(false);
        return tickers is { Count: > 0 } ? tickers[0] : null;
    }

    /// <summary>Tickers of every symbol of a product type in one call. GET /api/v2/mix/market/tickers</summary>
    public Task<IReadOnlyList<FuturesTicker>> GetTickersAsync(ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.Tickers, Product(productType), V2JsonContext.Default.IReadOnlyListFuturesTicker, productType, cancellationToken);

    /// <summary>Recent candles, the last one possibly unfinished. GET /api/v2/mix/market/candles</summary>
    public Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, CandleGranularity granularity, ProductType productType = ProductType.UsdtFutures, DateTimeOffset? startTime = null, DateTimeOffset? endTime = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.Candles, CandleQuery(symbol, granularity, productType, startTime, endTime, limit), V2JsonContext.Default.IReadOnlyListCandle, productType, cancellationToken);

    /// <summary>Finished candles further back (limit ≤ 200). GET /api/v2/mix/market/history-candles</summary>
    public Task<IReadOnlyList<Candle>> GetHistoryCandlesAsync(string symbol, CandleGranularity granularity, ProductType productType = ProductType.UsdtFutures, DateTimeOffset? startTime = null, DateTimeOffset? endTime = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.HistoryCandles, CandleQuery(symbol, granularity, productType, startTime, endTime, limit), V2JsonContext.Default.IReadOnlyListCandle, productType, cancellationToken);

    /// <summary>Merged order book. GET /api/v2/mix/market/merge-depth</summary>
    public Task<OrderBook> GetOrderBookAsync(string symbol, ProductType productType = ProductType.UsdtFutures, string? precision = null, string? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.MergeDepth, Symbol(symbol, productType).Add("precision", precision).Add("limit", limit), V2JsonContext.Default.OrderBook, productType, cancellationToken);

    /// <summary>Recent public trades (limit ≤ 100). GET /api/v2/mix/market/fills</summary>
    public Task<IReadOnlyList<RecentTrade>> GetRecentTradesAsync(string symbol, ProductType productType = ProductType.UsdtFutures, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.RecentTrades, Symbol(symbol, productType).Add("limit", limit), V2JsonContext.Default.IReadOnlyListRecentTrade, productType, cancellationToken);

    /// <summary>Contract rules (size step, min size, tick, max leverage); all symbols when <paramref name="symbol"/> is null. GET /api/v2/mix/market/contracts</summary>
    public Task<IReadOnlyList<FuturesContract>> GetContractsAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.Contracts, Product(productType).Add("symbol", symbol), V2JsonContext.Default.IReadOnlyListFuturesContract, productType, cancellationToken);

    /// <summary>Current funding rates; all symbols when <paramref name="symbol"/> is null. GET /api/v2/mix/market/current-fund-rate</summary>
    public Task<IReadOnlyList<FundingRate>> GetFundingRatesAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.CurrentFundingRate, Product(productType).Add("symbol", symbol), V2JsonContext.Default.IReadOnlyListFundingRate, productType, cancellationToken);

    /// <summary>Next funding settlement of a symbol. GET /api/v2/mix/market/funding-time</summary>
    public Task<IReadOnlyList<FundingTime>> GetFundingTimeAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.FundingTime, Symbol(symbol, productType), V2JsonContext.Default.IReadOnlyListFundingTime, productType, cancellationToken);

    /// <summary>Open interest of a symbol. GET /api/v2/mix/market/open-interest</summary>
    public Task<OpenInterest> GetOpenInterestAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.OpenInterest, Symbol(symbol, productType), V2JsonContext.Default.OpenInterest, productType, cancellationToken);

    /// <summary>Last, index and mark price of a symbol. GET /api/v2/mix/market/symbol-price</summary>
    public Task<IReadOnlyList<SymbolPrice>> GetSymbolPriceAsync(string symbol, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.SymbolPrice, Symbol(symbol, productType), V2JsonContext.Default.IReadOnlyListSymbolPrice, productType, cancellationToken);

    private static QueryParameters Product(ProductType productType) => new QueryParameters().Add("productType", productType.ToWire());

    private static QueryParameters Symbol(string symbol, ProductType productType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return Product(productType).Add("symbol", symbol);
    }

    private static QueryParameters CandleQuery(string symbol, CandleGranularity granularity, ProductType productType, DateTimeOffset? startTime, DateTimeOffset? endTime, int? limit) =>
        Symbol(symbol, productType).Add("granularity", WireNames.Of(granularity)).Add("startTime", startTime).Add("endTime", endTime).Add("limit", limit);
}
