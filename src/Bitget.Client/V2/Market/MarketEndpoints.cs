using Bitget.Client.Http;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>v2 public market endpoints (20/s per IP, BITGET-API.md §6).</summary>
internal static class MarketEndpoints
{
    /// <summary>GET /api/v2/public/time.</summary>
    public static readonly BitgetEndpoint ServerTime = BitgetTransport.ServerTimeEndpoint;

    /// <summary>GET /api/v2/mix/market/ticker.</summary>
    public static readonly BitgetEndpoint Ticker = BitgetEndpoint.PublicGet("/api/v2/mix/market/ticker");

    /// <summary>GET /api/v2/mix/market/tickers.</summary>
    public static readonly BitgetEndpoint Tickers = BitgetEndpoint.PublicGet("/api/v2/mix/market/tickers");

    /// <summary>GET /api/v2/mix/market/candles.</summary>
    public static readonly BitgetEndpoint Candles = BitgetEndpoint.PublicGet("/api/v2/mix/market/candles");

    /// <summary>GET /api/v2/mix/market/history-candles.</summary>
    public static readonly BitgetEndpoint HistoryCandles = BitgetEndpoint.PublicGet("/api/v2/mix/market/history-candles");

    /// <summary>GET /api/v2/mix/market/merge-depth.</summary>
    public static readonly BitgetEndpoint MergeDepth = BitgetEndpoint.PublicGet("/api/v2/mix/market/merge-depth");

    /// <summary>GET /api/v2/mix/market/fills.</summary>
    public static readonly BitgetEndpoint RecentTrades = BitgetEndpoint.PublicGet("/api/v2/mix/market/fills");

    /// <summary>GET /api/v2/mix/market/contracts.</summary>
    public static readonly BitgetEndpoint Contracts = BitgetEndpoint.PublicGet("/api/v2/mix/market/contracts");

    /// <summary>GET /api/v2/mix/market/current-fund-rate.</summary>
    public static readonly BitgetEndpoint CurrentFundingRate = BitgetEndpoint.PublicGet("/api/v2/mix/market/current-fund-rate");

    /// <summary>GET /api/v2/mix/market/funding-time.</summary>
    public static readonly BitgetEndpoint FundingTime = BitgetEndpoint.PublicGet("/api/v2/mix/market/funding-time");

    /// <summary>GET /api/v2/mix/market/open-interest.</summary>
    public static readonly BitgetEndpoint OpenInterest = BitgetEndpoint.PublicGet("/api/v2/mix/market/open-interest");

    /// <summary>GET /api/v2/mix/market/symbol-price.</summary>
    public static readonly BitgetEndpoint SymbolPrice = BitgetEndpoint.PublicGet("/api/v2/mix/market/symbol-price");

    /// <summary>GET /api/v2/spot/market/tickers.</summary>
    public static readonly BitgetEndpoint SpotTickers = BitgetEndpoint.PublicGet("/api/v2/spot/market/tickers");
}
