using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>Take profit and/or stop loss of a whole position for <c>POST /api/v2/mix/order/place-pos-tpsl</c>.</summary>
internal sealed record PositionTpslRequest
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

    /// <summary>Take-profit trigger price; null = none.</summary>
    public decimal? TakeProfitTriggerPrice { get; init; }

    /// <summary>Take-profit trigger type.</summary>
    public TriggerPriceType? TakeProfitTriggerType { get; init; }

    /// <summary>Take-profit execution price; null = market.</summary>
    public decimal? TakeProfitExecutePrice { get; init; }

    /// <summary>Stop-loss trigger price; null = none.</summary>
    public decimal? StopLossTriggerPrice { get; init; }

    /// <summary>Stop-loss trigger type.</summary>
    public TriggerPriceType? StopLossTriggerType { get; init; }

    /// <summary>Stop-loss execution price; null = market.</summary>
    public decimal? StopLossExecutePrice { get; init; }

    /// <summary>clientOid of the take-profit plan; generated when a take profit is set and this is null.</summary>
    public string? TakeProfitClientOid { get; init; }

    /// <summary>clientOid of the stop-loss plan; generated when a stop loss is set and this is null.</summary>
    public string? StopLossClientOid { get; init; }
}
