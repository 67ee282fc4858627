using Bitget.Client.Http;

namespace Bitget.Client.V2.Orders;

/// <summary>v2 mix order endpoints and their per-second limits (BITGET-API.md §6).</summary>
internal static class OrderEndpoints
{
    /// <summary>POST /api/v2/mix/order/place-order (10/s UID).</summary>
    public static readonly BitgetEndpoint PlaceOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/place-order", 10);

    /// <summary>POST /api/v2/mix/order/batch-place-order (5/s UID).</summary>
    public static readonly BitgetEndpoint BatchPlaceOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/batch-place-order", 5);

    /// <summary>POST /api/v2/mix/order/modify-order (10/s UID).</summary>
    public static readonly BitgetEndpoint ModifyOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/modify-order", 10);

    /// <summary>POST /api/v2/mix/order/cancel-order (10/s UID).</summary>
    public static readonly BitgetEndpoint CancelOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/cancel-order", 10);

    /// <summary>POST /api/v2/mix/order/batch-cancel-orders (10/s UID).</summary>
    public static readonly BitgetEndpoint BatchCancelOrders = BitgetEndpoint.PrivatePost("/api/v2/mix/order/batch-cancel-orders", 10);

    /// <summary>POST /api/v2/mix/order/cancel-all-orders (10/s UID).</summary>
    public static readonly BitgetEndpoint CancelAllOrders = BitgetEndpoint.PrivatePost("/api/v2/mix/order/cancel-all-orders", 10);

    /// <summary>POST /api/v2/mix/order/close-positions (1/s UID).</summary>
    public static readonly BitgetEndpoint ClosePositions = BitgetEndpoint.PrivatePost("/api/v2/mix/order/close-positions", 1);

    /// <summary>POST /api/v2/mix/order/place-tpsl-order (10/s UID).</summary>
    public static readonly BitgetEndpoint PlaceTpslOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/place-tpsl-order", 10);

    /// <summary>POST /api/v2/mix/order/place-pos-tpsl (10/s UID).</summary>
    public static readonly BitgetEndpoint PlacePositionTpsl = BitgetEndpoint.PrivatePost("/api/v2/mix/order/place-pos-tpsl", 10);

    /// <summary>POST /api/v2/mix/order/cancel-plan-order (10/s UID).</summary>
    public static readonly BitgetEndpoint CancelPlanOrder = BitgetEndpoint.PrivatePost("/api/v2/mix/order/cancel-plan-order", 10);

    /// <summary>GET /api/v2/mix/order/orders-plan-pending (10/s UID).</summary>
    public static readonly BitgetEndpoint OrdersPlanPending = BitgetEndpoint.PrivateGet("/api/v2/mix/order/orders-plan-pending", 10);

    /// <summary>GET /api/v2/mix/order/detail (10/s UID).</summary>
    public static readonly BitgetEndpoint Detail = BitgetEndpoint.PrivateGet("/api/v2/mix/order/detail", 10);

    /// <summary>GET /api/v2/mix/order/orders-pending (10/s UID).</summary>
    public static readonly BitgetEndpoint OrdersPending = BitgetEndpoint.PrivateGet("/api/v2/mix/order/orders-pending", 10);

    /// <summary>GET /api/v2/mix/order/orders-history (10/s UID).</summary>
    public static readonly BitgetEndpoint OrdersHistory = BitgetEndpoint.PrivateGet("/api/v2/mix/order/orders-history", 10);

    /// <summary>GET /api/v2/mix/order/fills (10/s UID).</summary>
    public static readonly BitgetEndpoint Fills = BitgetEndpoint.PrivateGet("/api/v2/mix/order/fills", 10);

    /// <summary>GET /api/v2/mix/order/fill-history (10/s UID; not in demo trading).</summary>
    public static readonly BitgetEndpoint FillHistory = BitgetEndpoint.PrivateGet("/api/v2/mix/order/fill-history", 10);
}
