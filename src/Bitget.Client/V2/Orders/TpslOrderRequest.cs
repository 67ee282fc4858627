using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>One TP/SL plan for <c>POST /api/v2/mix/order/place-tpsl-order</c>.</summary>
internal sealed record TpslOrderRequest
{
    /// <summary>Contract symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Product type.</summary>
    public ProductType ProductType { get; init; } = ProductType.UsdtFutures;

    /// <summary>Margin coin.</summary>
    public required string MarginCoin { get; init; }

    /// <summary>The account's position mode (decides the <c>holdSide</c> spelling).</summary>
    public required PositionMode PositionMode { get; init; }

    /// <summary>The position protected.</summary>
    public required PositionSide PositionSide { get; init; }

    /// <summary>Plan type.</summary>
    public required TpslPlanType PlanType { get; init; }

    /// <summary>Trigger price.</summary>
    public required decimal TriggerPrice { get; init; }

    /// <summary>Trigger price type; Bitget's default is last price.</summary>
    public TriggerPriceType? TriggerType { get; init; }

    /// <summary>Execution price; null = market.</summary>
    public decimal? ExecutePrice { get; init; }

    /// <summary>Size (required except for whole-position plans).</summary>
    public decimal? Size { get; init; }

    /// <summary>Callback rate of a trailing stop.</summary>
    public decimal? RangeRate { get; init; }

    /// <summary>Idempotency key; generated when null.</summary>
    public string? ClientOid { get; init; }
}
