using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Orders;

/// <summary>An order as recorded by the exchange at one instant.</summary>
public sealed record OrderSnapshot(
    string OrderId,
    string ClientOid,
    string Symbol,
    OrderSide Direction,
    OrderAction Action,
    PositionSide? PositionSide,
    OrderKind Kind,
    PositionMode Mode,
    decimal Size,
    decimal? Price,
    decimal FilledSize,
    decimal AveragePrice,
    decimal Fee,
    decimal Profit,
    OrderStatus Status,
    decimal Leverage,
    MarginMode MarginMode,
    decimal? PresetTakeProfit,
    decimal? PresetStopLoss,
    string Source,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    bool OrderIdWithheld = false)
{
    /// <summary>The orderId as the place-order reply shows it: null when Bitget would withhold it.</summary>
    public string? ReplyOrderId => OrderIdWithheld ? null : OrderId;

    public bool ReduceOnly => Action is OrderAction.Close or OrderAction.Reduce;
}
