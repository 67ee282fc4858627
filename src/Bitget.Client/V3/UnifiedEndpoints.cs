using Bitget.Client.Http;

namespace Bitget.Client.V3;

/// <summary>v3 (unified account) endpoints and their per-second limits (BITGET-UTA-V3.md §2).</summary>
internal static class UnifiedEndpoints
{
    /// <summary>GET /api/v3/market/tickers (20/s IP).</summary>
    public static readonly BitgetEndpoint Tickers = BitgetEndpoint.PublicGet("/api/v3/market/tickers");

    /// <summary>GET /api/v3/market/instruments (20/s IP).</summary>
    public static readonly BitgetEndpoint Instruments = BitgetEndpoint.PublicGet("/api/v3/market/instruments");

    /// <summary>GET /api/v3/market/orderbook (20/s IP).</summary>
    public static readonly BitgetEndpoint OrderBook = BitgetEndpoint.PublicGet("/api/v3/market/orderbook");

    /// <summary>GET /api/v3/market/candles (20/s IP).</summary>
    public static readonly BitgetEndpoint Candles = BitgetEndpoint.PublicGet("/api/v3/market/candles");

    /// <summary>GET /api/v3/account/assets (20/s UID).</summary>
    public static readonly BitgetEndpoint Assets = BitgetEndpoint.PrivateGet("/api/v3/account/assets", 20);

    /// <summary>GET /api/v3/account/info (5/s UID).</summary>
    public static readonly BitgetEndpoint Info = BitgetEndpoint.PrivateGet("/api/v3/account/info", 5);

    /// <summary>GET /api/v3/account/settings (20/s UID).</summary>
    public static readonly BitgetEndpoint Settings = BitgetEndpoint.PrivateGet("/api/v3/account/settings", 20);

    /// <summary>POST /api/v3/account/set-leverage (10/s UID).</summary>
    public static readonly BitgetEndpoint SetLeverage = BitgetEndpoint.PrivatePost("/api/v3/account/set-leverage", 10);

    /// <summary>GET /api/v3/position/current-position (20/s UID).</summary>
    public static readonly BitgetEndpoint CurrentPosition = BitgetEndpoint.PrivateGet("/api/v3/position/current-position", 20);

    /// <summary>POST /api/v3/trade/place-order (10/s UID).</summary>
    public static readonly BitgetEndpoint PlaceOrder = BitgetEndpoint.PrivatePost("/api/v3/trade/place-order", 10);

    /// <summary>POST /api/v3/trade/place-batch (5/s UID).</summary>
    public static readonly BitgetEndpoint PlaceBatch = BitgetEndpoint.PrivatePost("/api/v3/trade/place-batch", 5);

    /// <summary>POST /api/v3/trade/cancel-order (10/s UID).</summary>
    public static readonly BitgetEndpoint CancelOrder = BitgetEndpoint.PrivatePost("/api/v3/trade/cancel-order", 10);

    /// <summary>POST /api/v3/trade/cancel-symbol-order (5/s UID).</summary>
    public static readonly BitgetEndpoint CancelSymbolOrders = BitgetEndpoint.PrivatePost("/api/v3/trade/cancel-symbol-order", 5);

    /// <summary>POST /api/v3/trade/close-positions (5/s UID).</summary>
    public static readonly BitgetEndpoint ClosePositions = BitgetEndpoint.PrivatePost("/api/v3/trade/close-positions", 5);

    /// <summary>GET /api/v3/trade/order-info (20/s UID).</summary>
    public static readonly BitgetEndpoint OrderInfo = BitgetEndpoint.PrivateGet("/api/v3/trade/order-info", 20);

    /// <summary>GET /api/v3/trade/unfilled-orders (20/s UID).</summary>
    public static readonly BitgetEndpoint UnfilledOrders = BitgetEndpoint.PrivateGet("/api/v3/trade/unfilled-orders", 20);

    /// <summary>GET /api/v3/trade/history-orders (20/s UID).</summary>
    public static readonly BitgetEndpoint HistoryOrders = BitgetEndpoint.PrivateGet("/api/v3/trade/history-orders", 20);

    /// <summary>GET /api/v3/trade/fills (20/s UID).</summary>
    public static readonly BitgetEndpoint Fills = BitgetEndpoint.PrivateGet("/api/v3/trade/fills", 20);

    /// <summary>POST /api/v3/trade/place-strategy-order (10/s UID).</summary>
    public static readonly BitgetEndpoint PlaceStrategyOrder = BitgetEndpoint.PrivatePost("/api/v3/trade/place-strategy-order", 10);

    /// <summary>POST /api/v3/trade/modify-strategy-order (10/s UID).</summary>
    public static readonly BitgetEndpoint ModifyStrategyOrder = BitgetEndpoint.PrivatePost("/api/v3/trade/modify-strategy-order", 10);

    /// <summary>POST /api/v3/trade/cancel-strategy-order (10/s UID).</summary>
    public static readonly BitgetEndpoint CancelStrategyOrder = BitgetEndpoint.PrivatePost("/api/v3/trade/cancel-strategy-order", 10);

    /// <summary>GET /api/v3/trade/unfilled-strategy-orders (20/s UID).</summary>
    public static readonly BitgetEndpoint UnfilledStrategyOrders = BitgetEndpoint.PrivateGet("/api/v3/trade/unfilled-strategy-orders", 20);
}
