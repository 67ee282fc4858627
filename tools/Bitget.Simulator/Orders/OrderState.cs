using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Orders;

/// <summary>Mutable order held under the exchange lock.</summary>
internal sealed class OrderState(string orderId, string clientOid, OrderRequest request, PositionMode mode, decimal leverage, MarginMode marginMode, DateTimeOffset created)
{
    public string OrderId { get; } = orderId;

    public string ClientOid { get; } = clientOid;

    public OrderRequest Request { get; } = request;

    public PositionMode Mode { get; } = mode;

    public decimal Leverage { get; } = leverage;

    public MarginMode MarginMode { get; } = marginMode;

    public decimal Size { get; set; } = request.Size;

    public decimal FilledSize { get; set; }

    public decimal AveragePrice { get; set; }

    public decimal Fee { get; set; }

    public decimal Profit { get; set; }

    public decimal LockedMargin { get; set; }

    public OrderStatus Status { get; set; } = OrderStatus.Live;

    /// <summary>The place-order reply carries no orderId (one-way reduce-only that displaced older ones).</summary>
    public bool OrderIdWithheld { get; set; }

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Updated { get; set; } = created;

    public OrderSnapshot ToSnapshot() => new(
        OrderId, ClientOid, Request.Symbol, Request.Direction, Request.Action, Request.PositionSide, Request.Kind, Mode,
        Size, Request.Price, FilledSize, AveragePrice, Fee, Profit, Status, Leverage, MarginMode,
        Request.PresetTakeProfit, Request.PresetStopLoss, Request.Source, Created, Updated, OrderIdWithheld);
}
