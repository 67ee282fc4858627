using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Orders;

/// <summary>A TP/SL plan order watching one position's side; <see cref="Size"/> null means the whole position.</summary>
public sealed record PlanOrderState(
    string OrderId,
    string ClientOid,
    string Symbol,
    PlanType Type,
    PositionSide PositionSide,
    decimal TriggerPrice,
    bool TriggerOnMark,
    decimal? Size,
    DateTimeOffset Created)
{
    public PlanStatus Status { get; set; } = PlanStatus.Live;

    public string? ExecutedOrderId { get; set; }

    public bool IsTakeProfit => Type is PlanType.ProfitPlan or PlanType.PositionProfit;

    /// <summary>Take-profit fires when price moves in the position's favour past the trigger; stop-loss when against.</summary>
    public bool IsTriggeredBy(decimal price) =>
        (PositionSide == PositionSide.Long) == IsTakeProfit ? price >= TriggerPrice : price <= TriggerPrice;
}
